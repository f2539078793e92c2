// Public API as the extension uses it: index of packs, signed packs with ETag/304, keys, CORS, OpenAPI.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { verifyPackEnvelope } from '../../shared/signing/pack-envelope.ts';
import { TEST_KEYS } from '../../shared/signing/trusted-keys.ts';
import { defaultPacks } from '../default-packs.ts';
import app from '../index.ts';
import { routeList } from '../openapi.ts';
import { api, json, seedTestPack, TEST_ANS } from './helpers.ts';

describe('GET /health', () => {
  it('reports the version and how many packs are published, and nothing secret', async () => {
    const res = await api('/health');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toEqual({ status: 'ok', version: expect.any(String), packs: defaultPacks.length });
    expect(JSON.stringify(body)).not.toContain(env.PACK_SIGNING_KEY);
  });
});

describe('GET /v1/operadoras', () => {
  it('seeds the default packs on first use and lists each with its version and date', async () => {
    const res = await api('/v1/operadoras');
    expect(res.status).toBe(200);
    const { operadoras } = await json<{ operadoras: { ans: string; versao: string; sequence: number }[] }>(res);
    expect(operadoras.map((o) => o.ans).sort()).toEqual(defaultPacks.map((p) => p.operadora.chave).sort());
    for (const o of operadoras)
      expect(o).toMatchObject({ sequence: 1, nome: expect.any(String), atualizadoEm: expect.any(String) });
  });
});

describe('GET /v1/operadoras/:ans/pack', () => {
  it('returns the signed envelope, which verifies with the bundled test key', async () => {
    await seedTestPack();
    const res = await api(`/v1/operadoras/${TEST_ANS}/pack`);
    expect(res.status).toBe(200);
    const envelope = await json(res);
    expect(envelope).toMatchObject({ ans: TEST_ANS, sequence: 1, keyId: 'test-only-2026' });
    expect(await verifyPackEnvelope(envelope, TEST_KEYS)).toEqual({ ok: true });
    const tampered = structuredClone(envelope) as { pack: { regras: { options: { max: number } }[] } };
    tampered.pack.regras[0]!.options.max = 500;
    expect(await verifyPackEnvelope(tampered, TEST_KEYS)).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('sends an ETag and Cache-Control, and 304 without a body for If-None-Match', async () => {
    await seedTestPack();
    const first = await api(`/v1/operadoras/${TEST_ANS}/pack`);
    const etag = first.headers.get('etag');
    expect(etag).toBe(`"${TEST_ANS}.1"`);
    expect(first.headers.get('cache-control')).toContain('max-age=');
    const again = await api(`/v1/operadoras/${TEST_ANS}/pack`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await api(`/v1/operadoras/${TEST_ANS}/pack`, { headers: { 'if-none-match': '"999001.0"' } });
    expect(other.status).toBe(200);
  });

  it('serves an old version by ?versao, revalidated (a rollback republishes it); unknown operadora or version is a 404 with a code', async () => {
    await seedTestPack();
    const res = await api(`/v1/operadoras/${TEST_ANS}/pack?versao=1.0.0`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const missing = await api(`/v1/operadoras/${TEST_ANS}/pack?versao=9.9.9`);
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ error: { code: 'not-found' } });
    expect((await api('/v1/operadoras/123456/pack')).status).toBe(404);
    const badVersion = await api(`/v1/operadoras/${TEST_ANS}/pack?versao=latest`);
    expect(badVersion.status).toBe(400);
    expect(await json(badVersion)).toMatchObject({ error: { code: 'invalid-request' } });
    for (const path of [
      '/v1/operadoras/..%2F..%2Fetc/pack',
      '/v1/operadoras/%ZZ/pack',
      `/v1/operadoras/${'9'.repeat(200)}/pack`,
    ]) {
      const res = await api(path);
      expect([400, 404], path).toContain(res.status);
      expect(await json(res)).toMatchObject({ error: { code: expect.any(String) } });
    }
  });
});

describe('GET /v1/keys', () => {
  it('publishes the public half of the signing key, the one the test builds trust', async () => {
    const { keys } = await json<{ keys: unknown[] }>(await api('/v1/keys'));
    expect(keys).toEqual([...TEST_KEYS]);
  });

  it('answers 503 with a code when the deployment has no signing key', async () => {
    const res = await app.fetch(new Request('http://x/v1/keys'), { ...env, PACK_SIGNING_KEY: undefined });
    expect(res.status).toBe(503);
    expect(await json(res)).toMatchObject({ error: { code: 'signing-key-missing' } });
  });
});

describe('CORS', () => {
  const ext = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
  it('allows the configured extension origins and any Firefox extension', async () => {
    const res = await api('/v1/operadoras', { headers: { origin: ext } });
    expect(res.headers.get('access-control-allow-origin')).toBe(ext);
    const ff = await api('/v1/keys', { headers: { origin: 'moz-extension://1b2c3d4e-0000-4000-8000-000000000000' } });
    expect(ff.headers.get('access-control-allow-origin')).toBe('moz-extension://1b2c3d4e-0000-4000-8000-000000000000');
    const preflight = await api('/v1/validate', {
      method: 'OPTIONS',
      headers: { origin: ext, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ext);
  });

  it('gives no CORS headers to web pages, other extensions, or on admin routes', async () => {
    for (const origin of ['https://evil.example', 'chrome-extension://otherextensionidotherextensionid']) {
      const res = await api('/v1/operadoras', { headers: { origin } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    const admin = await api('/v1/admin/me', {
      headers: { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' },
    });
    expect(admin.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('OpenAPI and docs', () => {
  it('documents every route the app serves, and only those', async () => {
    const doc = await json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      await api('/v1/openapi.json'),
    );
    expect(doc.openapi).toBe('3.1.0');
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && !r.path.startsWith('/admin'))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)),
    );
    expect([...documented].sort()).toEqual([...served].sort());
    const routeDocs = routeList(app);
    expect(routeDocs.length).toBe(documented.size);
    const publish = doc.paths['/v1/admin/operadoras/{ans}/publish']!.post as { responses: Record<string, unknown> };
    expect(Object.keys(publish.responses)).toEqual(expect.arrayContaining(['201', '401', '403', '412', '428']));
  });

  it('says what the routes check: path, query and body schemas from their validators, If-Match, role', async () => {
    type Op = {
      parameters?: { name: string; in: string; required?: boolean; schema: { pattern?: string } }[];
      requestBody?: { required: boolean; content: Record<string, { schema: { required?: string[] } }> };
      'x-min-role'?: string;
    };
    const doc = await json<{ paths: Record<string, Record<string, Op>> }>(await api('/v1/openapi.json'));
    const adm = '/v1/admin/operadoras/{ans}';
    const put = doc.paths[`${adm}/draft`]!.put!;
    expect(put['x-min-role']).toBe('editor');
    expect(put.parameters!.map((p) => `${p.in} ${p.name}`)).toEqual(['path ans', 'header If-Match']);
    const ans = new RegExp(put.parameters![0]!.schema.pattern!);
    expect([ans.test('331988'), ans.test('x'), ans.test('a/b')]).toEqual([true, false, false]);
    expect(put.requestBody).toMatchObject({ required: true });
    expect(put.requestBody!.content['application/json']!.schema.required).toEqual(['pack']);
    // readJson reads an empty body as {}, so the saved draft is validated when no pack is sent
    expect(doc.paths[`${adm}/draft/validate`]!.post!.requestBody!.required).toBe(false);
    const version = doc.paths[`${adm}/versions/{versao}`]!.get!;
    const versao = new RegExp(version.parameters!.find((p) => p.name === 'versao')!.schema.pattern!);
    expect([versao.test('1.2.0'), versao.test('1.2')]).toEqual([true, false]);
    const audit = doc.paths['/v1/admin/audit']!.get!;
    expect(audit.parameters!.map((p) => p.name)).toEqual(['ans', 'actor', 'action', 'since', 'limit', 'cursor']);
  });

  it('has a human page listing the routes', async () => {
    const res = await api('/v1/docs');
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('/v1/admin/operadoras/{ans}/rollback');
    expect(html).toContain('/v1/openapi.json');
  });

  it('unknown routes are JSON 404s with a code', async () => {
    const res = await api('/v2/nada');
    expect(res.status).toBe(404);
    expect(await json(res)).toMatchObject({ error: { code: 'not-found', message: expect.any(String) } });
  });
});
