// Node-side helpers around wrangler for a local worker: apply the D1 migrations, run SQL against the local (or
// remote) D1, build the SQL that creates an admin token. Used by the admin CLI, startWorker() and `npm start`.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newToken, sha256Hex } from '../worker/token-hash.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WRANGLER = fileURLToPath(new URL('../node_modules/.bin/wrangler', import.meta.url));
/** Name of the D1 database in wrangler.toml. */
export const DB_NAME = 'tiss-preflight';

/** Wrangler with no network: no metrics, no banner, no fetches to Cloudflare. */
export const OFFLINE_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
};

export type D1Target = { local: true; persistTo?: string } | { local: false };

function targetArgs(target: D1Target): string[] {
  if (!target.local) return ['--remote'];
  return ['--local', ...(target.persistTo ? ['--persist-to', target.persistTo] : [])];
}

function wrangler(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(WRANGLER, args, { cwd: ROOT, env: OFFLINE_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`wrangler ${args.slice(0, 3).join(' ')} falhou:\n${out}`)),
    );
  });
}

/**
 * A copy of wrangler.toml that serves an already built bundle (no_bundle) instead of the sources, with its
 * relative paths made absolute; written next to the bundle. Everything else (bindings, dates) stays as committed.
 */
export function devConfig(bundleDir: string): string {
  return localConfig(
    bundleDir,
    'wrangler.dev.toml',
    `main = ${JSON.stringify(join(bundleDir, 'index.js'))}\nno_bundle = true`,
  );
}

/**
 * wrangler.toml with relative paths made absolute and without its [build] step: tests and `npm start` build the
 * console once themselves, and a vite build on every worker start (or two at once) is what they must avoid.
 */
function localConfig(dir: string, name: string, main: string): string {
  let toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8');
  const replacements: [RegExp, string][] = [
    [/^\[build\]\n(?:[^[\n].*\n)*/m, ''],
    [/^main = .*$/m, main],
    [/^directory = "(.*)"$/m, `directory = ${JSON.stringify(join(ROOT, 'admin/dist'))}`],
    [/^migrations_dir = "(.*)"$/m, `migrations_dir = ${JSON.stringify(join(ROOT, 'migrations'))}`],
  ];
  for (const [pattern, value] of replacements) {
    if (!pattern.test(toml)) throw new Error(`wrangler.toml mudou: não achei ${pattern}`);
    toml = toml.replace(pattern, value);
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, toml);
  return file;
}

/** The deployable bundle (what `wrangler deploy` would upload) in `outDir`, built without any network. */
export async function bundleWorker(outDir: string): Promise<void> {
  const config = localConfig(outDir, 'wrangler.build.toml', `main = ${JSON.stringify(join(ROOT, 'worker/index.ts'))}`);
  await wrangler(['deploy', '--dry-run', '--config', config, '--outdir', outDir]);
}

export async function applyMigrations(target: D1Target): Promise<void> {
  await wrangler(['d1', 'migrations', 'apply', DB_NAME, ...targetArgs(target)]);
}

export async function executeSql(target: D1Target, sql: string): Promise<void> {
  await wrangler(['d1', 'execute', DB_NAME, ...targetArgs(target), '--yes', '--command', sql]);
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

import type { Role } from '../shared/roles.ts';

export { ROLES, type Role } from '../shared/roles.ts';

/** A new token and the SQL that stores its hash (plus the audit entry); the token itself is never stored. */
export async function tokenInsert(role: Role, name: string): Promise<{ token: string; sql: string }> {
  const token = newToken();
  const at = new Date().toISOString();
  const id = crypto.randomUUID();
  const sql = [
    `INSERT INTO tokens (id, name, role, hash, created_at) VALUES (${[id, name, role, await sha256Hex(token), at].map(sqlText).join(', ')})`,
    `INSERT INTO audit (at, actor, role, action, detail) VALUES (${sqlText(at)}, 'linha de comando', NULL, 'token.create', ${sqlText(JSON.stringify({ name, role, tokenId: id }))})`,
  ].join('; ');
  return { token, sql };
}

export interface TestSigningKey {
  keyId: string;
  secretKey: string;
  publicKey: string;
}

/** The committed TEST-ONLY key pair (test/keys/): signs packs in tests and `npm start`, never in production. */
export function testSigningKey(): TestSigningKey {
  return JSON.parse(readFileSync(new URL('../test/keys/TEST-ONLY-signing-key.json', import.meta.url), 'utf8'));
}
