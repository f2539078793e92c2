// npm run bench:ext — the content script in real Chromium on the mock portal's 100-guia lote page (8501):
// 1. full check: portal adapter + rule engine + inline warnings, every feature, as one feature-manager run
//    (the same modules bundled for the page; the extension's isolated world cannot be driven from here);
// 2. start-up with the real extension (test build): from the content script's first line running to the first
//    badge on screen, with the background already running and after it was stopped (a cold service worker
//    answers the pack request too);
// 3. the content script's size (production Chrome build, gzip).
// Each against a peer measured in the same run: for the full check, a bare walk over every element of the same
// page (querySelectorAll('*') reading each one's text), the least any whole-page reader must do; for start-up,
// the portal page's own load in the same page load; for the size, the XML engine's own bundle (the popup's
// validation worker), which the content script no longer carries.
// Targets (issue 13): full check p95 < 8 ms, content script < 60 kB gzip. The machine's load is printed: on a
// shared machine the milliseconds move with it, the ratios much less.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { WARNING_TAG } from '../extension/content/ui/own-ui.ts';
import { recordInputFromGuia } from '../extension/lib/guia-records/from-guia.ts';
import { guiaRecordKey, toGuiaRecord } from '../extension/lib/guia-records/schema.ts';
import type { Guia } from '../shared/rules/context.ts';
import { EXTENSION_DIR, launchWithExtension, OFFLINE_ARGS, requireChromium } from '../test/e2e/support/browser.ts';
import { login } from '../test/e2e/support/portal.ts';
import { startPortal } from '../test/portal/server.ts';
import type { PortalState } from '../test/portal/state.ts';
import { addSummaryRow } from './support/summary.ts';

// 200 runs: the p95 is the 190th (the 11th slowest), not the 57th of 60 (the 4th slowest), where one run slowed by
// the machine or a scavenge more or less moved the figure by a millisecond or two.
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 5;
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 15);
const TARGET_MS = 8;
// BENCH_PROFILE=<file.cpuprofile>: only part 1, unminified, with a CPU profile of it (open in Chrome DevTools);
// the functions with the most self time are printed.
const PROFILE = process.env.BENCH_PROFILE;
// BENCH_HEAP=1 (with BENCH_PROFILE): an allocation profile instead (sampled, collected objects included: what a
// run allocates, so what the garbage collector must sweep), the functions allocating most printed.
const HEAP = !!process.env.BENCH_HEAP;
// BENCH_ROW=first|rerun: only part 1, only that row (A/B runs of one change; a profile of the first run alone).
const ROW = process.env.BENCH_ROW;
// BENCH_BASE=<git ref>: part 1 only, that commit's build and the work tree's side by side in one browser,
// their runs in turns of AB_TURN (A/B of a change while the machine's load moves). Each page in its own browser
// context, so its own renderer process and V8 heap: in one renderer, the garbage of one build would fill the
// young generation the other's runs are collected in, and a scavenge's length depends on what survives it.
const BASE = process.env.BENCH_BASE;
// BENCH_GC=1: part 1 traced (the browser's own trace): per page (with BENCH_BASE, per build: each page has its
// own renderer) the share of runs a scavenge of the young generation fell into, how many there were, how long
// they took and the young generation's size at each.
const GC = !!process.env.BENCH_GC;
const AB_TURN = 10;
const PART1_ONLY = !!(PROFILE || ROW || BASE || GC);
const TARGET_GZIP_KB = 60;
const root = resolve(import.meta.dirname, '..');

// The same modules the content script is built from, bundled for the page (the extension's isolated world
// cannot be driven from the test side); the manager, adapter, engine and warning layer are the real ones.
const entry = `
import { choosePack } from './shared/packs/choose.ts';
import { defaultPacks } from './shared/packs/index.ts';
import { allFeatures } from './extension/content/features/index.ts';
import { startContent } from './extension/content/start.ts';
import { WarningLayer } from './extension/content/ui/warning-layer.ts';
import { WARNING_TAG } from './extension/content/ui/own-ui.ts';
import { createGuiaRecordStore } from './extension/lib/guia-records/store.ts';
import { recordInputFromGuia } from './extension/lib/guia-records/from-guia.ts';
import { guiaRecordKey, toGuiaRecord } from './extension/lib/guia-records/schema.ts';
import { forgetParsedContext } from './extension/content/feature-api.ts';

// storage.local stand-in holding the lote's guia records: each get is async and hands back copies, as the
// browser's does (its cross-process hop is in the start-up figure, which uses the real storage). The records
// are written by this bundle's own code (its layout; an A/B run's base has its own).
const kept = {};
const { guias, operadora, hoje } = globalThis.__tissLote;
for (const g of guias) {
  // The key from the input: a record is an object up to layout 5, a string from layout 6.
  const input = recordInputFromGuia(g, operadora, 'xml');
  const rec = toGuiaRecord(input, { hoje });
  if (!rec) throw new Error('guia ' + g.numero + ': registro recusado');
  kept[guiaRecordKey(input.operadora, input.numero)] = rec;
}
const area = {
  async get(keys) {
    const list = keys == null ? Object.keys(kept) : typeof keys === 'string' ? [keys] : keys;
    // The answer built in place (no [key, value] pair per record): the stand-in's own garbage is not the page's.
    const found = {};
    for (const k of list) if (k in kept) found[k] = kept[k];
    return structuredClone(found);
  },
  async set(items) { Object.assign(kept, structuredClone(items)); },
  async remove(keys) { for (const k of [keys].flat()) delete kept[k]; },
};

const ready = startContent(document, allFeatures, {
  loadSettings: async () => ({ features: {}, bloquearEnvioComErros: false, autofillProfiles: [], operadoras: [] }),
  loadPack: async (operadora) => choosePack(defaultPacks, operadora),
  watchSettings: () => {},
  guiaRecords: createGuiaRecordStore(area),
});

globalThis.__tissBench = async (runs, warmup, fresh) => {
  const { manager, env, guiaFacts } = await ready;
  await manager.idle();
  const full = [];
  const peer = [];
  // BENCH_GC: each measured run between two marks, for the browser's trace (scavenges counted per run).
  const mark = globalThis.__tissMarks ? (name) => performance.mark(name) : () => {};
  if (globalThis.__tissMarks) performance.mark('tiss-page:' + globalThis.__tissMarks);
  for (let i = 0; i < warmup + runs; i++) {
    // Cold render each time: no warning left from the previous run.
    for (const h of document.querySelectorAll(WARNING_TAG)) h.remove();
    env.warnings = new WarningLayer();
    // fresh: as on the page's first run, the records are read from storage again and nothing the page kept
    // from an earlier run (the parsed context, the findings over it) is used (else the page's caches).
    if (fresh) {
      guiaFacts.invalidate();
      forgetParsedContext(env);
    }
    const measured = i >= warmup;
    if (measured) mark('tiss-run');
    const t0 = performance.now();
    await manager.runNow();
    const t1 = performance.now();
    if (measured) mark('tiss-ran');
    let chars = 0;
    // By index: a NodeList's for-of makes an iterator result per element (27 kB per run, in the same young
    // generation as the measured runs', so more of their scavenges).
    const all = document.querySelectorAll('*');
    for (let e = 0; e < all.length; e++) chars += (all[e].textContent ?? '').length;
    const t2 = performance.now();
    if (measured) {
      full.push(t1 - t0);
      peer.push(t2 - t1);
    }
    if (chars === 0) throw new Error('página vazia');
  }
  const resumo = [...document.querySelectorAll(WARNING_TAG)]
    .map((h) => h.shadowRoot?.textContent ?? '')
    .find((t) => t.includes('Guias conferidas'));
  return {
    full,
    peer,
    warnings: document.querySelectorAll(WARNING_TAG).length,
    elements: document.querySelectorAll('*').length,
    conferidas: /conferidas[^:]*: (\\d+) de (\\d+)/.exec(resumo ?? '')?.slice(1).join('/') ?? '?',
  };
};
`;

interface FullCheck {
  full: number[];
  peer: number[];
  warnings: number;
  elements: number;
  conferidas: string;
}

interface Lote {
  guias: Guia[];
  operadora: string;
  hoje: string;
}

/** The mock portal keeps amounts in centavos; the XML (and the lote page's Valor Informado) says reais. */
const reais = (centavos: number) => centavos / 100;

/** Lote 8501's guias with the facts its XML carries (what the popup keeps when the clerk checks it). */
function lotGuias(state: PortalState): Lote {
  const lote = state.lote(8501);
  if (!lote) throw new Error('lote 8501 não encontrado no portal simulado');
  const guias: Guia[] = state.guiasDoLote(lote).map((g) => ({
    numero: g.numero,
    tipo: 'sp-sadt',
    dataAtendimento: g.procedimentos[0]?.dataRealizacao,
    senha: '182783294',
    dataAutorizacao: g.procedimentos[0]?.dataRealizacao,
    ...(g.caraterAtendimento ? { caraterAtendimento: g.caraterAtendimento } : {}),
    procedimentos: g.procedimentos.map((p) => ({
      item: p.sequencial,
      codigo: p.codigo,
      tabela: '22',
      dataRealizacao: p.dataRealizacao,
      valorTotal: reais(p.quantidade * p.valorUnitario),
    })),
    outrasDespesas: [],
    anexos: [],
    valorTotal: reais(g.procedimentos.reduce((t, p) => t + p.quantidade * p.valorUnitario, 0)),
  }));
  return { guias, operadora: lote.operadora.ans, hoje: state.today() };
}

/** storage.local items: the records of the lote's guias. */
function lotRecords({ guias, operadora, hoje }: Lote): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (const g of guias) {
    const input = recordInputFromGuia(g, operadora, 'xml');
    const rec = toGuiaRecord(input, { hoje });
    if (!rec) throw new Error(`guia ${g.numero}: registro recusado`);
    items[guiaRecordKey(input.operadora, input.numero)] = rec;
  }
  return items;
}

/** The functions with the most self time in a CPU profile (samples × interval). */
function printHotFunctions(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const { samples = [], timeDeltas = [] } = profile;
  let total = 0;
  for (const [i, id] of samples.entries()) {
    const f = byId.get(id)?.callFrame;
    const dt = timeDeltas[i + 1] ?? 0;
    total += dt;
    if (!f) continue;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + dt);
  }
  console.log(`profile written to ${PROFILE}; self time, top 25 of ${(total / 1000).toFixed(0)} ms:`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
}

// The page's marks and V8's MinorGC events (category devtools.timeline,v8), nothing more: tracing costs time too.
const GC_CATEGORIES = ['blink.user_timing', 'devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  dur?: number;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

/**
 * BENCH_GC: per page (its renderer's process), the scavenges (V8's minor GC) in the trace: how many, how long, the
 * share of measured runs (between the page's tiss-run and tiss-ran marks) with one inside (above 5%, they sit in
 * the p95), and what each kept: the heap after it less the heap after the one before (what survived the young
 * generation, copied or promoted; a scavenge's length goes with it).
 */
function printScavenges(trace: { traceEvents: TraceEvent[] } | TraceEvent[]) {
  const all = Array.isArray(trace) ? trace : trace.traceEvents;
  // Each call of the page's bench marks its page again: one line per renderer.
  const pages = new Map<number, string>();
  for (const e of all) if (e.name.startsWith('tiss-page:')) pages.set(e.pid, e.name.slice('tiss-page:'.length));
  for (const [pid, name] of pages) {
    const events = all.filter((e) => e.pid === pid);
    const starts = events.filter((e) => e.name === 'tiss-run').map((e) => e.ts);
    const ends = events.filter((e) => e.name === 'tiss-ran').map((e) => e.ts);
    const minor = events.filter((e) => e.name === 'MinorGC' && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    const major = events.filter((e) => e.name === 'MajorGC' && e.ph === 'X');
    starts.sort((a, b) => a - b);
    ends.sort((a, b) => a - b);
    let runs = 0;
    let inRuns = 0;
    for (const [i, t0] of starts.entries()) {
      const t1 = ends[i];
      if (t1 === undefined) continue;
      const n = minor.filter((e) => e.ts < t1 && e.ts + (e.dur ?? 0) > t0).length;
      if (n) runs++;
      inRuns += n;
    }
    const durs = minor.map((e) => (e.dur ?? 0) / 1000).sort((a, b) => a - b);
    const heap = (e: TraceEvent, key: string) => Number(e.args?.[key] ?? e.args?.data?.[key] ?? 0);
    const before = minor.map((e) => heap(e, 'usedHeapSizeBefore'));
    const after = minor.map((e) => heap(e, 'usedHeapSizeAfter'));
    // The heap grown from one scavenge's end to the next's start: what the young generation held.
    const grown = before
      .slice(1)
      .map((b, i) => b - after[i]!)
      .filter((x) => x > 0)
      .sort((a, b) => a - b);
    // Kept by each scavenge: the heap after it less the heap after the one before (no major GC between).
    const kept = after
      .slice(1)
      .map((a, i) => a - after[i]!)
      .filter((x) => x > 0)
      .sort((a, b) => a - b);
    const mid = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? 0;
    const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
    console.log(
      `  ${name}: scavenges: ${minor.length} (${inRuns} inside a measured run; ${runs} of ${starts.length} runs hold one: ${((100 * runs) / Math.max(1, starts.length)).toFixed(1)}%), median ${mid(durs).toFixed(2)} ms, max ${(durs.at(-1) ?? 0).toFixed(2)} ms; young generation filled between two: median ${kB(mid(grown))}, kept by each: median ${kB(mid(kept))}; major GCs: ${major.length}`,
    );
  }
}

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

/** The functions that allocated most in a sampled heap profile, per run. */
function printAllocations(profile: { head: HeapNode }, runs: number) {
  const self = new Map<string, number>();
  let total = 0;
  const visit = (n: HeapNode) => {
    const f = n.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + n.selfSize);
    total += n.selfSize;
    for (const c of n.children) visit(c);
  };
  visit(profile.head);
  console.log(`allocation profile written to ${PROFILE}; ${(total / 1024 / runs).toFixed(0)} kB per run, top 25:`);
  for (const [name, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${(bytes / 1024 / runs).toFixed(1).padStart(8)} kB  ${name}`);
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}
const ms = (x: number) => `${x.toFixed(2)} ms`;

const LOTE = '/Pagamentos/LotePagamento/Detalhes/8501';
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

// Fresh builds, so the figures are the code in the work tree's: production Chrome (size) and test (start-up:
// it may run on the mock portal's localhost).
for (const args of PART1_ONLY
  ? []
  : [
      ['wxt', 'build'],
      ['wxt', 'build', '--mode', 'test'],
    ]) {
  const r = spawnSync('npx', args, { cwd: root, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`falhou: npx ${args.join(' ')}`);
}

const [load1] = loadavg();
console.log(`bench:ext — lote 8501 (100 guias), Chromium; load average ${load1!.toFixed(1)} on ${cpus().length} CPUs`);

// ---- 1. full check ----
/** The page entry bundled from the sources under `dir` (the work tree, or an A/B run's base). */
async function pageScript(dir: string): Promise<string> {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: dir, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: !PROFILE,
    write: false,
    logLevel: 'error',
  });
  return bundle.outputFiles[0]!.text;
}

/** BENCH_BASE=<git ref>: that commit's sources beside the work tree's (node_modules shared), for an A/B run. */
function baseSources(ref: string): string {
  const sha = spawnSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).stdout.trim();
  if (!sha) throw new Error(`BENCH_BASE: ${ref} não é um commit`);
  const dir = join(tmpdir(), `tiss-bench-base-${sha}`);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    const tar = spawnSync('sh', ['-c', `git archive ${sha} | tar -x -C '${dir}'`], { cwd: root });
    if (tar.status !== 0) throw new Error(`BENCH_BASE: git archive ${sha} falhou`);
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  }
  return dir;
}

const portal = await startPortal({ port: 0 });
// The lote's 100 guias kept as the popup writes them when the clerk checks the lote's XML: one record each.
const lote = lotGuias(portal.state);
const records = lotRecords(lote);
try {
  const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: OFFLINE_ARGS });
  try {
    // One page per build: the work tree's, and with BENCH_BASE the base's, their runs interleaved.
    const builds = [{ name: 'work tree', dir: root }];
    if (BASE) builds.unshift({ name: `base ${BASE}`, dir: baseSources(BASE) });
    const pages = [];
    for (const b of builds) {
      // A context per build: its own renderer, so its own heap and garbage collections (see BENCH_BASE).
      const context = await browser.newContext();
      const page = await context.newPage();
      await login(page, portal.url);
      await page.goto(`${portal.url}${LOTE}`);
      await page.getByText('Este lote já possui 100 guias').waitFor();
      await page.evaluate((l) => {
        (globalThis as unknown as { __tissLote: unknown }).__tissLote = l;
      }, lote);
      await page.addScriptTag({ content: await pageScript(b.dir) });
      pages.push({ ...b, page });
    }
    console.log(
      `1. full check with ${Object.keys(records).length} guia records kept, ${RUNS} runs after ${WARMUP} warm-up${BASE ? `, A/B: ${builds.map((b) => b.name).join(' / ')} in turns of ${AB_TURN} runs` : ''}`,
    );
    if (GC) {
      // Each page marks its runs with its build's name once: its renderer's scavenges are told apart by process.
      for (const { page, name } of pages)
        await page.evaluate((n) => {
          (globalThis as unknown as { __tissMarks: string }).__tissMarks = n;
        }, name);
      await browser.startTracing(undefined, { categories: GC_CATEGORIES });
    }
    const cdp = PROFILE ? await pages[0]!.page.context().newCDPSession(pages[0]!.page) : undefined;
    if (cdp && HEAP) {
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.startSampling', {
        samplingInterval: 512,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    } else if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    for (const fresh of ROW === 'first' ? [true] : ROW === 'rerun' ? [false] : [true, false]) {
      const results = pages.map(() => ({ full: [] as number[], peer: [] as number[] }) as FullCheck);
      const turn = BASE ? AB_TURN : RUNS;
      for (let done = 0; done < RUNS; done += turn)
        for (const [i, { page }] of pages.entries()) {
          // The page measured is the one in front: Chromium lowers a background tab's renderer priority.
          if (BASE) await page.bringToFront();
          const r = await page.evaluate(
            ([runs, warmup, f]) =>
              (
                globalThis as unknown as { __tissBench(r: number, w: number, f: boolean): Promise<FullCheck> }
              ).__tissBench(runs, warmup, f),
            [Math.min(turn, RUNS - done), done ? 1 : WARMUP, fresh] as const,
          );
          results[i] = { ...r, full: [...results[i]!.full, ...r.full], peer: [...results[i]!.peer, ...r.peer] };
        }
      console.log(
        fresh
          ? `  records read from storage and joined on every run (the page's first run), ${results[0]!.elements} elements:`
          : '  records already read (a re-run after the page changed):',
      );
      for (const [i, result] of results.entries()) {
        const full = stats(result.full);
        const peer = stats(result.peer);
        if (BASE) console.log(`   ${pages[i]!.name}:`);
        console.log(
          `    full check (adapter + records + rules, ${result.conferidas} guias checked, ${result.warnings} warnings rendered): median ${ms(full.median)}, p95 ${ms(full.p95)}`,
        );
        console.log(`    peer (querySelectorAll('*') text walk): median ${ms(peer.median)}, p95 ${ms(peer.p95)}`);
        console.log(`    ratio full/peer: median ${ratio(full.median, peer.median)}, p95 ${ratio(full.p95, peer.p95)}`);
        console.log(`    target p95 < ${TARGET_MS} ms: ${full.p95 < TARGET_MS ? 'met' : 'NOT met'}`);
        if (BASE) continue;
        addSummaryRow({
          bench: 'ext',
          measure: `full check, lote 8501 (100 guias), ${fresh ? 'records read on every run' : 'records already read'}`,
          ours: `median ${ms(full.median)}, p95 ${ms(full.p95)}`,
          peer: `text walk of every element: ${ms(peer.median)} / ${ms(peer.p95)}`,
          ratio: `${ratio(full.median, peer.median)} / ${ratio(full.p95, peer.p95)}`,
          goal: `p95 < ${TARGET_MS} ms`,
          met: full.p95 < TARGET_MS,
        });
      }
      if (BASE) {
        const [a, b] = results.map((r) => stats(r.full));
        console.log(
          `   work tree / base: median ${(b!.median / a!.median).toFixed(2)}×, p95 ${(b!.p95 / a!.p95).toFixed(2)}×`,
        );
      }
    }
    if (GC) printScavenges(JSON.parse((await browser.stopTracing()).toString('utf8')));
    if (cdp && HEAP) {
      const { profile } = await cdp.send('HeapProfiler.stopSampling');
      writeFileSync(PROFILE!, JSON.stringify(profile));
      printAllocations(profile, RUNS + WARMUP);
    } else if (cdp && PROFILE) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(PROFILE, JSON.stringify(profile));
      printHotFunctions(profile);
    }
  } finally {
    await browser.close();
  }
  if (PART1_ONLY) process.exit(0);

  // ---- 2. start-up with the real extension ----
  const ext = await launchWithExtension();
  try {
    // The same 100 records in the extension's storage.local: start-up reads them through the real API.
    await ext.seedStorage(records);
    const page = await ext.newPage();
    await login(page, portal.url);
    // Before any page script: note when the first extension badge is attached (what the clerk sees first).
    await page.addInitScript((tag) => {
      const w = window as unknown as { __primeiroAviso?: number };
      new MutationObserver((records, obs) => {
        for (const r of records)
          for (const n of Array.from(r.addedNodes))
            if (n instanceof Element && (n.localName === tag || n.querySelector(tag))) {
              w.__primeiroAviso = performance.now();
              obs.disconnect();
              return;
            }
      }).observe(document, { childList: true, subtree: true });
    }, WARNING_TAG);
    const cdp = await ext.context.newCDPSession(page);
    const once = async (cold: boolean) => {
      if (cold) await cdp.send('ServiceWorker.stopAllWorkers');
      await page.goto(`${portal.url}${LOTE}`);
      await page.waitForFunction(() => (window as unknown as { __primeiroAviso?: number }).__primeiroAviso);
      return page.evaluate(() => {
        const inicio = performance.getEntriesByName('tiss-preflight:inicio')[0]?.startTime;
        const aviso = (window as unknown as { __primeiroAviso: number }).__primeiroAviso;
        if (inicio === undefined) throw new Error('o content script não marcou o início (build antigo?)');
        // The peer: the portal page's own load (navigation start → load event end), in the same page load.
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return { startup: aviso - inicio, injectedAt: inicio, peer: nav?.loadEventEnd ?? Number.NaN };
      });
    };
    await cdp.send('ServiceWorker.enable');
    await once(false);
    for (const cold of [false, true]) {
      const runs = [];
      for (let i = 0; i < STARTUP_RUNS; i++) runs.push(await once(cold));
      const st = stats(runs.map((r) => r.startup));
      const pe = stats(runs.map((r) => r.peer));
      const inj = stats(runs.map((r) => r.injectedAt));
      console.log(
        `2. start-up, real extension (test build), ${STARTUP_RUNS} page loads, background ${cold ? 'stopped before each load (cold)' : 'running (warm)'}`,
      );
      console.log(
        `  injection → first badge: median ${ms(st.median)}, p95 ${ms(st.p95)} (script ran ${ms(inj.median)} after navigation start)`,
      );
      console.log(
        `  peer (the portal page's own load, navigation → load event): median ${ms(pe.median)}, p95 ${ms(pe.p95)}`,
      );
      console.log(`  ratio start-up/peer: median ${ratio(st.median, pe.median)}, p95 ${ratio(st.p95, pe.p95)}`);
      addSummaryRow({
        bench: 'ext',
        measure: `content-script start-up, injection → first badge, background ${cold ? 'stopped (cold)' : 'running'}`,
        ours: `median ${ms(st.median)}, p95 ${ms(st.p95)}`,
        peer: `the page's own load: ${ms(pe.median)} / ${ms(pe.p95)}`,
        ratio: `${ratio(st.median, pe.median)} / ${ratio(st.p95, pe.p95)}`,
        goal: '—',
      });
    }
  } finally {
    await ext.close();
  }
} finally {
  await portal.close();
}

// ---- 3. size ----
const prod = join(root, '.output', 'chrome-mv3');
const gz = (file: string) => gzipSync(readFileSync(file)).length;
const content = gz(join(prod, 'content-scripts', 'content.js'));
const engineFile = readdirSync(join(prod, 'assets')).find((f) => /^validate\.worker.*\.js$/.test(f));
console.log('3. content-script bundle, production Chrome build (.output/chrome-mv3), gzip');
console.log(
  `  content script: ${kb(content)} (test build: ${kb(gz(join(EXTENSION_DIR, 'content-scripts', 'content.js')))})`,
);
if (engineFile) {
  const engine = gz(join(prod, 'assets', engineFile));
  console.log(`  peer (XML engine bundle, the popup's validation worker): ${kb(engine)}`);
  console.log(`  ratio content/engine: ${ratio(content, engine)}`);
}
console.log(`  target < ${TARGET_GZIP_KB} kB gzip: ${content / 1024 < TARGET_GZIP_KB ? 'met' : 'NOT met'}`);
const engineGz = engineFile ? gz(join(prod, 'assets', engineFile)) : undefined;
addSummaryRow({
  bench: 'ext',
  measure: 'content script, production Chrome build, gzip',
  ours: kb(content),
  peer: engineGz ? `XML engine bundle ${kb(engineGz)}` : 'XML engine bundle not found',
  ratio: engineGz ? ratio(content, engineGz) : '—',
  goal: `< ${TARGET_GZIP_KB} kB`,
  met: content / 1024 < TARGET_GZIP_KB,
});
