// The one writer of the records of an XML's guias, for both places a clerk checks one: the popup and the
// upload pre-check at Uploads → Novo (background). The facts arrive already reduced to billing data by the
// validator (recordInputFromGuia: never beneficiário or professional); the store checks each record again.
import { hojeEmSaoPaulo } from '../../../shared/rules/dates.ts';
import type { GuiaRecordInput } from './schema.ts';
import type { GuiaRecordStore } from './store.ts';

export interface KeepCheckedDeps {
  /** With `prune`, the count is brought back under its bound after each XML (one may hold thousands of guias). */
  store: Pick<GuiaRecordStore, 'save'> & Partial<Pick<GuiaRecordStore, 'prune'>>;
  /** The user's option "keep guia data for N days" (absent: the default). */
  retencaoDias: () => Promise<number | undefined>;
  now: () => Date;
}

export interface KeepChecked {
  /** Keeps the guias of a checked XML; resolves to how many were kept, before the count is brought down. */
  (guias: readonly Record<string, unknown>[]): Promise<number>;
  /** Settles when the prune started by the last XML has ended. */
  pruned(): Promise<void>;
}

/** Keeps the guias of a checked XML, then brings the count back under its bound after the caller's answer. */
export function keepCheckedGuias(deps: KeepCheckedDeps): KeepChecked {
  let pruning: Promise<void> = Promise.resolve();
  const keep = async (guias: readonly Record<string, unknown>[]): Promise<number> => {
    if (!guias.length) return 0;
    const retencaoDias = await deps.retencaoDias();
    // The clerks' calendar day (expiry counts days as the portal does), not UTC's.
    const agora = deps.now();
    const hoje = hojeEmSaoPaulo(agora);
    // A prune under way ends first: it removes the keys it read as the oldest, one of which this XML may rewrite.
    await pruning;
    const kept = await deps.store.save(guias as unknown as GuiaRecordInput[], {
      hoje,
      agora,
      ...(retencaoDias ? { retencaoDias } : {}),
    });
    // Not only at the next pack sync (up to 6 hours away): a few large XMLs would otherwise fill storage.local's
    // quota, and then no guia checked after them could be kept. It reads every record (~100 ms for 10,000 in
    // Chromium), so it starts in a later task: the upload pre-check's answer (sent in the microtasks after this
    // returns) and the popup's go first. In the background its own storage calls keep the service worker alive (each resets
    // the 30 s idle timer), and it takes far less than that.
    const prune = deps.store.prune;
    if (prune)
      pruning = new Promise((r) => setTimeout(r, 0))
        .then(() => prune(hoje))
        .then(
          () => {},
          () => {},
        );
    return kept;
  };
  return Object.assign(keep, { pruned: () => pruning });
}
