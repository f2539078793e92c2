// Suggest the next version of a pack from what changed: support staff pick "correção", "nova regra" or
// "mudança que pode reprovar lotes antes aceitos"; the console proposes the semver bump that goes with it.
export type Bump = 'patch' | 'minor' | 'major';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

export function parseSemver(v: string): [number, number, number] | undefined {
  const m = SEMVER.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function bumpVersion(current: string, bump: Bump): string {
  const [maj, min, pat] = parseSemver(current) ?? [0, 0, 0];
  if (bump === 'major') return `${maj + 1}.0.0`;
  if (bump === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

export function compareSemver(a: string, b: string): number {
  const pa = parseSemver(a) ?? [0, 0, 0];
  const pb = parseSemver(b) ?? [0, 0, 0];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * New or removed rules change what clerks are told: minor. Only options, severities or messages changed
 * (e.g. 90 → 60 dias): patch. A major bump is the author's call (e.g. a new portal layout), never suggested.
 */
export function suggestBump(changes: { rulesAdded: number; rulesRemoved: number }): Bump {
  return changes.rulesAdded > 0 || changes.rulesRemoved > 0 ? 'minor' : 'patch';
}
