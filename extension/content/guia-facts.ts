// The lote page lists guias by number and values only (004 § 9.2 b): the facts kept when a guia was typed
// (Digitar Guia) or its XML checked (lib/guia-records) fill in the rest, as ContentEnvironment.guiaFacts,
// so the pack's anexos, date-window and senha rules see every guia of the lote at once. Records are read
// before the run (per Nº Guia Prestador, once per page) and again only after a record changes.
import type { Guia, RuleContextInput } from '../../shared/rules/context.ts';
import { joinGuia } from '../lib/guia-records/from-guia.ts';
import { type GuiaRecord, guiaRecordKey } from '../lib/guia-records/schema.ts';
import type { GuiaRecordStore } from '../lib/guia-records/store.ts';
import type { PortalPage } from './adapter/read-page.ts';
import type { ContentSettings } from './feature-api.ts';

export { operadoraDoPack } from '../lib/guia-records/from-guia.ts';

type RuleContextInputGuia = NonNullable<RuleContextInput['guias']>[number];

/** A guia the checks could see whole: its procedures or its atendimento date are known. */
export function guiaConferida(g: { procedimentos?: readonly unknown[]; dataAtendimento?: string }): boolean {
  return (g.procedimentos?.length ?? 0) > 0 || g.dataAtendimento !== undefined;
}

/**
 * A page's guia completed with what its record knows (from `GuiaFacts.facts`): what the page shows wins, the
 * procedures, outras despesas and the atendimento date come from the record while the page shows none (a lote
 * row reads them as empty lists: 004 § 9.2 b shows neither).
 */
export function mergeKnownGuia<G extends Guia | RuleContextInputGuia>(shown: G, known: Guia): G {
  // A lote row shows nothing its record does not know: the record's guia is the merge, not a copy of it (a first
  // run merged 100 rows twice, for the features' view and for the rule context).
  if (addsNothing(shown, known)) return known as G;
  const procedimentos = shown.procedimentos?.length ? shown.procedimentos : known.procedimentos;
  const outrasDespesas = shown.outrasDespesas?.length ? shown.outrasDespesas : known.outrasDespesas;
  const dataAtendimento = shown.dataAtendimento ?? known.dataAtendimento;
  return { ...known, ...shown, procedimentos, outrasDespesas, dataAtendimento };
}

/** Lists the merge takes from the record while the page shows them empty. */
const FROM_RECORD_WHEN_EMPTY: ReadonlySet<string> = new Set(['procedimentos', 'outrasDespesas']);

/**
 * Whether `mergeKnownGuia(shown, known)` would equal `known`: every fact the page shows is the record's own (the
 * same value; an empty list where the record's is empty too, or where the merge takes the record's), an absent
 * atendimento date is taken from the record, and `known` has the keys the merge always sets.
 */
function addsNothing(shown: object, known: Guia): boolean {
  if (!('dataAtendimento' in known && 'procedimentos' in known && 'outrasDespesas' in known)) return false;
  const s = shown as Record<string, unknown>;
  const k = known as unknown as Record<string, unknown>;
  for (const key in s) {
    const v = s[key];
    const kv = k[key];
    if (v === kv && (v !== undefined || key in k)) continue;
    if (key === 'dataAtendimento' && v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && (FROM_RECORD_WHEN_EMPTY.has(key) || (Array.isArray(kv) && !kv.length)))
      continue;
    return false;
  }
  return true;
}

/**
 * Known guias by Nº Guia Prestador, to join to the page's rows. Filled in a loop, not from a list of [numero, guia]
 * pairs: a lote page's first run joins 100 guias twice (the features' view of the page, then the rule context).
 */
export function guiasPorNumero(guias: readonly Guia[]): Map<string, Guia> {
  // Both ask of the same list (GuiaFacts gives its last answer again): the last map is that list's, made once.
  // One slot, not a WeakMap: no ephemeron per list. The map is only read.
  if (ultimoPorNumero?.guias === guias) return ultimoPorNumero.byNumero;
  const byNumero = new Map<string, Guia>();
  for (const g of guias) byNumero.set(g.numero, g);
  ultimoPorNumero = { guias, byNumero };
  return byNumero;
}

let ultimoPorNumero: { guias: readonly Guia[]; byNumero: Map<string, Guia> } | undefined;

/**
 * A row's lists as facts() hands them to joinGuia, which reads only their length (empty: the record's lists are
 * taken) and keeps neither: one frozen pair rather than two new arrays per guia.
 */
const SEM_ITENS = Object.freeze([]) as unknown as Guia['procedimentos'] & Guia['outrasDespesas'];

/** A record read from storage, with its facts as a guia once a run asked for them. */
interface Known {
  record: GuiaRecord;
  guia?: Guia;
}

export class GuiaFacts {
  /**
   * Nº Guia Prestador → `operadora`'s record read and its guia (made once per record read: the same object
   * while the record is the same), or null when there is none. By number, not by storage key: a page's first
   * run would build each of its hundred keys three times (asked, kept, looked up). The guia lives in the
   * record's entry, not in a WeakMap keyed by the record: each new WeakMap key costs an ephemeron (to add, and
   * again at every garbage collection) that this entry does not.
   */
  private readonly known = new Map<string, Known | null>();
  /** The operadora whose records `known` holds. */
  private operadora: string | undefined;
  /**
   * The last page asked about and the answer: a run asks twice about the page it read (its features' view of
   * the page, then the rule context), and a hundred keys made and looked up again would give the same list.
   */
  private last: { page: PortalPage; facts: Guia[] } | undefined;

  constructor(private readonly source: Pick<GuiaRecordStore, 'lookup'>) {}

  /** Every record read again on the next run. */
  invalidate(): void {
    this.known.clear();
    this.last = undefined;
  }

  /** These records (storage keys) were written or erased: only they are read again on the next run. */
  forget(storageKeys: readonly string[]): void {
    const operadora = this.operadora;
    if (operadora !== undefined && this.known.size) {
      const gone = new Set(storageKeys);
      for (const numero of this.known.keys()) if (gone.has(guiaRecordKey(operadora, numero))) this.known.delete(numero);
    }
    this.last = undefined;
  }

  /** Reads the records of these guias not read yet (async, before the run). */
  async load(operadora: string, numeros: readonly string[], hoje: string): Promise<void> {
    // Another operadora's page (the header's picker changed): its own records, read anew.
    if (operadora !== this.operadora) this.known.clear();
    this.operadora = operadora;
    this.last = undefined;
    const missing = numeros.filter((n) => !this.known.has(n));
    if (!missing.length) return;
    const found = await this.source.lookup(operadora, missing, hoje).catch(() => new Map<string, GuiaRecord>());
    // The operadora changed while these were read: they are not the ones kept now.
    if (operadora !== this.operadora) return;
    for (const n of missing) {
      const record = found.get(n);
      this.known.set(n, record ? { record } : null);
    }
    // A run may have asked while the records were read.
    this.last = undefined;
  }

  /** ContentEnvironment.guiaFacts: the known facts of the page's guias (synchronous, from what `load` read). */
  readonly facts = (page: PortalPage): Guia[] => {
    if (this.last?.page === page) return this.last.facts;
    const out: Guia[] = [];
    if (!this.operadora) return out;
    for (const g of page.context.guias ?? []) {
      const known = this.known.get(g.numero);
      if (!known) continue;
      if (known.guia?.numero !== g.numero)
        known.guia = joinGuia(
          { numero: g.numero, procedimentos: SEM_ITENS, outrasDespesas: SEM_ITENS, anexos: [] },
          known.record,
        );
      out.push(known.guia);
    }
    this.last = { page, facts: out };
    return out;
  };
}

/** How a feature saves guia records: today's day and the user's "Guardar por (dias)" when set. */
export function opcoesDeGravacao(hoje: string, settings: Pick<ContentSettings, 'guiaRetencaoDias'>) {
  return { hoje, ...(settings.guiaRetencaoDias ? { retencaoDias: settings.guiaRetencaoDias } : {}) };
}
