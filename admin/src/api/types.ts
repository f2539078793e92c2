// Response shapes of the admin API (worker/API.md), checked at the edge. Loose where the console does not
// depend on a field (`.passthrough()`-like via z.looseObject), strict where it acts on one.
import * as z from 'zod';

import { roleSchema } from '../../../shared/roles.ts';

export { can, type Role, roleSchema } from '../../../shared/roles.ts';

export const meSchema = z.looseObject({ name: z.string(), role: roleSchema });
export type Me = z.infer<typeof meSchema>;

const nullableString = z.string().nullish();

export const operadoraRowSchema = z.looseObject({
  ans: z.string(),
  nome: z.string(),
  versao: z.string().nullish(),
  sequence: z.number().nullish(),
  atualizadoEm: nullableString,
  publicadoPor: nullableString,
  temRascunho: z.boolean().optional(),
});
export type OperadoraRow = z.infer<typeof operadoraRowSchema>;
export const operadorasSchema = z.object({ operadoras: z.array(operadoraRowSchema) });

export const draftSchema = z.looseObject({
  ans: z.string(),
  pack: z.record(z.string(), z.unknown()),
  etag: z.string(),
  revision: z.number(),
  baseVersao: nullableString,
  baseSequence: z.number().nullish(),
  suggestedVersao: nullableString,
  updatedAt: nullableString,
  updatedBy: nullableString,
});
export type Draft = z.infer<typeof draftSchema>;

export const issueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

export const validationResultSchema = z.looseObject({
  ok: z.boolean(),
  errors: z.array(issueSchema).default([]),
  dryRun: z
    .looseObject({
      contexts: z.number().optional(),
      findings: z.array(z.looseObject({ rule: z.string(), severity: z.string(), message: z.string() })).default([]),
      failures: z.array(z.looseObject({ rule: z.string(), message: z.string() })).default([]),
    })
    .optional(),
});
export type ValidationResult = z.infer<typeof validationResultSchema>;

export const publicationSchema = z.looseObject({
  ans: z.string(),
  versao: z.string(),
  sequence: z.number(),
  etag: z.string(),
  publishedAt: z.string(),
  publishedBy: nullableString,
  note: nullableString,
  kind: z.string(),
  rollbackOf: nullableString,
});
export type Publication = z.infer<typeof publicationSchema>;

export const versionsSchema = z.object({ current: publicationSchema.nullish(), versions: z.array(publicationSchema) });

export const versionDetailSchema = publicationSchema.extend({
  envelope: z.looseObject({ pack: z.record(z.string(), z.unknown()) }),
});

export const changeSchema = z.object({
  path: z.string(),
  op: z.enum(['changed', 'added', 'removed']),
  old: z.unknown().optional(),
  new: z.unknown().optional(),
});
export type Change = z.infer<typeof changeSchema>;
export const diffSchema = z.object({ from: z.string(), to: z.string(), changes: z.array(changeSchema) });

export const auditEntrySchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  at: z.string(),
  actor: nullableString,
  role: nullableString,
  action: z.string(),
  ans: nullableString,
  fromVersao: nullableString,
  toVersao: nullableString,
  detail: z.unknown().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullish() });

/** The public pack endpoint returns the signed envelope. */
export const envelopeSchema = z.looseObject({ pack: z.record(z.string(), z.unknown()), sequence: z.number() });
