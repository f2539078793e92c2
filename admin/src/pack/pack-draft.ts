// The working copy of a pack as the editor holds it: plain JSON that may be invalid while being edited (the
// raw-JSON tab can put anything in it), read through these accessors so views never crash on a bad shape.
export type PackJson = Record<string, unknown>;

export interface RuleDraft {
  id: string;
  kind: string;
  enabled: boolean;
  severity: 'error' | 'warning' | 'info';
  options: Record<string, unknown>;
  message: string;
  source: string;
  [k: string]: unknown;
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function rulesOf(pack: PackJson): RuleDraft[] {
  const list = Array.isArray(pack.regras) ? pack.regras : [];
  return list.map((raw) => {
    const r = obj(raw);
    const sev = r.severity;
    return {
      ...r,
      id: str(r.id),
      kind: str(r.kind),
      enabled: r.enabled !== false,
      severity: sev === 'warning' || sev === 'info' ? sev : 'error',
      options: obj(r.options),
      message: str(r.message),
      source: str(r.source),
    };
  });
}

export function withRule(pack: PackJson, index: number, rule: RuleDraft): PackJson {
  const list = Array.isArray(pack.regras) ? [...pack.regras] : [];
  list[index] = rule;
  return { ...pack, regras: list };
}

export function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function stringListMap(v: unknown): Record<string, string[]> {
  return Object.fromEntries(Object.entries(obj(v)).map(([k, list]) => [k, stringList(list)]));
}

export function categoriaIdsOf(pack: PackJson): string[] {
  const list = Array.isArray(pack.categorias) ? pack.categorias : [];
  return list.map((c) => obj(c).id).filter((id): id is string => typeof id === 'string');
}

export function portalOf(pack: PackJson): Record<string, unknown> {
  return obj(pack.portal);
}

export function operadoraNome(pack: PackJson): string {
  return str(obj(pack.operadora).nome);
}

export function versaoOf(pack: PackJson): string {
  return str(pack.versao);
}

/** Rules added/removed between two packs, by id (what the semver suggestion depends on). */
export function ruleIdChanges(before: PackJson, after: PackJson): { rulesAdded: number; rulesRemoved: number } {
  const a = new Set(rulesOf(before).map((r) => r.id));
  const b = new Set(rulesOf(after).map((r) => r.id));
  return {
    rulesAdded: [...b].filter((id) => !a.has(id)).length,
    rulesRemoved: [...a].filter((id) => !b.has(id)).length,
  };
}

export const packText = (pack: PackJson): string => `${JSON.stringify(pack, null, 2)}\n`;
