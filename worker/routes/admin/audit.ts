import { Hono } from 'hono';
import { requireRole } from '../../auth.ts';
import type { AppEnv } from '../../env.ts';
import { validQuery } from '../../http.ts';
import { auditQuerySchema } from '../../schemas.ts';
import { queryAudit } from '../../store/audit.ts';

export const auditRoutes = new Hono<AppEnv>().get(
  '/audit',
  requireRole('viewer'),
  validQuery(auditQuerySchema),
  async (c) => c.json(await queryAudit(c.env.DB, c.req.valid('query'))),
);
