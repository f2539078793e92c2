// D1 access for drafts: one per operadora, with a revision number for optimistic concurrency (If-Match).
export interface DraftRow {
  ans: string;
  revision: number;
  pack: Record<string, unknown>;
  baseSequence: number;
  updatedAt: string;
  updatedBy: string;
}

export const draftEtag = (revision: number) => `"d${revision}"`;

export async function findDraft(db: D1Database, ans: string): Promise<DraftRow | null> {
  const row = await db.prepare('SELECT * FROM drafts WHERE ans = ?').bind(ans).first<{
    ans: string;
    revision: number;
    pack: string;
    base_sequence: number;
    updated_at: string;
    updated_by: string;
  }>();
  if (!row) return null;
  return {
    ans: row.ans,
    revision: row.revision,
    pack: JSON.parse(row.pack) as Record<string, unknown>,
    baseSequence: row.base_sequence,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export async function hasDraft(db: D1Database, ans: string): Promise<boolean> {
  return (await db.prepare('SELECT 1 AS x FROM drafts WHERE ans = ?').bind(ans).first('x')) !== null;
}

export async function listDraftKeys(db: D1Database): Promise<Set<string>> {
  const { results } = await db.prepare('SELECT ans FROM drafts').all<{ ans: string }>();
  return new Set(results.map((r) => r.ans));
}

/**
 * Saves revision `expected + 1` only if the stored revision is still `expected` (0 = no draft yet). One
 * statement, so it is atomic; returns false when someone saved in between (nothing written).
 */
export async function saveDraftIfRevision(
  db: D1Database,
  draft: Omit<DraftRow, 'revision'>,
  expected: number,
): Promise<boolean> {
  const pack = JSON.stringify(draft.pack);
  const result =
    expected === 0
      ? await db
          .prepare(
            'INSERT INTO drafts (ans, revision, pack, base_sequence, updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?) ON CONFLICT (ans) DO NOTHING',
          )
          .bind(draft.ans, pack, draft.baseSequence, draft.updatedAt, draft.updatedBy)
          .run()
      : await db
          .prepare(
            'UPDATE drafts SET revision = revision + 1, pack = ?, base_sequence = ?, updated_at = ?, updated_by = ? WHERE ans = ? AND revision = ?',
          )
          .bind(pack, draft.baseSequence, draft.updatedAt, draft.updatedBy, draft.ans, expected)
          .run();
  return result.meta.changes === 1;
}
