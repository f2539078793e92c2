// Reading published packs, seeding the bundled defaults on first need, and keeping parsed packs in isolate
// memory (a publication never changes; its signature is unique, so it is the cache key).
import { parseRulePack, type RulePack } from '../shared/rules/pack-schema.ts';
import type { Env } from './env.ts';
import { notFound } from './errors.ts';
import { defaultPackKeys, seedMissingPacks } from './seed.ts';
import { currentPublications, findPublication, listOperadoras, type StoredPublication } from './store/publications.ts';

export async function operadorasWithSeed(env: Env) {
  const list = await listOperadoras(env.DB);
  const present = new Set(list.map((o) => o.ans));
  const missing = [...defaultPackKeys()].some((k) => !present.has(k));
  if (missing && (await seedMissingPacks(env, present)) > 0) return listOperadoras(env.DB);
  return list;
}

/** The current publication; seeds the defaults when `ans` is a default pack not yet in D1; 404 otherwise. */
export async function currentPublication(env: Env, ans: string): Promise<StoredPublication> {
  let current = await findPublication(env.DB, ans);
  if (!current && defaultPackKeys().has(ans)) {
    await operadorasWithSeed(env);
    current = await findPublication(env.DB, ans);
  }
  if (!current) throw notFound(`Operadora ${ans}`);
  return current;
}

const parsedCache = new Map<string, RulePack | null>();

function parsedPack(pub: StoredPublication): RulePack | null {
  const key = pub.envelope.signature;
  if (!parsedCache.has(key)) {
    const result = parseRulePack(pub.envelope.pack);
    // A pack published before a schema change may no longer parse: skip it rather than fail every validation.
    parsedCache.set(key, result.ok ? result.pack : null);
  }
  return parsedCache.get(key) ?? null;
}

/** Current packs for validation: the operadora's own, or all of them (the engine picks by registro ANS). */
export async function packsForValidation(env: Env, ans?: string): Promise<RulePack[]> {
  if (ans) {
    const pack = parsedPack(await currentPublication(env, ans));
    return pack ? [pack] : [];
  }
  let pubs = await currentPublications(env.DB);
  const present = new Set(pubs.map((p) => p.ans));
  if ((await seedMissingPacks(env, present)) > 0) pubs = await currentPublications(env.DB);
  return pubs.flatMap((p) => {
    const pack = parsedPack(p);
    return pack ? [pack] : [];
  });
}
