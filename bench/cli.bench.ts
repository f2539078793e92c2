// npm run bench:cli — `tiss-preflight validate` as a whole process, the way a user runs it (the built bundle
// through bin/), against its peers in the same run, each round interleaving them so the shared machine's load
// weighs on all alike:
//  1. start-up on a 6 KB file vs an empty `node -e ''` and native `xmllint --schema`, medians of 11;
//  2. the 1 MB and 15 MB lotes vs native xmllint and xmllint-wasm in its own Node process, medians of 5:
//     wall, CPU (user + system) and the highest peak RSS.
// In the start-up rounds the two Node processes report their own CPU to the microsecond
// (bench/support/cpu-at-exit.cjs: /usr/bin/time's 10 ms steps are too coarse there); elsewhere /usr/bin/time's,
// which also counts what a process does after its exit handlers (xmllint-wasm's worker threads winding down).
// A few minutes, against bench:xml's in-process and memory runs too: for re-measuring the CLI alone. Targets
// (issue 13): 15 MB ≤ 1.2× xmllint, < 100 MiB; ≥ 2× faster than xmllint-wasm; start-up reported as ms over an
// empty node and as their ratio. The issue states the 1.2× in wall time; CPU is printed beside it and judged too, because wall on
// this shared 2-core machine is mostly waiting for a core when it is busy, and our process uses a second thread.
// NODE_EXTRA_CA_CERTS: when the environment sets it (this machine does, for its network proxy), every Node process
// parses that file's certificates and Node's own root store at start, before any script runs (Node 20,
// node::crypto::UseExtraCaCerts: 83% of an empty node's instructions here under callgrind, ~80 ms CPU); xmllint pays
// nothing of the kind and a user's machine seldom sets it. So the Node processes are also timed with it unset
// ("no extra CA"), interleaved in the same rounds, and both are printed.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildCli } from '../scripts/build-cli.mjs';
import { fixturePath } from '../test/support/tiss-fixtures.ts';
import { makeLargeLote } from '../test/support/tiss-large.ts';
import {
  EXTRA_CA_SET,
  medians,
  type ProcRun,
  TIME,
  timeNode,
  timeProcess,
  timeNodeWithoutExtraCa as withoutExtraCa,
} from './support/process.ts';

const XSD_DIR = new URL('../third_party/ans-tiss/4.01.00/', import.meta.url).pathname;
const XSD_MAIN = 'tissV4_01_00.xsd';
const XMLLINT = '/usr/bin/xmllint';
const BIN = new URL('../bin/tiss-preflight.cjs', import.meta.url).pathname;
const WASM_PROCESS = new URL('./support/xmllint-wasm-validate.mjs', import.meta.url).pathname;

const CPU_AT_EXIT = new URL('./support/cpu-at-exit.cjs', import.meta.url).pathname;

type Peer = [label: string, run: (file: string) => ProcRun];
const PEERS: Record<string, Peer> = {
  ours: ['tiss-preflight validate', (f) => timeProcess(process.execPath, [BIN, 'validate', '--json', f])],
  oursNoCa: ['ours, no extra CA', (f) => withoutExtraCa([BIN, 'validate', '--json', f])],
  oursExact: ['tiss-preflight validate', (f) => timeNode([BIN, 'validate', '--json', f])],
  oursExactNoCa: ['ours, no extra CA', (f) => withoutExtraCa(['--require', CPU_AT_EXIT, BIN, 'validate', '--json', f])],
  nodeExact: ["node -e ''", () => timeNode(['-e', ''])],
  nodeExactNoCa: ["node -e '', no extra CA", () => withoutExtraCa(['--require', CPU_AT_EXIT, '-e', ''])],
  xmllint: [
    'xmllint --schema',
    (f) => timeProcess(XMLLINT, ['--nonet', '--noout', '--schema', join(XSD_DIR, XSD_MAIN), f]),
  ],
  wasm: ['xmllint-wasm in node', (f) => timeProcess(process.execPath, [WASM_PROCESS, XSD_DIR, XSD_MAIN, f])],
};

/** `runs` rounds of every peer on `file`, interleaved; medians per peer. A validator failing the file throws. */
function rounds(file: string, runs: number, peers: string[]) {
  const all = new Map(peers.map((p) => [p, [] as ProcRun[]]));
  for (let i = 0; i < runs; i++) {
    for (const p of peers) {
      const r = PEERS[p]![1](file);
      if (r.status !== 0) throw new Error(`${PEERS[p]![0]}: exit ${r.status} on ${file}`);
      all.get(p)!.push(r);
    }
  }
  return new Map([...all].map(([p, rs]) => [p, medians(rs)]));
}

const fmt = (m: { wall: number; cpu: number; rssKb: number }) =>
  `${m.wall.toFixed(0).padStart(5)} ms wall ${m.cpu.toFixed(0).padStart(5)} ms CPU ${(m.rssKb / 1024).toFixed(1).padStart(6)} MiB`;
const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const load = () => loadavg()[0]!.toFixed(1);

if (!existsSync(XMLLINT) || !existsSync(TIME)) {
  console.log(`${XMLLINT} or ${TIME} not found (apt-get install libxml2-utils time): bench skipped`);
} else {
  await buildCli();
  const work = mkdtempSync(join(tmpdir(), 'tiss-cli-bench-'));
  console.log(`tiss-preflight CLI, whole process — Node ${process.version}, load average at start ${load()}`);
  if (EXTRA_CA_SET)
    console.log(
      'NODE_EXTRA_CA_CERTS is set: each Node process parses those certificates at start; "no extra CA" rows run it unset.',
    );
  const noCa = (peers: string[]) => (EXTRA_CA_SET ? peers : []);
  const small = rounds(fixturePath('valid/consulta-3-guias.xml'), 11, [
    'nodeExact',
    'oursExact',
    ...noCa(['nodeExactNoCa', 'oursExactNoCa']),
    'xmllint',
  ]);
  console.log('\n6 KB file, start-up (medians of 11)');
  for (const [p, m] of small) console.log(`  ${PEERS[p]![0].padEnd(24)} ${fmt(m)}`);
  for (const [n, o, how] of [
    ['nodeExact', 'oursExact', ''],
    ['nodeExactNoCa', 'oursExactNoCa', ' (no extra CA)'],
  ] as const) {
    const [node, ours] = [small.get(n), small.get(o)];
    if (!node || !ours) continue;
    console.log(
      `  ours / empty node${how}: ${x(ours.wall, node.wall)} wall, ${x(ours.cpu, node.cpu)} CPU; ours − empty node: ${(ours.wall - node.wall).toFixed(0)} ms wall, ${(ours.cpu - node.cpu).toFixed(0)} ms CPU, ${((ours.rssKb - node.rssKb) / 1024).toFixed(1)} MiB  [load ${load()}]`,
    );
  }
  for (const [label, bytes] of [
    ['1 MB', 1_000_000],
    ['15 MB', 15_000_000],
  ] as const) {
    // In a folder of this run's own: bench:xml, perhaps run by someone else meanwhile, empties its shared one.
    const file = join(work, `lote-${bytes}.xml`);
    writeFileSync(file, makeLargeLote(bytes));
    const m = rounds(file, 5, ['ours', ...noCa(['oursNoCa']), 'xmllint', 'wasm']);
    const [o, n, w] = [m.get('ours')!, m.get('xmllint')!, m.get('wasm')!];
    console.log(`\n${label} lote (medians of 5; peak RSS the highest)`);
    for (const [p, r] of m) console.log(`  ${PEERS[p]![0].padEnd(24)} ${fmt(r)}`);
    console.log(
      `  ours / xmllint: CPU ${x(o.cpu, n.cpu)}, wall ${x(o.wall, n.wall)}, RSS ${x(o.rssKb, n.rssKb)} (goal ≤ 1.2×, < 100 MiB)`,
    );
    const oNoCa = m.get('oursNoCa');
    if (oNoCa)
      console.log(
        `  ours, no extra CA / xmllint: CPU ${x(oNoCa.cpu, n.cpu)}, wall ${x(oNoCa.wall, n.wall)}, RSS ${x(oNoCa.rssKb, n.rssKb)}`,
      );
    console.log(
      `  xmllint-wasm / ours: CPU ${x(w.cpu, o.cpu)}, wall ${x(w.wall, o.wall)} faster (goal ≥ 2×)  [load ${load()}]`,
    );
  }
  rmSync(work, { recursive: true, force: true });
}
