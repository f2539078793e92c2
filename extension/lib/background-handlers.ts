// What the background answers, kept apart from the browser wiring in entrypoints/background.ts so it can be
// tested with an in-memory store and a fake worker.

import { choosePack } from '../../shared/packs/choose.ts';
import type { RulePack } from '../../shared/rules/pack-schema.ts';
import { allActivePacks, packKey, resolveActivePack } from './active-pack.ts';
import { base64ToBytes } from './base64.ts';
import type { Handlers } from './messages.ts';
import { type SyncDeps, syncPacks } from './pack-sync.ts';
import type { LastSync } from './storage.ts';
import { localValidator } from './validation/local-validator.ts';
import { runValidation } from './validation/run.ts';

/** One sync at a time: the alarm, start-up and "sincronizar agora" may fire together. */
export function singleFlightSync(deps: SyncDeps): () => Promise<LastSync> {
  let running: Promise<LastSync> | undefined;
  return () => {
    running ??= syncPacks(deps)
      .then((r) => r.lastSync)
      .finally(() => {
        running = undefined;
      });
    return running;
  };
}

export interface BackgroundExtras {
  /** Keeps the records of the guias of an XML checked at Uploads → Novo (lib/guia-records/keep-checked.ts). */
  keepGuias?: (guias: readonly Record<string, unknown>[]) => Promise<unknown>;
}

export function backgroundHandlers(
  deps: SyncDeps,
  bundled: readonly RulePack[],
  extras: BackgroundExtras = {},
): Handlers & { sync: () => Promise<LastSync> } {
  const sync = singleFlightSync(deps);
  return {
    sync,
    'sync-now': async () => ({ lastSync: await sync() }),
    'active-pack': async ({ ans, operadora = [] }) => {
      const state = await deps.store.read();
      const chosen = choosePack(allActivePacks(state, bundled), [ans, ...operadora]);
      const active = chosen ? resolveActivePack(packKey(chosen), state, bundled) : ({ origem: 'nenhum' } as const);
      if (active.origem === 'nenhum') return { origem: 'nenhum', pack: null };
      return {
        origem: active.origem,
        pack: active.pack as unknown as Record<string, unknown>,
        ...(active.origem === 'sincronizado' ? { sequence: active.sequence } : {}),
      };
    },
    // The upload pre-check, the same run as the popup's (size/format refusals, engine crash → a finding), over
    // every active pack: the XML's registroANS picks its operadora's, synced before bundled.
    'validate-upload': async ({ fileName, conteudo, hoje }) => {
      const packs = allActivePacks(await deps.store.read(), bundled);
      const file = new Blob([base64ToBytes(conteudo) as Uint8Array<ArrayBuffer>]);
      const req = { id: 0, file, fileName, packs: packs as unknown as Record<string, unknown>[], hoje };
      const result = await runValidation(req, localValidator, () => {});
      // Every guia of the file, as the popup keeps them, so the lote holding them is checked (issue 12). Kept
      // before answering: the clerk's next page may be that lote; bringing the count back under its bound comes
      // after the answer (keep-checked.ts). A storage failure only loses the records.
      if (result.guias?.length) await extras.keepGuias?.(result.guias).catch(() => {});
      return { findings: result.findings };
    },
  };
}
