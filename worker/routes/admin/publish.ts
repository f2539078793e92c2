// Publish the draft and roll back to an older version: both If-Match on the current publication (412 when
// someone else published in between), both a new signed publication with the next sequence.
import { type Context, Hono } from 'hono';
import type * as z from 'zod';
import { bumpVersion, compareSemver, maxSemver } from '../../../shared/semver.ts';
import { requireRole } from '../../auth.ts';
import { readJson } from '../../body.ts';
import type { AppEnv } from '../../env.ts';
import { ApiError, notFound } from '../../errors.ts';
import { ansParam, matchesEtag, requireIfMatch } from '../../http.ts';
import { checkPackFor } from '../../pack-check.ts';
import { currentPublication } from '../../packs.ts';
import { nomeOf, publishPack, staleVersion } from '../../publishing.ts';
import { publishSchema, rollbackSchema } from '../../schemas.ts';
import { findDraft } from '../../store/drafts.ts';
import { findPublication, listPublications } from '../../store/publications.ts';

/** What publish and rollback both start from: the body, and the current publication the If-Match names. */
async function publicationRequest<S extends z.ZodType>(c: Context<AppEnv>, schema: S) {
  const ans = ansParam(c);
  const ifMatch = requireIfMatch(c);
  const body = await readJson(c.req.raw, schema);
  const current = await currentPublication(c.env, ans);
  if (!matchesEtag(ifMatch, current.etag)) throw await staleVersion(c.env, ans);
  return { ans, body, current };
}

export const publishRoutes = new Hono<AppEnv>()
  .post('/operadoras/:ans/publish', requireRole('publisher'), async (c) => {
    const { ans, body, current } = await publicationRequest(c, publishSchema);
    const draft = await findDraft(c.env.DB, ans);
    if (!draft) throw new ApiError(409, 'no-draft', 'Não há rascunho salvo para publicar: salve o rascunho primeiro.');
    const checked = checkPackFor(ans, draft.pack);
    if (!checked.ok)
      throw new ApiError(422, 'invalid-pack', 'O rascunho tem erros; corrija-os antes de publicar.', {
        errors: checked.errors,
      });
    const latest = maxSemver((await listPublications(c.env.DB, ans)).map((p) => p.versao)) ?? current.versao;
    const draftVersao = checked.pack.versao.split('-')[0]!;
    const versao = body.versao ?? (compareSemver(draftVersao, latest) > 0 ? draftVersao : bumpVersion(latest, 'patch'));
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
    c.header('ETag', publication.etag);
    return c.json(publication, 201);
  })
  .post('/operadoras/:ans/rollback', requireRole('publisher'), async (c) => {
    const { ans, body, current } = await publicationRequest(c, rollbackSchema);
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
    c.header('ETag', publication.etag);
    return c.json(publication, 201);
  });
