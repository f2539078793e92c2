// Which rule pack applies to an operadora: the last verified pack synced from the worker, else the default
// pack bundled with the extension. A synced pack that no longer parses (e.g. a newer pack kind this build
// does not know) falls back to the bundled one rather than leaving the user without checks.
import { choosePack } from '../../shared/packs/choose.ts';
import { parseRulePack, type RulePack } from '../../shared/rules/pack-schema.ts';
import type { StoredPack, StoreState } from './storage.ts';

export type ActivePack =
  | { origem: 'sincronizado'; pack: RulePack; sequence: number }
  | { origem: 'embutido'; pack: RulePack }
  | { origem: 'nenhum' };

/** The key the worker and the storage use for an operadora's pack. */
export function packKey(pack: RulePack): string {
  return pack.operadora.chave;
}

// Each portal page asks the background for its operadora's pack, and the answer looks at every synced pack:
// each verified envelope is parsed once per background life, known by its operadora, sequence and signature.
const parsedEnvelopes = new Map<string, RulePack | null>();
const PARSED_MAX = 64;

function parsedSynced(synced: StoredPack): RulePack | undefined {
  const { ans, sequence, signature } = synced.envelope;
  const id = `${ans}\n${sequence}\n${signature}`;
  const known = parsedEnvelopes.get(id);
  if (known !== undefined) return known ?? undefined;
  const parsed = parseRulePack(synced.envelope.pack);
  if (parsedEnvelopes.size >= PARSED_MAX) parsedEnvelopes.clear();
  parsedEnvelopes.set(id, parsed.ok ? parsed.pack : null);
  return parsed.ok ? parsed.pack : undefined;
}

export function resolveActivePack(
  ans: string,
  state: Pick<StoreState, 'packs'>,
  bundled: readonly RulePack[],
): ActivePack {
  const synced = state.packs[ans];
  if (synced) {
    const pack = parsedSynced(synced);
    if (pack) return { origem: 'sincronizado', pack, sequence: synced.sequence };
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
