import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { describe } from '../openapi.ts';
import { operadorasWithSeed } from '../packs.ts';
import { healthSchema } from '../schemas.ts';
import { WORKER_VERSION } from '../version.ts';

export const healthRoutes = new Hono<AppEnv>().get(
  '/health',
  describe({ summary: 'Estado do serviço e número de pacotes publicados', response: healthSchema }),
  async (c) => {
    const packs = (await operadorasWithSeed(c.env)).length;
    return c.json({ status: 'ok' as const, version: WORKER_VERSION, packs });
  },
);
