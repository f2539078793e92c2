// npm run bench:ext — the content script's full check of a 100-guia lote page (portal adapter + rule engine
// + inline warnings, every feature, as one feature-manager run) in real Chromium on the mock portal, median
// and p95 over N runs, against a peer measured in the same page and run: a bare walk over every element
// (querySelectorAll('*') reading each one's text), the least any whole-page reader must do. Also the
// content-script bundle size of the test build. Target: a full check under 16 ms (one frame).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR, OFFLINE_ARGS, requireChromium } from '../test/e2e/support/browser.ts';
import { login } from '../test/e2e/support/portal.ts';
import { startPortal } from '../test/portal/server.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WARMUP = 5;
const TARGET_MS = 16;
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

const ready = startContent(document, allFeatures, {
  loadSettings: async () => ({ features: {}, bloquearEnvioComErros: false, autofillProfiles: [], operadoras: [] }),
  loadPack: async (operadora) => choosePack(defaultPacks, operadora),
  watchSettings: () => {},
});

globalThis.__tissBench = async (runs, warmup) => {
  const { manager, env } = await ready;
  await manager.idle();
  const full = [];
  const peer = [];
  for (let i = 0; i < warmup + runs; i++) {
    // Cold render each time: no warning left from the previous run.
    for (const h of document.querySelectorAll(WARNING_TAG)) h.remove();
    env.warnings = new WarningLayer();
    const t0 = performance.now();
    await manager.runNow();
    const t1 = performance.now();
    let chars = 0;
    for (const el of document.querySelectorAll('*')) chars += (el.textContent ?? '').length;
    const t2 = performance.now();
    if (i >= warmup) {
      full.push(t1 - t0);
      peer.push(t2 - t1);
    }
    if (chars === 0) throw new Error('página vazia');
  }
  manager.stop();
  return { full, peer, warnings: document.querySelectorAll(WARNING_TAG).length, elements: document.querySelectorAll('*').length };
};
`;

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}
const ms = (x: number) => `${x.toFixed(2)} ms`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  minify: true,
  write: false,
  logLevel: 'error',
});
const script = bundle.outputFiles[0]!.text;

const portal = await startPortal({ port: 0 });
const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: OFFLINE_ARGS });
try {
  const page = await browser.newPage();
  await login(page, portal.url);
  await page.goto(`${portal.url}/Pagamentos/LotePagamento/Detalhes/8501`);
  await page.getByText('Este lote já possui 100 guias').waitFor();
  await page.addScriptTag({ content: script });
  const result = await page.evaluate(
    ([runs, warmup]) =>
      (
        globalThis as unknown as {
          __tissBench(
            r: number,
            w: number,
          ): Promise<{ full: number[]; peer: number[]; warnings: number; elements: number }>;
        }
      ).__tissBench(runs, warmup),
    [RUNS, WARMUP] as const,
  );
  const full = stats(result.full);
  const peer = stats(result.peer);
  console.log(
    `bench:ext — lote 8501 (100 guias, ${result.elements} elements), ${RUNS} runs after ${WARMUP} warm-up, Chromium`,
  );
  console.log(
    `  full check (adapter + rules + ${result.warnings} warnings rendered): median ${ms(full.median)}, p95 ${ms(full.p95)}`,
  );
  console.log(`  peer (querySelectorAll('*') text walk):      median ${ms(peer.median)}, p95 ${ms(peer.p95)}`);
  console.log(
    `  ratio full/peer: median ${(full.median / peer.median).toFixed(1)}×, p95 ${(full.p95 / peer.p95).toFixed(1)}×`,
  );
  console.log(`  target < ${TARGET_MS} ms (one frame): p95 ${full.p95 < TARGET_MS ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
  await portal.close();
}

// The bundle the portal loads on every page: production build when present (npm run build), else the test one.
for (const [nome, dir] of [
  ['produção', join(root, '.output', 'chrome-mv3')],
  ['teste', EXTENSION_DIR],
] as const) {
  const built = join(dir, 'content-scripts', 'content.js');
  if (!existsSync(built)) {
    console.log(`  content-script bundle (${nome}): not built`);
    continue;
  }
  const raw = readFileSync(built);
  console.log(
    `  content-script bundle (${nome}): ${(statSync(built).size / 1024).toFixed(1)} KB, gzip ${(gzipSync(raw).length / 1024).toFixed(1)} KB`,
  );
}
