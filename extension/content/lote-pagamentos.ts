// The recurso page leaves "Data de Pagamento" empty (004 § 13.7; 002 § 2.3) but names its "Lote Original";
// the lote page, visited just before (004 § 13.2 "Visualizar Detalhes do Lote" → 13.3 "Recurso de Glosa"),
// shows the lote's "Data Pagamento". So the lote page leaves the date here and the recurso page reads it back:
// lote number → date, nothing else (no beneficiary, no value), in the tab's sessionStorage, gone with the tab.
// The nota fiscal flow does the same for the prévia's Valor Base (below).
import * as z from 'zod/mini';

const KEY = 'tiss-preflight:lote-data-pagamento';
const MAX = 50;
const memorySchema = z.record(
  z.string().check(z.regex(/^\d{1,20}$/)),
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
);
// Pagamentos Pendentes (004 § 11): the prévia's Valor Base is on screen only while "Ver Prévia" is open; the
// Nota Fiscal form comes after. Payment date → Valor Base (reais), nothing else.
const BASE_KEY = 'tiss-preflight:pagamento-valor-base';
const baseSchema = z.record(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), z.number().check(z.nonnegative()));

function storage(doc: Document): Storage | undefined {
  try {
    return doc.defaultView?.sessionStorage ?? undefined;
  } catch {
    // Storage denied (privacy settings, sandboxed frame): the countdown just has no remembered date.
    return undefined;
  }
}

function readKey<S extends z.ZodMiniType<Record<string, unknown>>>(doc: Document, key: string, schema: S): z.output<S> {
  try {
    const parsed = schema.safeParse(JSON.parse(storage(doc)?.getItem(key) ?? '{}'));
    return parsed.success ? parsed.data : ({} as z.output<S>);
  } catch {
    return {} as z.output<S>;
  }
}

function writeKey<T>(doc: Document, key: string, atual: Record<string, T>, id: string, value: T): void {
  delete atual[id];
  // Newest last; keep only the last MAX entries.
  const entries = [...Object.entries(atual), [id, value] as const].slice(-MAX);
  try {
    storage(doc)?.setItem(key, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // Quota or denied: nothing to remember, nothing lost.
  }
}

const read = (doc: Document) => readKey(doc, KEY, memorySchema);

/** Remembers the Data Pagamento the lote page shows for lote `numero`. */
export function lembrarDataPagamento(doc: Document, numero: string, data: string): void {
  const numeroLimpo = numero.trim();
  if (!memorySchema.safeParse({ [numeroLimpo]: data }).success) return;
  const atual = read(doc);
  if (atual[numeroLimpo] !== data) writeKey(doc, KEY, atual, numeroLimpo, data);
}

/** The Data Pagamento remembered for lote `numero`, if its page was seen in this tab. */
export function dataPagamentoLembrada(doc: Document, numero: string | undefined): string | undefined {
  return numero ? read(doc)[numero.trim()] : undefined;
}

/** Remembers the Valor Base of the prévia of the payment of `dataPagamento`. */
export function lembrarValorBase(doc: Document, dataPagamento: string, valorBase: number): void {
  if (!baseSchema.safeParse({ [dataPagamento]: valorBase }).success) return;
  const atual = readKey(doc, BASE_KEY, baseSchema);
  if (atual[dataPagamento] !== valorBase) writeKey(doc, BASE_KEY, atual, dataPagamento, valorBase);
}

/** The Valor Base remembered for the payment of `dataPagamento`, if its prévia was opened in this tab. */
export function valorBaseLembrado(doc: Document, dataPagamento: string | undefined): number | undefined {
  return dataPagamento ? readKey(doc, BASE_KEY, baseSchema)[dataPagamento] : undefined;
}
