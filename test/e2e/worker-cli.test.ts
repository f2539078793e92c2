// The worker as a support team runs it: `wrangler dev` with local D1 (startWorker), tokens and packs managed with
// `npm run admin`, signed packs served to clients, a short load run, and `wrangler deploy --dry-run`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_ENV, ROOT, WRANGLER } from '../../scripts/worker-local.ts';
import pasa from '../../shared/packs/331988.json';
import { verifyPackEnvelope } from '../../shared/signing/pack-envelope.ts';
import { TEST_KEYS } from '../../shared/signing/trusted-keys.ts';
import { createToken, type StartedWorker, startWorker } from './support/worker.ts';

const ANS = '331988';
let worker: StartedWorker;
let dir: string;

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...OFFLINE_ENV, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** fetch that retries once when the server had closed an idle keep-alive socket (wrangler dev does after ~5 s). */
async function get(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(`${worker.url}${path}`, init);
  } catch {
    return fetch(`${worker.url}${path}`, init);
  }
}

const admin = (args: string[]) => run('scripts/admin.ts', [...args, '--url', worker.url]);

async function envelope() {
  return (await (await get(`/v1/operadoras/${ANS}/pack`)).json()) as {
    sequence: number;
    pack: { versao: string; vigencia: string };
  };
}

beforeAll(async () => {
  worker = await startWorker();
  dir = mkdtempSync(join(tmpdir(), 'tiss-cli-'));
});
afterAll(async () => {
  await worker?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('worker under wrangler dev', () => {
  it('starts with the default packs seeded and signed with the test key', async () => {
    const health = (await (await get('/health')).json()) as { packs: number };
    expect(health.packs).toBe(4);
    expect(await verifyPackEnvelope(await envelope(), TEST_KEYS)).toEqual({ ok: true });
  });

  it('admin CLI: token create (shown once), pack push + publish, history, rollback', async () => {
    const created = admin([
      'token',
      'create',
      '--role',
      'publisher',
      '--name',
      'suporte PASA',
      '--persist-to',
      worker.stateDir,
    ]);
    expect(created.status, created.out).toBe(0);
    const token = /tpa_[A-Za-z0-9_-]+/.exec(created.out)?.[0];
    expect(token).toBeDefined();
    const me = await get('/v1/admin/me', { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ name: 'suporte PASA', role: 'publisher' });
    const audit = await get('/v1/admin/audit?action=token.create', { headers: { authorization: `Bearer ${token}` } });
    const { items } = (await audit.json()) as { items: { detail: { name: string; role: string } }[] };
    expect(items.map((i) => i.detail)).toContainEqual(
      expect.objectContaining({ name: 'suporte PASA', role: 'publisher' }),
    );
    expect(JSON.stringify(items)).not.toContain(token!);

    const file = join(dir, `${ANS}.json`);
    writeFileSync(file, JSON.stringify({ ...pasa, vigencia: '2026-12-01' }));
    const pushed = admin(['pack', 'push', file, '--publish', '--note', 'nova vigência', '--token', token!]);
    expect(pushed.status, pushed.out).toBe(0);
    expect(pushed.out).toContain('Publicado: 331988 versão 1.0.1');
    expect(await envelope()).toMatchObject({ sequence: 2, pack: { versao: '1.0.1', vigencia: '2026-12-01' } });

    const history = admin(['pack', 'history', ANS, '--token', token!]);
    expect(history.status, history.out).toBe(0);
    expect(history.out).toMatch(/\* 1\.0\.1 .*nova vigência/);
    expect(history.out).toMatch(/ {2}1\.0\.0 .*seed/);

    const rolled = admin(['pack', 'rollback', ANS, '1.0.0', '--token', token!]);
    expect(rolled.status, rolled.out).toBe(0);
    const after = await envelope();
    expect(after).toMatchObject({ sequence: 3, pack: { versao: '1.0.0', vigencia: pasa.vigencia } });
    expect(await verifyPackEnvelope(after, TEST_KEYS)).toEqual({ ok: true });

    const bad = join(dir, 'ruim.json');
    writeFileSync(bad, JSON.stringify({ ...pasa, vigencia: '01/12/2026' }));
    const refused = admin(['pack', 'push', bad, '--publish', '--note', 'x', '--token', token!]);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('erro vigencia');
    expect(refused.out).toContain('não foi publicado');
    expect((await envelope()).sequence).toBe(3);
  });

  it('answers the next request after refusing a publish whose body it never read (keep-alive not stalled)', async () => {
    const token = await createToken(worker, 'editor', 'editor sem permissão de publicar');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': `"${ANS}.1"` };
    for (let i = 0; i < 3; i++) {
      const refused = await get(`/v1/admin/operadoras/${ANS}/publish`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ note: 'x'.repeat(20_000), versao: '9.9.9' }),
      });
      expect(refused.status).toBe(403);
      await refused.text();
      // Before the fix, this request on the reused connection hung until the client gave up.
      const next = await fetch(`${worker.url}/v1/operadoras/${ANS}/pack`, { signal: AbortSignal.timeout(8_000) });
      expect(next.status).toBe(200);
      await next.text();
    }
  });

  it('admin CLI explains a bad token without a stack trace', () => {
    const denied = admin(['pack', 'history', ANS, '--token', 'tpa_errado']);
    expect(denied.status).toBe(1);
    expect(denied.out).toContain('[unauthorized]');
    expect(denied.out).not.toContain('    at ');
  });

  it('admin CLI says when no server answers at --url, without a stack trace', () => {
    // Port 9 (discard) has no listener here: the connection is refused at once.
    const r = run('scripts/admin.ts', ['pack', 'history', ANS, '--token', 'tpa_x', '--url', 'http://127.0.0.1:9']);
    expect(r.status).toBe(1);
    expect(r.out).toContain('Não foi possível falar com o servidor http://127.0.0.1:9. Ele está rodando?');
    expect(r.out).not.toContain('    at ');
  });

  it('npm run load (short run): zero errors, p50/p99 printed', () => {
    const load = run('scripts/load.ts', [
      '--url',
      worker.url,
      '--requests',
      '120',
      '--concurrency',
      '10',
      '--validate-every',
      '20',
    ]);
    expect(load.status, load.out).toBe(0);
    expect(load.out).toContain('zero errors');
    expect(load.out).toMatch(/pack 304 .*p50=[\d.]+ ms {2}p99=[\d.]+ ms/);
  });
});

describe('deployment', () => {
  it('wrangler deploy --dry-run bundles the worker with the committed wrangler.toml', () => {
    const r = spawnSync(WRANGLER, ['deploy', '--dry-run', '--outdir', join(dir, 'bundle')], {
      cwd: ROOT,
      env: OFFLINE_ENV,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/DB.*tiss-preflight/s);
  });
});
