// Every refused admin request (401, 403, 400, 404, 409, 412, 422, 428…) leaves an audit entry: who (the token's
// name when it was valid), what route, which status and code, from which IP. Never the token or the body.
// 429s are not written: the rate limits are what bound how many of these entries a client can cause.
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../env.ts';
import { ApiError } from '../../errors.ts';
import { clientIp } from '../../rate-limit.ts';
import { ansSchema } from '../../schemas.ts';
import { auditStatement } from '../../store/audit.ts';

export const auditRefusals = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const status = c.res.status;
  if (status < 400 || status >= 500 || status === 429) return;
  const actor = c.get('actor');
  const ans = c.req.param('ans');
  await auditStatement(c.env.DB, {
    at: new Date().toISOString(),
    actor: actor ?? { name: 'desconhecido', role: null },
    action: status === 401 ? 'auth.failed' : 'admin.refused',
    ...(ans && ansSchema.safeParse(ans).success ? { ans } : {}),
    detail: {
      status,
      code: c.error instanceof ApiError ? c.error.code : null,
      method: c.req.method,
      route: c.req.routePath,
      ip: clientIp(c),
    },
  }).run();
});
