// The default packs bundled in shared/packs become version 1 of each operadora the first time the worker
// needs them (an operadora already in D1 is never touched). Idempotent and race-safe: two isolates seeding at
// once both try to insert sequence 1, one loses on the primary key and simply moves on.
import { defaultPacks } from './default-packs.ts';
import type { Env } from './env.ts';
import { ApiError } from './errors.ts';
import { checkPackFor } from './pack-check.ts';
import { nomeOf, publishPack } from './publishing.ts';

const SYSTEM = { name: 'sistema (pacotes padrão)', role: null } as const;

/** Seeds the default packs whose key is not in `present`; returns how many were added. */
export async function seedMissingPacks(env: Env, present: ReadonlySet<string>): Promise<number> {
  let added = 0;
  for (const pack of defaultPacks) {
    const ans = pack.operadora.chave;
    if (present.has(ans)) continue;
    // Normalised like a published draft (defaults filled), so diffs against later versions show real changes.
    const checked = checkPackFor(ans, pack);
    if (!checked.ok) continue;
    try {
      await publishPack(env, {
        ans,
        nome: nomeOf(checked.pack, ans),
        pack: checked.pack as unknown as Record<string, unknown>,
        versao: checked.pack.versao,
        kind: 'seed',
        note: 'Pacote padrão distribuído com o tiss-preflight',
        actor: SYSTEM,
        base: null,
      });
      added++;
    } catch (err) {
      // Another request seeded it first, or there is no signing key yet (then the public API still answers).
      if (!(err instanceof ApiError)) throw err;
    }
  }
  return added;
}

export const defaultPackKeys = (): Set<string> => new Set(defaultPacks.map((p) => p.operadora.chave));
