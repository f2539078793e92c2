// Every admin route sits behind the per-IP limit (429), the token check (401) and states its minimum role (403);
// every refusal is audited.
import { Hono } from 'hono';
import { authenticate } from '../../auth.ts';
import type { AppEnv } from '../../env.ts';
import { rateLimit } from '../../rate-limit.ts';
import { auditRoutes } from './audit.ts';
import { draftRoutes } from './drafts.ts';
import { historyRoutes } from './history.ts';
import { meRoutes } from './me.ts';
import { publishRoutes } from './publish.ts';
import { auditRefusals } from './refusals.ts';

export const adminRoutes = new Hono<AppEnv>()
  .use('*', rateLimit('ADMIN_LIMITER'))
  .use('*', auditRefusals)
  .use('*', authenticate)
  .route('/', meRoutes)
  .route('/', draftRoutes)
  .route('/', publishRoutes)
  .route('/', historyRoutes)
  .route('/', auditRoutes);
