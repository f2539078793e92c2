// npm run bench:xml — our full TISS validation (decode + parse + XSD + hash, via validateTiss) against native
// xmllint --schema and xmllint-wasm, on the same generated files in the same run; then our peak memory on the
// 15 MB file, measured in a child process. Targets (issue 4): faster than xmllint-wasm, within 2× native
// xmllint, peak memory for 15 MB under 128 MB (the Workers limit).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { validateXML } from 'xmllint-wasm';
import { validateTiss } from '../shared/tiss/index.ts';
import { writeLargeLote } from '../test/support/tiss-large.ts';

const XSD_DIR = new URL('../third_party/ans-tiss/4.01.00/', import.meta.url).pathname;
const XSD_MAIN = 'tissV4_01_00.xsd';
const XMLLINT = '/usr/bin/xmllint';
const FILES = [
  { label: '1 MB', bytes: 1_000_000, runs: 9 },
  { label: '15 MB', bytes: 15_000_000, runs: 5 },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** Wall-clock and CPU time (user + system, all threads) of one run, in ms. */
interface Timing {
  wall: number;
  cpu: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function timeOurs(path: string): Timing {
  const c0 = cpuMs();
  const t0 = performance.now();
  const report = validateTiss(readFileSync(path));
  const wall = performance.now() - t0;
  const cpu = cpuMs() - c0;
  if (!report.valido) throw new Error(`ours: generated file should be valid: ${report.findings[0]?.message}`);
  return { wall, cpu };
}

function timeNative(path: string): Timing {
  // /usr/bin/time reports the child's own CPU time; wall time is measured here.
  const args = ['-f', '%U %S', XMLLINT, '--nonet', '--noout', '--schema', join(XSD_DIR, XSD_MAIN), path];
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`xmllint: generated file should validate: ${r.stderr.slice(0, 300)}`);
  const [user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number];
  return { wall, cpu: (user + sys) * 1000 };
}

const xsdFiles = readdirSync(XSD_DIR)
  .filter((f) => f.endsWith('.xsd'))
  .map((fileName) => ({ fileName, contents: new Uint8Array(readFileSync(join(XSD_DIR, fileName))) }));

async function timeWasm(path: string): Promise<Timing> {
  const c0 = cpuMs();
  const t0 = performance.now();
  const r = await validateXML({
    xml: [{ fileName: 'lote.xml', contents: new Uint8Array(readFileSync(path)) }],
    schema: xsdFiles.filter((f) => f.fileName === XSD_MAIN),
    preload: xsdFiles.filter((f) => f.fileName !== XSD_MAIN),
    initialMemoryPages: 256 * 16, // 256 MiB: libxml2 keeps the whole tree of a 15 MB file
    maxMemoryPages: 256 * 64,
  });
  const wall = performance.now() - t0;
  const cpu = cpuMs() - c0;
  if (!r.valid) throw new Error(`xmllint-wasm: generated file should validate: ${r.rawOutput.slice(0, 300)}`);
  return { wall, cpu };
}

/** Peak RSS of a fresh Node process validating `path` once (plain node on an esbuild bundle: no tsx overhead). */
async function peakMemory(path: string, nodeFlags: string[]): Promise<{ baselineKb: number; peakKb: number } | string> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return 'esbuild não disponível (dependência transitiva de tsx/vite): medição de memória pulada';
  }
  const outfile = join(tmpdir(), 'tiss-preflight-bench', 'peak-memory.mjs');
  await esbuild.build({
    entryPoints: [new URL('./support/peak-memory.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  const r = spawnSync(process.execPath, [...nodeFlags, outfile, path], { encoding: 'utf8' });
  if (r.status !== 0) return `falhou (${nodeFlags.join(' ') || 'sem flags'}): ${r.stderr.slice(-300)}`;
  const out = JSON.parse(r.stdout) as { baselineKb: number; peakKb: number; valido: boolean };
  if (!out.valido) return 'o arquivo deveria ser válido';
  return out;
}

async function main(): Promise<void> {
  const hasNative = existsSync(XMLLINT) && existsSync('/usr/bin/time');
  console.log('TISS XML benchmark — validateTiss (decode+parse+XSD+hash) vs xmllint --schema (native) vs xmllint-wasm');
  console.log(`Node ${process.version}; schema TISS 4.01.00; medians; all three must say "valid" or the bench fails.`);
  console.log(`load average at start: ${loadavg()[0]!.toFixed(1)} (wall times suffer under load; CPU times less so)`);
  if (!hasNative) console.log(`(${XMLLINT} or /usr/bin/time not found: native column skipped)`);
  const rows: string[] = [];
  let big = '';
  for (const f of FILES) {
    const path = writeLargeLote(f.bytes);
    if (f.bytes > 10_000_000) big = path;
    const size = readFileSync(path).length;
    timeOurs(path); // warm-up: JIT and the lazily compiled schema model
    await timeWasm(path);
    const ours: Timing[] = [];
    const native: Timing[] = [];
    const wasm: Timing[] = [];
    for (let i = 0; i < f.runs; i++) {
      ours.push(timeOurs(path));
      if (hasNative) native.push(timeNative(path));
      wasm.push(await timeWasm(path));
      await sleep(100); // let the wasm worker thread wind down before our next in-process run
    }
    for (const kind of ['wall', 'cpu'] as const) {
      const o = median(ours.map((t) => t[kind]));
      const n = hasNative ? median(native.map((t) => t[kind])) : Number.NaN;
      const w = median(wasm.map((t) => t[kind]));
      rows.push(
        `${f.label.padEnd(6)} ${String(size).padStart(9)} B ${kind.padEnd(4)}  ours ${ms(o)}  native ${ms(n)}  ` +
          `wasm ${ms(w)}  ours/native ${ratio(o, n)} (target ≤ 2×)  ours/wasm ${ratio(o, w)} (target < 1×)  [${f.runs} runs]`,
      );
    }
  }
  for (const r of rows) console.log(r);
  console.log(
    '(native and wasm times include their process/worker start and XSD compilation, as a user of them pays it;',
  );
  console.log(' ours is in-process after one warm-up run, as in the popup or a warm Worker)');

  for (const [label, flags] of [
    ['Node defaults', []],
    ['heap capped like a 128 MB isolate (--max-old-space-size=64)', ['--max-old-space-size=64']],
  ] as const) {
    const peak = await peakMemory(big, [...flags]);
    if (typeof peak === 'string') console.log(`peak memory, 15 MB, ${label}: ${peak}`);
    else {
      const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
      console.log(
        `peak memory, 15 MB, ${label}: process peak RSS ${mb(peak.peakKb)}, of which Node runtime baseline ` +
          `${mb(peak.baselineKb)} → validation ${mb(peak.peakKb - peak.baselineKb)} (target < 128 MB)`,
      );
    }
  }
  rmSync(join(tmpdir(), 'tiss-preflight-bench'), { recursive: true, force: true });
}

await main();
