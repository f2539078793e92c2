// Admin authentication (Bearer token → actor) and authorisation (role at least viewer/editor/publisher).

import { createMiddleware } from 'hono/factory';
import type { DescribeRouteOptions } from 'hono-openapi';
import { can, ROLE_PT } from '../shared/roles.ts';
import type { AppEnv, Role } from './env.ts';
import { ApiError } from './errors.ts';
import { errorResponse, withSpec } from './openapi.ts';
import { clientIp, tooManyRequests, withinLimit } from './rate-limit.ts';
import { findActorByToken } from './store/tokens.ts';

/** 401 unless the request carries a valid, unrevoked token; sets `actor`. Too many failures from one IP: 429. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const actor = match ? await findActorByToken(c.env.DB, match[1]!) : null;
  if (!actor) {
    if (!(await withinLimit(c.env, 'AUTH_FAILURE_LIMITER', clientIp(c)))) throw tooManyRequests('AUTH_FAILURE_LIMITER');
    c.header('WWW-Authenticate', 'Bearer realm="tiss-preflight admin"');
    throw new ApiError(
      401,
      'unauthorized',
      match ? 'Token de acesso inválido ou revogado.' : 'Informe o token de acesso (Authorization: Bearer <token>).',
    );
  }
  c.set('actor', actor);
  await next();
});

/** 403 when the authenticated token's role is below `min`; the route's OpenAPI operation says so. */
export function requireRole(min: Role) {
  const check = createMiddleware<AppEnv>(async (c, next) => {
    const { role } = c.get('actor');
    if (!can(role, min))
      throw new ApiError(
        403,
        'forbidden',
        `Seu token tem perfil de ${ROLE_PT[role]}; esta ação exige perfil de ${ROLE_PT[min]}.`,
        { required: min, role },
      );
    await next();
  });
  return withSpec(check, {
    security: [{ bearer: [] }],
    'x-min-role': min,
    responses: { 401: errorResponse('Sem token ou token inválido'), 403: errorResponse(`Perfil abaixo de ${min}`) },
  } as DescribeRouteOptions);
}
