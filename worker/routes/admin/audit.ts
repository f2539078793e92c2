import { Hono } from 'hono';
import { requireRole } from '../../auth.ts';
import type { AppEnv } from '../../env.ts';
import { validQuery } from '../../http.ts';
import { describe } from '../../openapi.ts';
import { auditPageSchema, auditQuerySchema } from '../../schemas.ts';
import { queryAudit } from '../../store/audit.ts';

export const auditRoutes = new Hono<AppEnv>().get(
  '/audit',
  describe({ summary: 'Registro de auditoria (filtros, paginado)', response: auditPageSchema }),
  requireRole('viewer'),
  validQuery(auditQuerySchema),
  async (c) => c.json(await queryAudit(c.env.DB, c.req.valid('query'))),
);
