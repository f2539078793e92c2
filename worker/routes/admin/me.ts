import { Hono } from 'hono';
import { requireRole } from '../../auth.ts';
import type { AppEnv } from '../../env.ts';
import { describe } from '../../openapi.ts';
import { operadorasWithSeed } from '../../packs.ts';
import { adminOperadorasSchema, meSchema } from '../../schemas.ts';
import { listDraftKeys } from '../../store/drafts.ts';

export const meRoutes = new Hono<AppEnv>()
  .get('/me', describe({ summary: 'Quem é o dono do token', response: meSchema }), requireRole('viewer'), (c) =>
    c.json(c.get('actor')),
  )
  .get(
    '/operadoras',
    describe({ summary: 'Operadoras, versão atual, quem publicou, se há rascunho', response: adminOperadorasSchema }),
    requireRole('viewer'),
    async (c) => {
      const [list, drafts] = await Promise.all([operadorasWithSeed(c.env), listDraftKeys(c.env.DB)]);
      return c.json({ operadoras: list.map((o) => ({ ...o, temRascunho: drafts.has(o.ans) })) });
    },
  );
