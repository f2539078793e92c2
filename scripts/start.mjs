// `npm start`: the worker locally (wrangler dev on 127.0.0.1:8787, local D1 kept in .wrangler/state, default packs
// seeded, test-only signing key). TypeScript runs through tsx.
import { spawn } from 'node:child_process';

const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
