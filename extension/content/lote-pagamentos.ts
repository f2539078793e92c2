// The recurso page leaves "Data de Pagamento" empty (004 § 13.7; 002 § 2.3) but names its "Lote Original";
// the lote page, visited just before (004 § 13.2 "Visualizar Detalhes do Lote" → 13.3 "Recurso de Glosa"),
// shows the lote's "Data Pagamento". So the lote page leaves the date here and the recurso page reads it back:
// lote number → date, nothing else (no beneficiary, no value), in the tab's sessionStorage, gone with the tab.
import * as z from 'zod';

const KEY = 'tiss-preflight:lote-data-pagamento';
const MAX = 50;
const memorySchema = z.record(z.string().regex(/^\d{1,20}$/), z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

function storage(doc: Document): Storage | undefined {
  try {
    return doc.defaultView?.sessionStorage ?? undefined;
  } catch {
    // Storage denied (privacy settings, sandboxed frame): the countdown just has no remembered date.
    return undefined;
  }
}

function read(doc: Document): Record<string, string> {
  try {
    const parsed = memorySchema.safeParse(JSON.parse(storage(doc)?.getItem(KEY) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Remembers the Data Pagamento the lote page shows for lote `numero`. */
export function lembrarDataPagamento(doc: Document, numero: string, data: string): void {
  const numeroLimpo = numero.trim();
  if (!memorySchema.safeParse({ [numeroLimpo]: data }).success) return;
  const atual = read(doc);
  if (atual[numeroLimpo] === data) return;
  delete atual[numeroLimpo];
  // Newest last; keep only the last MAX lotes.
  const entries = [...Object.entries(atual), [numeroLimpo, data] as const].slice(-MAX);
  try {
    storage(doc)?.setItem(KEY, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // Quota or denied: nothing to remember, nothing lost.
  }
}

/** The Data Pagamento remembered for lote `numero`, if its page was seen in this tab. */
export function dataPagamentoLembrada(doc: Document, numero: string | undefined): string | undefined {
  return numero ? read(doc)[numero.trim()] : undefined;
}
