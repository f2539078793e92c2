// D1 access for operadoras and their publications (every published version is kept; the operadoras row points
// at the current one).
import type * as z from 'zod';
import type { SignedPackEnvelope } from '../../shared/signing/pack-envelope.ts';
import type { operadoraSummarySchema, publicationSchema } from '../schemas.ts';

export type Publication = z.infer<typeof publicationSchema>;
export type OperadoraSummary = z.infer<typeof operadoraSummarySchema>;

interface PublicationRow {
  ans: string;
  sequence: number;
  versao: string;
  kind: Publication['kind'];
  rollback_of: string | null;
  note: string;
  envelope: string;
  published_at: string;
  published_by: string;
}

interface OperadoraRow {
  ans: string;
  nome: string;
  current_sequence: number;
  current_versao: string;
  updated_at: string;
  updated_by: string;
}

export const packEtag = (ans: string, sequence: number) => `"${ans}.${sequence}"`;

function toPublication(row: PublicationRow): Publication {
  return {
    ans: row.ans,
    versao: row.versao,
    sequence: row.sequence,
    etag: packEtag(row.ans, row.sequence),
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    note: row.note,
    kind: row.kind,
    rollbackOf: row.rollback_of,
  };
}

export interface StoredPublication extends Publication {
  envelope: SignedPackEnvelope;
}

function toStored(row: PublicationRow): StoredPublication {
  return { ...toPublication(row), envelope: JSON.parse(row.envelope) as SignedPackEnvelope };
}

export async function listOperadoras(db: D1Database): Promise<(OperadoraSummary & { publicadoPor: string })[]> {
  const { results } = await db.prepare('SELECT * FROM operadoras ORDER BY ans').all<OperadoraRow>();
  return results.map((r) => ({
    ans: r.ans,
    nome: r.nome,
    versao: r.current_versao,
    sequence: r.current_sequence,
    atualizadoEm: r.updated_at,
    publicadoPor: r.updated_by,
  }));
}

export async function countOperadoras(db: D1Database): Promise<number> {
  return (await db.prepare('SELECT COUNT(*) AS n FROM operadoras').first<number>('n')) ?? 0;
}

export async function currentSequence(db: D1Database, ans: string): Promise<number | null> {
  return db
    .prepare('SELECT current_sequence FROM operadoras WHERE ans = ?')
    .bind(ans)
    .first<number>('current_sequence');
}

/** The current publication, or the latest publication of `versao` (a rollback republishes an old version). */
export async function findPublication(db: D1Database, ans: string, versao?: string): Promise<StoredPublication | null> {
  const row = versao
    ? await db
        .prepare('SELECT * FROM publications WHERE ans = ? AND versao = ? ORDER BY sequence DESC LIMIT 1')
        .bind(ans, versao)
        .first<PublicationRow>()
    : await db
        .prepare(
          'SELECT p.* FROM publications p JOIN operadoras o ON o.ans = p.ans AND o.current_sequence = p.sequence WHERE p.ans = ?',
        )
        .bind(ans)
        .first<PublicationRow>();
  return row ? toStored(row) : null;
}

/** The current publication of every operadora, in one query. */
export async function currentPublications(db: D1Database): Promise<StoredPublication[]> {
  const { results } = await db
    .prepare(
      'SELECT p.* FROM publications p JOIN operadoras o ON o.ans = p.ans AND o.current_sequence = p.sequence ORDER BY p.ans',
    )
    .all<PublicationRow>();
  return results.map(toStored);
}

export async function listPublications(db: D1Database, ans: string): Promise<Publication[]> {
  const { results } = await db
    .prepare('SELECT * FROM publications WHERE ans = ? ORDER BY sequence DESC')
    .bind(ans)
    .all<PublicationRow>();
  return results.map(toPublication);
}

export interface NewPublication {
  ans: string;
  nome: string;
  versao: string;
  kind: Publication['kind'];
  rollbackOf: string | null;
  note: string;
  envelope: SignedPackEnvelope;
  by: string;
}

/**
 * Statements that record a publication and make it current. `expectedSequence` is the sequence the caller
 * based its decision on (0 = operadora not yet published); the publication takes expectedSequence + 1. Run them
 * in one `db.batch` (a transaction): if someone else published first, the INSERT hits the (ans, sequence)
 * primary key and the whole batch fails, leaving everything as it was.
 */
export function publicationStatements(
  db: D1Database,
  p: NewPublication,
  expectedSequence: number,
): D1PreparedStatement[] {
  const sequence = expectedSequence + 1;
  const at = p.envelope.publishedAt;
  return [
    db
      .prepare(
        'INSERT INTO publications (ans, sequence, versao, kind, rollback_of, note, envelope, published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .bind(p.ans, sequence, p.versao, p.kind, p.rollbackOf, p.note, JSON.stringify(p.envelope), at, p.by),
    expectedSequence === 0
      ? db
          .prepare(
            'INSERT INTO operadoras (ans, nome, current_sequence, current_versao, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .bind(p.ans, p.nome, sequence, p.versao, at, p.by)
      : db
          .prepare(
            'UPDATE operadoras SET nome = ?, current_sequence = ?, current_versao = ?, updated_at = ?, updated_by = ? WHERE ans = ? AND current_sequence = ?',
          )
          .bind(p.nome, sequence, p.versao, at, p.by, p.ans, expectedSequence),
  ];
}

/** True when a D1 error is the primary-key/unique conflict that means "someone else got there first". */
export function isConflict(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(err.message);
}
