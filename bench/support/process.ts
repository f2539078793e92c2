// One process timed by /usr/bin/time (wall, CPU = user + system, peak RSS), and medians over runs: what the
// whole-process rows of bench/xml.bench.ts and bench/cli.bench.ts measure.
import { spawnSync } from 'node:child_process';

export const TIME = '/usr/bin/time';

/** One process run: wall and CPU (user + system) in ms, peak RSS in KiB, exit status. */
export interface ProcRun {
  wall: number;
  cpu: number;
  rssKb: number;
  status: number | null;
}

export function timeProcess(cmd: string, args: string[]): ProcRun {
  const t0 = performance.now();
  const r = spawnSync(TIME, ['-f', '@@ %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  const line = r.stderr.split('\n').find((l) => l.startsWith('@@ '));
  if (!line) throw new Error(`${cmd}: no timing (${r.stderr.slice(-300)})`);
  const [user, sys, rss] = line.slice(3).split(' ').map(Number) as [number, number, number];
  const exact = /^@@cpu (\d+)$/m.exec(r.stderr)?.[1];
  return { wall, cpu: exact ? Number(exact) / 1000 : (user + sys) * 1000, rssKb: rss, status: r.status };
}

const CPU_AT_EXIT = new URL('./cpu-at-exit.cjs', import.meta.url).pathname;

/** A Node process (this Node) timed like timeProcess, with its CPU to the microsecond (cpu-at-exit.cjs). */
export function timeNode(args: string[]): ProcRun {
  return timeProcess(process.execPath, ['--require', CPU_AT_EXIT, ...args]);
}

/**
 * Whether this environment sets NODE_EXTRA_CA_CERTS. Node 20 then parses those certificates and its own root store
 * at every start, before any script (~80 ms CPU per process on this machine's 144 certificates); xmllint pays nothing
 * of the kind and a user's machine seldom sets it, so the benches also time their Node processes without it.
 */
export const EXTRA_CA_SET = Boolean(process.env.NODE_EXTRA_CA_CERTS);

/** This Node with `args` and NODE_EXTRA_CA_CERTS unset, timed like timeProcess (env execs Node: the same process). */
export function timeNodeWithoutExtraCa(args: string[]): ProcRun {
  return timeProcess('/usr/bin/env', ['-u', 'NODE_EXTRA_CA_CERTS', process.execPath, ...args]);
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Median wall and CPU of the runs, and the highest peak RSS. */
export function medians(runs: ProcRun[]) {
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    rssKb: Math.max(...runs.map((r) => r.rssKb)),
  };
}
