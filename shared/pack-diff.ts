// What changed between two packs, as a list of paths with old and new values. Arrays whose items all carry an
// `id` (rules, categorias) are matched by id, so moving a rule is not reported as a change of every rule after it.
export interface Change {
  path: string;
  op: 'added' | 'removed' | 'changed';
  old?: unknown;
  new?: unknown;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (a: unknown[]) => a.every((x) => isObj(x) && typeof x.id === 'string');

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export function diffPacks(from: unknown, to: unknown, path = ''): Change[] {
  if (Object.is(from, to)) return [];
  if (Array.isArray(from) && Array.isArray(to)) {
    if (hasIds(from) && hasIds(to)) return diffById(from as Obj[], to as Obj[], path);
    const out: Change[] = [];
    for (let i = 0; i < Math.max(from.length, to.length); i++) {
      const p = `${path}[${i}]`;
      if (i >= from.length) out.push({ path: p, op: 'added', new: to[i] });
      else if (i >= to.length) out.push({ path: p, op: 'removed', old: from[i] });
      else out.push(...diffPacks(from[i], to[i], p));
    }
    return out;
  }
  if (isObj(from) && isObj(to)) {
    const out: Change[] = [];
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    for (const k of keys) {
      const p = join(path, k);
      if (!(k in from)) out.push({ path: p, op: 'added', new: to[k] });
      else if (!(k in to)) out.push({ path: p, op: 'removed', old: from[k] });
      else out.push(...diffPacks(from[k], to[k], p));
    }
    return out;
  }
  return [{ path: path || '(raiz)', op: 'changed', old: from, new: to }];
}

function diffById(from: Obj[], to: Obj[], path: string): Change[] {
  const before = new Map(from.map((x) => [x.id as string, x]));
  const after = new Map(to.map((x) => [x.id as string, x]));
  const out: Change[] = [];
  for (const [id, item] of before) {
    const p = `${path}[id=${id}]`;
    const next = after.get(id);
    if (next === undefined) out.push({ path: p, op: 'removed', old: item });
    else out.push(...diffPacks(item, next, p));
  }
  for (const [id, item] of after) if (!before.has(id)) out.push({ path: `${path}[id=${id}]`, op: 'added', new: item });
  return out;
}
