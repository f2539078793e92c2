// No admin route answers without a valid token (401) or with a role below its minimum (403).
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../env.ts';
import app from '../index.ts';
import { routeList } from '../openapi.ts';
import { api, createToken, json, seedTestPack, TEST_ANS } from './helpers.ts';

const below: Record<Role, Role | null> = { viewer: null, editor: 'viewer', publisher: 'editor' };
// The routes the app serves, as their own descriptions declare them (worker/openapi.ts).
const adminRoutes = routeList(app).filter((r) => r.path.startsWith('/v1/admin'));

function concrete(path: string): string {
  return path.replace('{ans}', TEST_ANS).replace('{versao}', '1.0.0');
}

function request(r: (typeof adminRoutes)[number], token?: string) {
  const query = r.path.endsWith('/diff') ? '?from=1.0.0&to=1.0.0' : '';
  return api(`${concrete(r.path)}${query}`, {
    method: r.method.toUpperCase(),
    ...(token ? { token } : {}),
    headers: { 'if-match': '"x"' },
    ...(r.method === 'get' ? {} : { body: '{}' }),
  });
}

beforeEach(async () => {
  await seedTestPack();
});

describe('admin routes', () => {
  it('are all in the registry (me, operadoras, draft ×3, publish, versions ×2, diff, rollback, audit)', () => {
    expect(adminRoutes).toHaveLength(11);
  });

  for (const r of adminRoutes) {
    const name = `${r.method.toUpperCase()} ${r.path}`;
    it(`${name}: 401 without a token, with an unknown token and with a revoked one`, async () => {
      for (const token of [undefined, 'tpa_naoexiste']) {
        const res = await request(r, token);
        expect(res.status).toBe(401);
        expect(await json(res)).toMatchObject({ error: { code: 'unauthorized' } });
      }
      const revoked = await createToken('publisher', 'revogado');
      await env.DB.prepare("UPDATE tokens SET revoked_at = '2026-01-01' WHERE name = 'revogado'").run();
      expect((await request(r, revoked)).status).toBe(401);
    });

    const lower = below[r.role!];
    it(`${name}: ${lower ? `403 for ${lower}` : 'viewer is the lowest role'}, allowed for ${r.role}`, async () => {
      if (lower) {
        const res = await request(r, await createToken(lower));
        expect(res.status).toBe(403);
        expect(await json(res)).toMatchObject({
          error: { code: 'forbidden', details: { required: r.role, role: lower } },
        });
      }
      const allowed = await request(r, await createToken(r.role!));
      expect([401, 403]).not.toContain(allowed.status);
    });
  }
});
