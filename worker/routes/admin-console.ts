// The admin console (admin/dist) under /admin/, from the ASSETS binding, with a strict CSP: scripts, styles and
// API calls only from this origin, no framing. Unknown paths without a file extension get index.html (SPA).
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';

export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function withSecurityHeaders(res: Response): Response {
  const out = new Response(res.body, res);
  out.headers.set('Content-Security-Policy', CONSOLE_CSP);
  out.headers.set('X-Content-Type-Options', 'nosniff');
  out.headers.set('Referrer-Policy', 'no-referrer');
  out.headers.set('X-Frame-Options', 'DENY');
  return out;
}

export const consoleRoutes = new Hono<AppEnv>()
  .get('/admin', (c) => c.redirect('/admin/', 301))
  .get('/admin/*', async (c) => {
    const assets = c.env.ASSETS;
    if (!assets) throw notFound('Console de administração (admin/dist não publicado)');
    const url = new URL(c.req.url);
    const rest = url.pathname.slice('/admin'.length);
    // Client-side routes (no file extension) all get the single page; wrangler.toml sets html_handling = "none".
    const path = /\.[a-z0-9]+$/i.test(rest) ? rest : '/index.html';
    const res = await assets.fetch(new URL(path, url.origin));
    if (res.status === 404) throw notFound(`Arquivo ${path} do console`);
    return withSecurityHeaders(res);
  });
