// npm run bench — every bench in one run (XML engine vs libxml2, rules per pack, the content script in
// Chromium), each printing its own report, then one table of their headline figures, each beside the peer
// measured in the same run, with the machine's load when it was measured (bench/support/summary.ts).
// The table is Markdown, to paste into the README with the command and the load. A bench that fails does not
// stop the others; the exit code says so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RecordedRow, SUMMARY_FILE_ENV } from './support/summary.ts';

const BENCHES = ['bench:xml', 'bench:rules', 'bench:ext'];

const dir = mkdtempSync(join(tmpdir(), 'tiss-bench-'));
const file = join(dir, 'summary.jsonl');
const load = () => loadavg()[0]!.toFixed(1);
const started = new Date();
const loadAtStart = load();
const failed: string[] = [];
for (const bench of BENCHES) {
  const r = spawnSync('npm', ['run', '--silent', bench], {
    stdio: 'inherit',
    env: { ...process.env, [SUMMARY_FILE_ENV]: file },
  });
  if (r.status !== 0) failed.push(`${bench} (exit ${r.status ?? r.signal})`);
}

let rows: RecordedRow[] = [];
try {
  rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as RecordedRow);
} catch {
  // no bench recorded a row
}
rmSync(dir, { recursive: true, force: true });

const cell = (s: string) => s.replaceAll('|', '\\|');
const mark = (met: boolean | undefined) => (met === undefined ? '' : met ? ' ✓' : ' ✗');
console.log('');
console.log(
  `## npm run bench — ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${cpus().length} CPUs, load average ${loadAtStart} at start, ${load()} at end`,
);
console.log('');
console.log('| bench | measure | ours | peer (same run) | ratio | goal | load |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${[r.bench, r.measure, r.ours, r.peer, r.ratio, `${r.goal}${mark(r.met)}`, r.load.toFixed(1)].map(cell).join(' | ')} |`,
  );
if (failed.length) {
  console.log(`\nFailed: ${failed.join(', ')}; their rows are missing above.`);
  process.exitCode = 1;
}
