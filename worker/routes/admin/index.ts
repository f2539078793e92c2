// Every admin route sits behind the token check (401) and states its minimum role (403).
import { Hono } from 'hono';
import { authenticate } from '../../auth.ts';
import type { AppEnv } from '../../env.ts';
import { auditRoutes } from './audit.ts';
import { draftRoutes } from './drafts.ts';
import { historyRoutes } from './history.ts';
import { meRoutes } from './me.ts';
import { publishRoutes } from './publish.ts';

export const adminRoutes = new Hono<AppEnv>()
  .use('*', authenticate)
  .route('/', meRoutes)
  .route('/', draftRoutes)
  .route('/', publishRoutes)
  .route('/', historyRoutes)
  .route('/', auditRoutes);
