// npm run bench:popup — the toolbar popup's local validation of a 15 MB lote in real Chromium (built test
// extension, validation in its Web Worker), against the same validateXml on the same bytes in Node in the same
// run (the peer: no worker hop, no file reading, no rendering). Also the popup's longest frame gap while it
// works (the UI thread must stay free) and the production bundle sizes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultPacks } from '../shared/packs/index.ts';
import { contagem } from '../shared/plural.ts';
import { hojeEmSaoPaulo } from '../shared/rules/dates.ts';
import { validateXml } from '../shared/validate.ts';
import { launchWithExtension } from '../test/e2e/support/browser.ts';
import { writeLargeLote } from '../test/support/tiss-large.ts';

const RUNS = 3;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const path = writeLargeLote(15_000_000, 'popup-bench-15mb.xml');
const bytes = new Uint8Array(readFileSync(path));
const hoje = hojeEmSaoPaulo(new Date());

const nodeTimes: number[] = [];
let nodeFindings: string[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const report = validateXml(bytes, { packs: defaultPacks, hoje, fileName: 'popup-bench-15mb.xml' });
  nodeTimes.push(performance.now() - t0);
  nodeFindings = report.findings.map((f) => f.rule);
}

const browser = await launchWithExtension();
const popupTimes: number[] = [];
const frameGaps: number[] = [];
try {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  for (let i = 0; i < RUNS; i++) {
    const clear = page.getByRole('button', { name: 'Limpar' });
    if (await clear.count()) await clear.click();
    // In the page: time from the file input's change to the result on screen, and the longest gap between
    // animation frames meanwhile (a frozen UI thread shows as a long gap).
    // (A string, not a function: tsx would add helpers the page does not have.)
    await page.evaluate(`(() => {
      const w = window;
      w.bench = { start: 0, end: 0, maxGap: 0 };
      document.addEventListener('change', () => (w.bench.start = performance.now()), { capture: true, once: true });
      let last = performance.now();
      function frame(t) {
        w.bench.maxGap = Math.max(w.bench.maxGap, t - last);
        last = t;
        if (!document.querySelector('.result')) requestAnimationFrame(frame);
        else w.bench.end = performance.now();
      }
      requestAnimationFrame(frame);
    })()`);
    await page.setInputFiles('#arquivos', path);
    await page.locator('.result').waitFor({ timeout: 120_000 });
    await page.waitForFunction('window.bench.end > 0');
    const r = (await page.evaluate('window.bench')) as { start: number; end: number; maxGap: number };
    popupTimes.push(r.end - r.start);
    // Same work done: the popup shows as many findings as the peer found (no shortcut taken).
    const shown = await page.locator('.result .finding').count();
    if (shown !== nodeFindings.length)
      throw new Error(`popup mostrou ${shown} achados, o Node ${nodeFindings.length}: ${nodeFindings.join(', ')}`);
    frameGaps.push(r.maxGap);
  }
} finally {
  await browser.close();
}

const n = median(nodeTimes);
const p = median(popupTimes);
console.log(
  `Lote de ${(bytes.length / 1e6).toFixed(1)} MB (100 guias SP/SADT, ${contagem(nodeFindings.length, 'achado', 'achados')}: ${nodeFindings.join(', ') || 'nenhum'}), ${RUNS} execuções, medianas:`,
);
console.log(`  validateXml no Node (par)          ${n.toFixed(0).padStart(6)} ms`);
console.log(`  popup no Chromium (Web Worker)     ${p.toFixed(0).padStart(6)} ms   ${(p / n).toFixed(2)}× o par`);
console.log(`  maior intervalo entre quadros da UI durante a validação: ${median(frameGaps).toFixed(0)} ms (mediana)`);

// Production bundle sizes (what a user installs).
const build = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8' });
if (build.status !== 0) throw new Error(`wxt build falhou:\n${build.stderr}`);
const out = '.output/chrome-mv3';
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(js|css|html)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
console.log('Pacote de produção (.output/chrome-mv3):');
let total = 0;
for (const f of files(out).sort()) {
  const size = statSync(f).size;
  total += size;
  const gz = gzipSync(readFileSync(f)).length;
  console.log(
    `  ${relative(out, f).padEnd(44)} ${(size / 1024).toFixed(1).padStart(7)} kB  (gzip ${(gz / 1024).toFixed(1)} kB)`,
  );
}
console.log(`  total js/css/html ${(total / 1024).toFixed(1)} kB`);
