// Publish the draft and roll back to an older version: both If-Match on the current publication (412 when
// someone else published in between), both a new signed publication with the next sequence.
import { Hono } from 'hono';
import { bumpVersion, compareSemver, maxSemver } from '../../../shared/semver.ts';
import { requireRole } from '../../auth.ts';
import type { AppEnv } from '../../env.ts';
import { ApiError, notFound } from '../../errors.ts';
import { ifMatch, jsonWithEtag, matchesEtag, validAns, validJson } from '../../http.ts';
import { describe } from '../../openapi.ts';
import { checkPackFor } from '../../pack-check.ts';
import { currentPublication } from '../../packs.ts';
import { nomeOf, publishPack, staleVersion } from '../../publishing.ts';
import { publicationSchema, publishSchema, rollbackSchema } from '../../schemas.ts';
import { findDraft } from '../../store/drafts.ts';
import { findPublication, listPublications } from '../../store/publications.ts';

/** The current publication, which the If-Match of a publish or rollback must name (412 otherwise). */
async function currentNamedBy(env: AppEnv['Bindings'], ans: string, ifMatchHeader: string) {
  const current = await currentPublication(env, ans);
  if (!matchesEtag(ifMatchHeader, current.etag)) throw await staleVersion(env, ans);
  return current;
}

export const publishRoutes = new Hono<AppEnv>()
  .post(
    '/operadoras/:ans/publish',
    describe({
      summary: 'Publica o rascunho (If-Match = etag da publicação atual; 412 se outra pessoa publicou)',
      response: publicationSchema,
      status: 201,
    }),
    requireRole('publisher'),
    validAns,
    ifMatch,
    validJson(publishSchema),
    async (c) => {
      const { ans } = c.req.valid('param');
      const body = c.req.valid('json');
      const current = await currentNamedBy(c.env, ans, c.req.valid('header')['if-match']);
      const draft = await findDraft(c.env.DB, ans);
      if (!draft)
        throw new ApiError(409, 'no-draft', 'Não há rascunho salvo para publicar: salve o rascunho primeiro.');
      const checked = checkPackFor(ans, draft.pack);
      if (!checked.ok)
        throw new ApiError(422, 'invalid-pack', 'O rascunho tem erros; corrija-os antes de publicar.', {
          errors: checked.errors,
        });
      const latest = maxSemver((await listPublications(c.env.DB, ans)).map((p) => p.versao)) ?? current.versao;
      const draftVersao = checked.pack.versao.split('-')[0]!;
      const versao =
        body.versao ?? (compareSemver(draftVersao, latest) > 0 ? draftVersao : bumpVersion(latest, 'patch'));
      if (compareSemver(versao, latest) <= 0)
        throw new ApiError(
          422,
          'invalid-version',
          `A versão ${versao} não é maior que a última publicada (${latest}); use ${bumpVersion(latest, 'patch')} ou maior.`,
          { latest, suggested: bumpVersion(latest, 'patch') },
        );
      const publication = await publishPack(c.env, {
        ans,
        nome: nomeOf(checked.pack, ans),
        pack: checked.pack as unknown as Record<string, unknown>,
        versao,
        kind: 'publish',
        note: body.note,
        actor: c.get('actor'),
        base: current,
      });
      return jsonWithEtag(c, publication, 201);
    },
  )
  .post(
    '/operadoras/:ans/rollback',
    describe({
      summary: 'Torna atual uma versão anterior (nova publicação, sequence maior)',
      response: publicationSchema,
      status: 201,
    }),
    requireRole('publisher'),
    validAns,
    ifMatch,
    validJson(rollbackSchema),
    async (c) => {
      const { ans } = c.req.valid('param');
      const body = c.req.valid('json');
      const current = await currentNamedBy(c.env, ans, c.req.valid('header')['if-match']);
      const target = await findPublication(c.env.DB, ans, body.versao);
      if (!target) throw notFound(`Versão ${body.versao} da operadora ${ans}`);
      if (target.versao === current.versao)
        throw new ApiError(422, 'invalid-version', `A versão ${body.versao} já é a versão atual.`);
      const publication = await publishPack(c.env, {
        ans,
        nome: nomeOf(target.envelope.pack, ans),
        pack: target.envelope.pack,
        versao: target.versao,
        kind: 'rollback',
        rollbackOf: target.versao,
        note: body.note || `Reversão para a versão ${target.versao}`,
        actor: c.get('actor'),
        base: current,
      });
      return jsonWithEtag(c, publication, 201);
    },
  );
