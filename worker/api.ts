// The JSON API (every route but the docs and the console), chained so that its type carries each route's input and
// output: the admin console's client is Hono's hc<AppType> over it (admin/src/api/client.ts), so the console
// declares no response shape of its own. Its own module so that the console's type check does not pull in the
// console-serving route (worker/routes/admin-console.ts, Workers' Response type).
import { Hono } from 'hono';
import type { AppEnv } from './env.ts';
import { adminRoutes } from './routes/admin/index.ts';
import { healthRoutes } from './routes/health.ts';
import { publicPackRoutes } from './routes/public-packs.ts';
import { validateRoutes } from './routes/validate.ts';

export const api = new Hono<AppEnv>()
  .route('/', healthRoutes)
  .route('/v1', publicPackRoutes)
  .route('/v1', validateRoutes)
  .route('/v1/admin', adminRoutes);

export type AppType = typeof api;
