// Publishing a pack: a new signed envelope with the next sequence, recorded with its audit entry in one D1
// batch. Used by publish, rollback and the seeding of the default packs.
import type { RulePack } from '../shared/rules/pack-schema.ts';
import type { Actor, Env } from './env.ts';
import { ApiError } from './errors.ts';
import type { AuditAction } from './schemas.ts';
import { signEnvelope } from './signing.ts';
import { auditStatement } from './store/audit.ts';
import {
  findPublication,
  isConflict,
  type Publication,
  packEtag,
  publicationStatements,
} from './store/publications.ts';

export interface PublishRequest {
  ans: string;
  nome: string;
  pack: Record<string, unknown>;
  versao: string;
  kind: Publication['kind'];
  rollbackOf?: string;
  note: string;
  actor: Pick<Actor, 'name' | 'role'> | { name: string; role: null };
  /** The publication the caller based its decision on (null = operadora not yet published). */
  base: Pick<Publication, 'sequence' | 'versao'> | null;
}

const auditAction: Record<Publication['kind'], AuditAction> = {
  seed: 'seed',
  publish: 'pack.publish',
  rollback: 'pack.rollback',
};

/** Signs and records; 412 stale-version (with the winner) when another publication got in first. */
export async function publishPack(env: Env, req: PublishRequest): Promise<Publication> {
  const expected = req.base?.sequence ?? 0;
  const publishedAt = new Date().toISOString();
  const pack = { ...req.pack, versao: req.versao };
  const envelope = await signEnvelope(env, { ans: req.ans, pack, sequence: expected + 1, publishedAt });
  const statements = [
    ...publicationStatements(
      env.DB,
      {
        ans: req.ans,
        nome: req.nome,
        versao: req.versao,
        kind: req.kind,
        rollbackOf: req.rollbackOf ?? null,
        note: req.note,
        envelope,
        by: req.actor.name,
      },
      expected,
    ),
    auditStatement(env.DB, {
      at: publishedAt,
      actor: req.actor,
      action: auditAction[req.kind],
      ans: req.ans,
      fromVersao: req.base?.versao ?? null,
      toVersao: req.versao,
      fromSequence: req.base?.sequence ?? null,
      toSequence: expected + 1,
      detail: { note: req.note, ...(req.rollbackOf ? { rollbackOf: req.rollbackOf } : {}) },
    }),
  ];
  try {
    await env.DB.batch(statements);
  } catch (err) {
    if (!isConflict(err)) throw err;
    throw await staleVersion(env, req.ans);
  }
  return {
    ans: req.ans,
    versao: req.versao,
    sequence: expected + 1,
    etag: packEtag(req.ans, expected + 1),
    publishedAt,
    publishedBy: req.actor.name,
    note: req.note,
    kind: req.kind,
    rollbackOf: req.rollbackOf ?? null,
  };
}

export async function staleVersion(env: Env, ans: string): Promise<ApiError> {
  const current = await findPublication(env.DB, ans);
  const { envelope: _omit, ...publication } = current ?? { envelope: null };
  return new ApiError(
    412,
    'stale-version',
    current
      ? `Outra pessoa publicou a versão ${current.versao} (por ${current.publishedBy}); recarregue e reaplique suas alterações.`
      : 'A versão publicada mudou; recarregue e tente de novo.',
    { current: current ? publication : null },
  );
}

/** The operadora's display name as the pack states it. */
export function nomeOf(pack: RulePack | Record<string, unknown>, fallback: string): string {
  const operadora = (pack as { operadora?: { nome?: unknown } }).operadora;
  return typeof operadora?.nome === 'string' && operadora.nome ? operadora.nome : fallback;
}
