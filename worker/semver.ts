// Just enough semver for pack versions (x.y.z): compare and suggest the next patch.
export function parseVersao(v: string): [number, number, number] | null {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

export function compareVersao(a: string, b: string): number {
  const pa = parseVersao(a) ?? [0, 0, 0];
  const pb = parseVersao(b) ?? [0, 0, 0];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

export function bumpPatch(v: string): string {
  const [major, minor, patch] = parseVersao(v) ?? [1, 0, -1];
  return `${major}.${minor}.${patch + 1}`;
}

export function maxVersao(versions: readonly string[]): string | undefined {
  return versions.reduce<string | undefined>((m, v) => (m === undefined || compareVersao(v, m) > 0 ? v : m), undefined);
}
