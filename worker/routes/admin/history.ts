// Version history, one version with its signed envelope, and the diff between two versions.
import { Hono } from 'hono';
import { diffPacks } from '../../../shared/pack-diff.ts';
import { requireRole } from '../../auth.ts';
import type { AppEnv } from '../../env.ts';
import { notFound } from '../../errors.ts';
import { validAns, validQuery, validVersao } from '../../http.ts';
import { describe } from '../../openapi.ts';
import { currentPublication } from '../../packs.ts';
import { diffQuerySchema, diffSchema, versionSchema, versionsSchema } from '../../schemas.ts';
import { findPublication, listPublications } from '../../store/publications.ts';

export const historyRoutes = new Hono<AppEnv>()
  .get(
    '/operadoras/:ans/versions',
    describe({ summary: 'Histórico de publicações', response: versionsSchema }),
    requireRole('viewer'),
    validAns,
    async (c) => {
      const { ans } = c.req.valid('param');
      const { envelope: _e, ...current } = await currentPublication(c.env, ans);
      return c.json({ current, versions: await listPublications(c.env.DB, ans) });
    },
  )
  .get(
    '/operadoras/:ans/versions/:versao',
    describe({ summary: 'Uma versão publicada com o envelope assinado', response: versionSchema }),
    requireRole('viewer'),
    validAns,
    validVersao,
    async (c) => {
      const { ans, versao } = c.req.valid('param');
      const pub = await findPublication(c.env.DB, ans, versao);
      if (!pub) throw notFound(`Versão ${versao} da operadora ${ans}`);
      return c.json(pub);
    },
  )
  .get(
    '/operadoras/:ans/diff',
    describe({ summary: 'Diferenças entre duas versões', response: diffSchema }),
    requireRole('viewer'),
    validQuery(diffQuerySchema),
    validAns,
    async (c) => {
      const { ans } = c.req.valid('param');
      const { from, to } = c.req.valid('query');
      const [a, b] = await Promise.all([findPublication(c.env.DB, ans, from), findPublication(c.env.DB, ans, to)]);
      if (!a) throw notFound(`Versão ${from} da operadora ${ans}`);
      if (!b) throw notFound(`Versão ${to} da operadora ${ans}`);
      const { versao: _va, ...packA } = a.envelope.pack;
      const { versao: _vb, ...packB } = b.envelope.pack;
      return c.json({ from, to, changes: diffPacks(packA, packB) });
    },
  );
