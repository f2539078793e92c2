// Which rule pack applies to an operadora: the last verified pack synced from the worker, else the default
// pack bundled with the extension. A synced pack that no longer parses (e.g. a newer pack kind this build
// does not know) falls back to the bundled one rather than leaving the user without checks.
import { choosePack } from '../../shared/packs/choose.ts';
import { parseRulePack, type RulePack } from '../../shared/rules/pack-schema.ts';
import type { StoreState } from './storage.ts';

export type ActivePack =
  | { origem: 'sincronizado'; pack: RulePack; sequence: number }
  | { origem: 'embutido'; pack: RulePack }
  | { origem: 'nenhum' };

/** The key the worker and the storage use for an operadora's pack. */
export function packKey(pack: RulePack): string {
  return pack.operadora.chave;
}

export function resolveActivePack(
  ans: string,
  state: Pick<StoreState, 'packs'>,
  bundled: readonly RulePack[],
): ActivePack {
  const synced = state.packs[ans];
  if (synced) {
    const parsed = parseRulePack(synced.envelope.pack);
    if (parsed.ok) return { origem: 'sincronizado', pack: parsed.pack, sequence: synced.sequence };
  }
  const fallback = choosePack(bundled, [ans]);
  return fallback ? { origem: 'embutido', pack: fallback } : { origem: 'nenhum' };
}

/** Every operadora known (bundled or synced), each with its active pack: what local XML validation uses. */
export function allActivePacks(state: Pick<StoreState, 'packs'>, bundled: readonly RulePack[]): RulePack[] {
  const keys = new Set([...bundled.map(packKey), ...Object.keys(state.packs)]);
  return [...keys].flatMap((key) => {
    const active = resolveActivePack(key, state, bundled);
    return active.origem === 'nenhum' ? [] : [active.pack];
  });
}
