// Pack versions (x.y.z, nothing else): the one semver module of the worker and the admin console. Anything that is
// not exactly x.y.z (a pre-release suffix, spaces inside, text) counts as 0.0.0, the same in every caller.
export type Bump = 'patch' | 'minor' | 'major';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

export function parseSemver(v: string): [number, number, number] | undefined {
  const m = SEMVER.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function compareSemver(a: string, b: string): number {
  const pa = parseSemver(a) ?? [0, 0, 0];
  const pb = parseSemver(b) ?? [0, 0, 0];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export function bumpVersion(current: string, bump: Bump): string {
  const [maj, min, pat] = parseSemver(current) ?? [0, 0, 0];
  if (bump === 'major') return `${maj + 1}.0.0`;
  if (bump === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

export function maxSemver(versions: readonly string[]): string | undefined {
  return versions.reduce<string | undefined>((m, v) => (m === undefined || compareSemver(v, m) > 0 ? v : m), undefined);
}
