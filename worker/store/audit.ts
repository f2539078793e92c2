// The audit log: who did what, when, from which version to which. Entries never hold pack contents beyond a
// short detail, nor anything from validated XML.
import type * as z from 'zod';
import type { Actor } from '../env.ts';
import type { AuditAction, auditEntrySchema, auditQuerySchema } from '../schemas.ts';

export interface AuditInput {
  actor: Pick<Actor, 'name' | 'role'> | { name: string; role: null };
  action: AuditAction;
  ans?: string;
  fromVersao?: string | null;
  toVersao?: string | null;
  fromSequence?: number | null;
  toSequence?: number | null;
  detail?: unknown;
  at: string;
}

export function auditStatement(db: D1Database, e: AuditInput): D1PreparedStatement {
  return db
    .prepare(
      'INSERT INTO audit (at, actor, role, action, ans, from_versao, to_versao, from_sequence, to_sequence, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .bind(
      e.at,
      e.actor.name,
      e.actor.role,
      e.action,
      e.ans ?? null,
      e.fromVersao ?? null,
      e.toVersao ?? null,
      e.fromSequence ?? null,
      e.toSequence ?? null,
      e.detail === undefined ? null : JSON.stringify(e.detail),
    );
}

type AuditEntry = z.infer<typeof auditEntrySchema>;
type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Newest first; `cursor` is the id of the last entry of the previous page. */
export async function queryAudit(
  db: D1Database,
  q: AuditQuery,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (q.ans) where.push('ans = ?') && args.push(q.ans);
  if (q.actor) where.push('actor = ?') && args.push(q.actor);
  if (q.action) where.push('action = ?') && args.push(q.action);
  if (q.since) where.push('at >= ?') && args.push(q.since);
  if (q.cursor) where.push('id < ?') && args.push(q.cursor);
  const sql = `SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  const { results } = await db
    .prepare(sql)
    .bind(...args, q.limit + 1)
    .all<Record<string, string | number | null>>();
  const page = results.slice(0, q.limit);
  const items = page.map((r) => ({
    id: Number(r.id),
    at: String(r.at),
    actor: String(r.actor),
    role: (r.role as string | null) ?? null,
    action: String(r.action),
    ans: (r.ans as string | null) ?? null,
    fromVersao: (r.from_versao as string | null) ?? null,
    toVersao: (r.to_versao as string | null) ?? null,
    fromSequence: (r.from_sequence as number | null) ?? null,
    toSequence: (r.to_sequence as number | null) ?? null,
    detail: r.detail === null || r.detail === undefined ? null : JSON.parse(String(r.detail)),
  }));
  const last = items.at(-1);
  return { items, nextCursor: results.length > q.limit && last ? String(last.id) : null };
}
