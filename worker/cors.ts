// CORS for the public API: only the extension origins listed in ALLOWED_ORIGINS (exact origins, or
// "chrome-extension://*" / "moz-extension://*" for any id of that scheme). Web pages get no CORS headers.
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.ts';

export function originAllowed(origin: string, allowedList: string | undefined): boolean {
  const allowed = (allowedList ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return allowed.some((pattern) =>
    pattern.endsWith('://*')
      ? origin.startsWith(pattern.slice(0, -1)) && origin.length > pattern.length - 1
      : origin === pattern,
  );
}

export const extensionCors = createMiddleware<AppEnv>((c, next) =>
  cors({
    origin: (origin) => (origin && originAllowed(origin, c.env.ALLOWED_ORIGINS) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'If-None-Match'],
    exposeHeaders: ['ETag'],
    maxAge: 86400,
  })(c, next),
);
