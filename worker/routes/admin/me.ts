import { Hono } from 'hono';
import { requireRole } from '../../auth.ts';
import type { AppEnv } from '../../env.ts';
import { operadorasWithSeed } from '../../packs.ts';
import { listDraftKeys } from '../../store/drafts.ts';

export const meRoutes = new Hono<AppEnv>()
  .get('/me', requireRole('viewer'), (c) => c.json(c.get('actor')))
  .get('/operadoras', requireRole('viewer'), async (c) => {
    const [list, drafts] = await Promise.all([operadorasWithSeed(c.env), listDraftKeys(c.env.DB)]);
    return c.json({ operadoras: list.map((o) => ({ ...o, temRascunho: drafts.has(o.ans) })) });
  });
