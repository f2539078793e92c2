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

/** Keeps the guias of a checked XML; resolves to how many were kept. */
export function keepCheckedGuias(deps: KeepCheckedDeps) {
  return async (guias: readonly Record<string, unknown>[]): Promise<number> => {
    if (!guias.length) return 0;
    const retencaoDias = await deps.retencaoDias();
    // The clerks' calendar day (expiry counts days as the portal does), not UTC's.
    const hoje = hojeEmSaoPaulo(deps.now());
    const kept = await deps.store.save(guias as unknown as GuiaRecordInput[], {
      hoje,
      ...(retencaoDias ? { retencaoDias } : {}),
    });
    // Not only at the next pack sync (up to 6 hours away): a few large XMLs would otherwise fill storage.local's
    // quota, and then no guia checked after them could be kept. It reads every record (~50 ms for 10,000 in Node),
    // in the popup or the background, never in the portal page; the upload pre-check's answer waits for it.
    await deps.store.prune?.(hoje).catch(() => 0);
    return kept;
  };
}
