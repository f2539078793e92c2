// startWorker(): the edge worker under `wrangler dev` on 127.0.0.1:<free port>, with a fresh local D1 (migrations
// applied), the test-only signing key, and the default packs seeded (the first /health call seeds them).
// Used by the extension and admin e2e tests and by `npm start`.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyMigrations,
  bundleWorker,
  devConfig,
  executeSql,
  OFFLINE_ENV,
  ROOT,
  type Role,
  testSigningKey,
  tokenInsert,
  WRANGLER,
} from '../../../scripts/worker-local.ts';

export interface StartedWorker {
  url: string;
  /** Local D1/state directory of this worker. */
  stateDir: string;
  close(): Promise<void>;
}

export interface StartWorkerOptions {
  port?: number;
  /** Keep state here (e.g. `.wrangler/state` for `npm start`); default a fresh temporary directory, removed on close. */
  stateDir?: string;
  /** Extra [vars], e.g. ALLOWED_ORIGINS. */
  vars?: Record<string, string>;
  /** Print wrangler's output (default: only on failure). */
  verbose?: boolean;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev saiu com código ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev não respondeu em ${timeoutMs / 1000}s:\n${output()}`);
}

export async function startWorker(opts: StartWorkerOptions = {}): Promise<StartedWorker> {
  const temporary = !opts.stateDir;
  const stateDir = opts.stateDir ?? mkdtempSync(join(tmpdir(), 'tiss-worker-'));
  mkdirSync(stateDir, { recursive: true });
  // wrangler refuses to start when the assets directory is missing; the console build fills it.
  mkdirSync(join(ROOT, 'admin/dist'), { recursive: true });
  const key = testSigningKey();
  const envFile = join(stateDir, 'dev.vars');
  writeFileSync(envFile, `PACK_SIGNING_KEY=${key.secretKey}\nPACK_SIGNING_KEY_ID=${key.keyId}\n`, { mode: 0o600 });
  // Bundle once and serve that bundle: `wrangler dev` on the sources would reload (dropping requests) whenever a
  // source file changes while tests run.
  const bundleDir = join(stateDir, 'bundle');
  await Promise.all([applyMigrations({ local: true, persistTo: stateDir }), bundleWorker(bundleDir)]);

  const port = opts.port ?? (await freePort());
  const inspectorPort = await freePort();
  const vars = Object.entries(opts.vars ?? {}).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
  const child = spawn(
    WRANGLER,
    [
      'dev',
      '--config',
      devConfig(bundleDir),
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspectorPort),
      '--persist-to',
      stateDir,
      '--env-file',
      envFile,
      '--show-interactive-dev-session=false',
      '--log-level',
      'warn',
      ...vars,
    ],
    { cwd: ROOT, env: OFFLINE_ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let out = '';
  const collect = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000);
    if (opts.verbose) process.stderr.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${port}`;

  const close = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM'); // wrangler and the workerd it started
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null)
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
    }
    if (temporary) rmSync(stateDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, () => out);
  } catch (err) {
    await close();
    throw err;
  }
  return { url, stateDir, close };
}

/** A new admin token for this worker (stored hashed in its local D1); returns the token. */
export async function createToken(worker: StartedWorker, role: Role, name = `teste ${role}`): Promise<string> {
  const { token, sql } = await tokenInsert(role, name);
  await executeSql({ local: true, persistTo: worker.stateDir }, sql);
  return token;
}
