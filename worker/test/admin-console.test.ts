// The admin console's static files under /admin/, with a strict CSP, single-page routes, and clean 404s.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import app from '../index.ts';

const files: Record<string, string> = {
  '/index.html': '<!doctype html><script type="module" src="/admin/assets/app.js"></script>',
  '/assets/app.js': 'console.log("console")',
};
const assets = {
  fetch: async (input: RequestInfo | URL) => {
    const path = new URL(input instanceof Request ? input.url : input).pathname;
    const body = files[path];
    return body
      ? new Response(body, { headers: { 'content-type': 'text/plain' } })
      : new Response('nope', { status: 404 });
  },
} as unknown as Fetcher;

const get = (path: string, withAssets = true) =>
  app.fetch(new Request(`http://x${path}`), withAssets ? { ...env, ASSETS: assets } : env);

describe('admin console assets', () => {
  it('serves index.html at /admin/ and for client-side routes, with a CSP that forbids inline scripts', async () => {
    for (const path of ['/admin/', '/admin/operadoras/331988']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('/admin/assets/app.js');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
    }
    expect((await get('/admin')).headers.get('location')).toBe('/admin/');
  });

  it('serves files under the /admin prefix and answers a missing file or a missing build with a JSON 404', async () => {
    expect(await (await get('/admin/assets/app.js')).text()).toContain('console');
    const missing = await get('/admin/assets/nao-existe.js');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not-found' } });
    expect((await get('/admin/', false)).status).toBe(404);
  });
});
