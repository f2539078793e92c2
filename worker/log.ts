// One log line per request: method, route pattern, status, duration. Never the query string, headers or body:
// validated XML and everything in it (beneficiary data) must not reach the logs.
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.ts';

export const requestLog = createMiddleware<AppEnv>(async (c, next) => {
  const started = Date.now();
  await next();
  console.log(`${c.req.method} ${c.req.routePath} ${c.res.status} ${Date.now() - started}ms`);
});
