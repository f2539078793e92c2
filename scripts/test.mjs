// `npm test`: build what the end-to-end tests load (the test build of the extension, with localhost
// permissions), run every vitest project, then print the closing line CI reads: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = {
  ...process.env,
  NO_COLOR: '1',
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};
const extra = process.argv.slice(2);

function run(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
}

let buildFailures = 0;
if (!process.env.SKIP_BUILD) {
  if (run('npm', ['run', '--silent', 'build:test']) !== 0) buildFailures++;
}

const outDir = join(tmpdir(), `tiss-preflight-vitest-${process.pid}`);
mkdirSync(outDir, { recursive: true });
const jsonFile = join(outDir, 'results.json');
const status = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${jsonFile}`,
  ...extra,
]);

let passed = 0;
let failed = buildFailures;
try {
  const results = JSON.parse(readFileSync(jsonFile, 'utf8'));
  passed = results.numPassedTests;
  failed += results.numFailedTests;
  // A file that failed to load has no failed test but is a failure all the same.
  failed += results.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} catch {
  failed += 1; // no report at all: vitest itself broke
}
if (status !== 0 && failed === 0) failed = 1;
rmSync(outDir, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
