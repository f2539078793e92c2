// Public pack distribution: the index of operadoras, each one's signed pack (ETag/304), the public keys.
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { notFound } from '../errors.ts';
import { matchesEtag, validAns, validQuery } from '../http.ts';
import { describe } from '../openapi.ts';
import { currentPublication, operadorasWithSeed } from '../packs.ts';
import { envelopeSchema, keysSchema, operadorasSchema, packQuerySchema } from '../schemas.ts';
import { publicKeys } from '../signing.ts';
import { findPublication } from '../store/publications.ts';

export const publicPackRoutes = new Hono<AppEnv>()
  .get(
    '/operadoras',
    describe({ summary: 'Operadoras com pacote publicado', response: operadorasSchema }),
    async (c) => {
      const list = await operadorasWithSeed(c.env);
      return c.json({ operadoras: list.map(({ publicadoPor: _by, ...o }) => o) });
    },
  )
  .get(
    '/operadoras/:ans/pack',
    describe({ summary: 'Pacote de regras assinado (ETag; If-None-Match → 304)', response: envelopeSchema }),
    validQuery(packQuerySchema),
    validAns,
    async (c) => {
      const { ans } = c.req.valid('param');
      const { versao } = c.req.valid('query');
      const pub = versao ? await findPublication(c.env.DB, ans, versao) : await currentPublication(c.env, ans);
      if (!pub) throw notFound(`Versão ${versao} do pacote da operadora ${ans}`);
      c.header('ETag', pub.etag);
      // Not immutable, even with ?versao=: a rollback republishes that version with a new sequence and signature, so
      // every answer is revalidated (cheaply, with 304s).
      c.header('Cache-Control', 'public, max-age=300');
      if (matchesEtag(c.req.header('if-none-match'), pub.etag)) return c.body(null, 304);
      return c.json(pub.envelope);
    },
  )
  .get('/keys', describe({ summary: 'Chaves públicas Ed25519 das assinaturas', response: keysSchema }), async (c) =>
    c.json({ keys: await publicKeys(c.env) }),
  );
