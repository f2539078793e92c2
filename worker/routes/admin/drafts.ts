// Drafts: read, save with If-Match (412 on a stale revision, nothing overwritten), validate with a dry run.
import { Hono } from 'hono';
import { requireRole } from '../../auth.ts';
import { loadDraft, revisionFromIfMatch } from '../../drafts.ts';
import { dryRunPack } from '../../dry-run.ts';
import type { AppEnv } from '../../env.ts';
import { ApiError } from '../../errors.ts';
import { ifMatch, jsonWithEtag, validAns, validJson } from '../../http.ts';
import { describe } from '../../openapi.ts';
import { checkPackFor } from '../../pack-check.ts';
import { draftSchema, putDraftSchema, validateDraftSchema, validationResultSchema } from '../../schemas.ts';
import { auditStatement } from '../../store/audit.ts';
import { saveDraftIfRevision } from '../../store/drafts.ts';

export const draftRoutes = new Hono<AppEnv>()
  .get(
    '/operadoras/:ans/draft',
    describe({ summary: 'Rascunho (ou o pacote atual como revisão 0)', response: draftSchema }),
    requireRole('editor'),
    validAns,
    async (c) => {
      return jsonWithEtag(c, await loadDraft(c.env, c.req.valid('param').ans));
    },
  )
  .put(
    '/operadoras/:ans/draft',
    describe({
      summary: 'Salva o rascunho (If-Match = etag do rascunho; 412 se outra pessoa salvou)',
      response: draftSchema,
    }),
    requireRole('editor'),
    validAns,
    ifMatch,
    validJson(putDraftSchema),
    async (c) => {
      const { ans } = c.req.valid('param');
      const { pack } = c.req.valid('json');
      const before = await loadDraft(c.env, ans);
      const expected = revisionFromIfMatch(c.req.valid('header')['if-match']);
      const actor = c.get('actor');
      const at = new Date().toISOString();
      const saved =
        expected === before.revision &&
        (await saveDraftIfRevision(
          c.env.DB,
          { ans, pack, baseSequence: before.baseSequence, updatedAt: at, updatedBy: actor.name },
          expected,
        ));
      if (!saved) {
        const now = await loadDraft(c.env, ans);
        throw new ApiError(
          412,
          'stale-draft',
          `O rascunho foi alterado por ${now.updatedBy ?? 'outra pessoa'} depois que você o abriu; recarregue e reaplique suas alterações.`,
          { etag: now.etag, updatedBy: now.updatedBy, updatedAt: now.updatedAt },
        );
      }
      await auditStatement(c.env.DB, {
        at,
        actor,
        action: 'draft.save',
        ans,
        fromVersao: before.baseVersao,
        detail: { revision: before.revision + 1 },
      }).run();
      return jsonWithEtag(c, await loadDraft(c.env, ans));
    },
  )
  .post(
    '/operadoras/:ans/draft/validate',
    describe({
      summary: 'Valida o rascunho (esquema + execução de teste de cada regra)',
      response: validationResultSchema,
    }),
    requireRole('editor'),
    validAns,
    validJson(validateDraftSchema),
    async (c) => {
      const { ans } = c.req.valid('param');
      const body = c.req.valid('json');
      const candidate = body.pack ?? (await loadDraft(c.env, ans)).pack;
      const parsed = checkPackFor(ans, candidate);
      const errors = parsed.ok ? [] : parsed.errors;
      const dryRun = parsed.ok ? dryRunPack(parsed.pack) : { contexts: 0, findings: [], failures: [] };
      const ok = errors.length === 0 && dryRun.failures.length === 0;
      await auditStatement(c.env.DB, {
        at: new Date().toISOString(),
        actor: c.get('actor'),
        action: 'draft.validate',
        ans,
        detail: { ok, errors: errors.length, failures: dryRun.failures.length },
      }).run();
      return c.json({ ok, errors, dryRun });
    },
  );
