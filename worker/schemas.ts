// zod schemas of every API input and output: routes validate inputs with them (worker/http.ts) and name their
// answers with them (describe), and the OpenAPI document is generated from those routes (worker/openapi.ts).
import * as z from 'zod';
import { findingSchema } from '../shared/finding-schemas.ts';
import { roleSchema } from '../shared/roles.ts';
import { publicKeySchema, signedPackEnvelopeSchema } from '../shared/signing/pack-envelope.ts';

export const ansSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/, 'chave da operadora: registro ANS (6 dígitos) ou identificador');
export const versaoSchema = z.string().regex(/^\d+\.\d+\.\d+$/, 'versão no formato x.y.z, ex.: 1.2.0');

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const healthSchema = z.object({ status: z.literal('ok'), version: z.string(), packs: z.number().int() });

export const operadoraSummarySchema = z.object({
  ans: z.string(),
  nome: z.string(),
  versao: z.string(),
  sequence: z.number().int(),
  atualizadoEm: z.string(),
});
export const operadorasSchema = z.object({ operadoras: z.array(operadoraSummarySchema) });
export const adminOperadorasSchema = z.object({
  operadoras: z.array(operadoraSummarySchema.extend({ publicadoPor: z.string(), temRascunho: z.boolean() })),
});

export const packQuerySchema = z.object({ versao: versaoSchema.optional() });
export const envelopeSchema = signedPackEnvelopeSchema;
export const keysSchema = z.object({ keys: z.array(publicKeySchema) });

export const validateQuerySchema = z.object({
  operadora: ansSchema.optional(),
  arquivo: z.string().max(255).optional(),
});
export const validateResponseSchema = z.object({
  summary: z.record(z.string(), z.unknown()).describe('TissSummary (shared/tiss/report.ts)'),
  findings: z.array(findingSchema),
});

export const meSchema = z.object({ tokenId: z.string(), name: z.string(), role: roleSchema });

export const draftSchema = z.object({
  ans: z.string(),
  pack: z.record(z.string(), z.unknown()),
  etag: z.string(),
  revision: z.number().int(),
  baseVersao: z.string(),
  baseSequence: z.number().int(),
  suggestedVersao: z.string(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export const putDraftSchema = z.object({ pack: z.record(z.string(), z.unknown()) });
export const validateDraftSchema = z.object({ pack: z.record(z.string(), z.unknown()).optional() });
export const validationResultSchema = z.object({
  ok: z.boolean(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
  dryRun: z.object({
    contexts: z.number().int(),
    findings: z.array(z.object({ context: z.string(), rule: z.string(), severity: z.string(), message: z.string() })),
    failures: z.array(z.object({ context: z.string(), rule: z.string(), message: z.string() })),
  }),
});

export const publishSchema = z.object({
  note: z.string().trim().min(1, 'descreva a mudança (nota de publicação)').max(1000),
  versao: versaoSchema.optional(),
});
export const rollbackSchema = z.object({ versao: versaoSchema, note: z.string().trim().max(1000).optional() });

export const publicationSchema = z.object({
  ans: z.string(),
  versao: z.string(),
  sequence: z.number().int(),
  etag: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  note: z.string(),
  kind: z.enum(['seed', 'publish', 'rollback']),
  rollbackOf: z.string().nullable(),
});
export const versionsSchema = z.object({ current: publicationSchema, versions: z.array(publicationSchema) });
export const versionSchema = publicationSchema.extend({ envelope: signedPackEnvelopeSchema });

export const diffQuerySchema = z.object({ from: versaoSchema, to: versaoSchema });
export const changeSchema = z.object({
  path: z.string(),
  op: z.enum(['added', 'removed', 'changed']),
  old: z.unknown().optional(),
  new: z.unknown().optional(),
});
export const diffSchema = z.object({ from: z.string(), to: z.string(), changes: z.array(changeSchema) });

export const auditActionSchema = z.enum([
  'seed',
  'token.create',
  'draft.save',
  'draft.validate',
  'pack.publish',
  'pack.rollback',
  'auth.failed',
  'admin.refused',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;
export const auditQuerySchema = z.object({
  ans: ansSchema.optional(),
  actor: z.string().max(200).optional(),
  action: auditActionSchema.optional(),
  // Parsed as an instant and compared in UTC as stored (at = toISOString()): "10:00-03:00" and "13:00Z" are the
  // same filter. A date alone is that day's 00:00 in São Paulo, where the console's users are.
  since: z.iso
    .datetime({ offset: true })
    .or(z.iso.date().transform((d) => `${d}T00:00:00-03:00`))
    .transform((s) => new Date(s).toISOString())
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.coerce.number().int().positive().optional(),
});
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  role: z.string().nullable(),
  action: z.string(),
  ans: z.string().nullable(),
  fromVersao: z.string().nullable(),
  toVersao: z.string().nullable(),
  fromSequence: z.number().int().nullable(),
  toSequence: z.number().int().nullable(),
  detail: z.unknown().nullable(),
});
export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() });
