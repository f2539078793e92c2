// What the end-to-end tests load: the extension's test builds for Chrome and Firefox (localhost permissions, test
// signing key) and, once it exists, the admin console the worker serves as static assets.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['npx', ['wxt', 'build', '--mode', 'test']],
  ['npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'test']],
];
if (existsSync('admin/vite.config.ts')) steps.push(['npx', ['vite', 'build', '--config', 'admin/vite.config.ts']]);
for (const [cmd, args] of steps) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`falhou: ${cmd} ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}
