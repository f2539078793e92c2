// Drafts: read, save with If-Match (412 on a stale revision, nothing overwritten), validate with a dry run.
import { Hono } from 'hono';
import { requireRole } from '../../auth.ts';
import { readJson } from '../../body.ts';
import { loadDraft, revisionFromIfMatch } from '../../drafts.ts';
import { dryRunPack } from '../../dry-run.ts';
import type { AppEnv } from '../../env.ts';
import { ApiError } from '../../errors.ts';
import { ansParam, requireIfMatch } from '../../http.ts';
import { checkPackFor } from '../../pack-check.ts';
import { putDraftSchema, validateDraftSchema } from '../../schemas.ts';
import { auditStatement } from '../../store/audit.ts';
import { saveDraftIfRevision } from '../../store/drafts.ts';

export const draftRoutes = new Hono<AppEnv>()
  .get('/operadoras/:ans/draft', requireRole('editor'), async (c) => {
    const draft = await loadDraft(c.env, ansParam(c));
    c.header('ETag', draft.etag);
    return c.json(draft);
  })
  .put('/operadoras/:ans/draft', requireRole('editor'), async (c) => {
    const ans = ansParam(c);
    const ifMatch = requireIfMatch(c);
    const { pack } = await readJson(c.req.raw, putDraftSchema);
    const before = await loadDraft(c.env, ans);
    const expected = revisionFromIfMatch(ifMatch);
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
    const draft = await loadDraft(c.env, ans);
    c.header('ETag', draft.etag);
    return c.json(draft);
  })
  .post('/operadoras/:ans/draft/validate', requireRole('editor'), async (c) => {
    const ans = ansParam(c);
    const body = await readJson(c.req.raw, validateDraftSchema);
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
  });
