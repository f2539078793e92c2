// One typecheck over the three worlds: node (shared, scripts, tests), browser (extension), worker.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const projects = ['tsconfig.json', 'extension/tsconfig.json', 'worker/tsconfig.json', 'admin/tsconfig.json'].filter(
  (p) => existsSync(p),
);
let failed = 0;
for (const p of projects) {
  const r = spawnSync('npx', ['tsc', '-p', p, '--noEmit'], { stdio: 'inherit' });
  console.log(`${r.status === 0 ? 'ok  ' : 'FAIL'} tsc -p ${p}`);
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
