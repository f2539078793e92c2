// Messages between the popup and its validation Web Worker (parsing a 15 MB XML must not freeze the popup).
// zod on both sides, like every other edge of the extension.
import * as z from 'zod/mini';
import { findingSchema } from '../../../shared/finding-schemas.ts';

export const validationRequestSchema = z.object({
  id: z.int(),
  file: z.instanceof(Blob),
  fileName: z.string(),
  /** Active rule packs (plain objects), from storage + bundled. */
  packs: z.array(z.record(z.string(), z.unknown())),
  /** Today as AAAA-MM-DD, for date-window rules (the worker has no notion of the user's day). */
  hoje: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
});
export type ValidationRequest = z.infer<typeof validationRequestSchema>;

/** The summary as sent over the boundary: the engine's TissSummary fields the popup shows. */
export const summarySchema = z.looseObject({
  arquivo: z.optional(z.string()),
  bytes: z.number(),
  versao: z.optional(z.string()),
  versaoSuportada: z.boolean(),
  tipoTransacao: z.optional(z.string()),
  registroAnsDestino: z.optional(z.string()),
  numeroLote: z.optional(z.string()),
  tipoGuia: z.optional(z.string()),
  quantidadeGuias: z.optional(z.number()),
  hash: z.optional(z.object({ declarado: z.optional(z.string()), calculado: z.string(), confere: z.boolean() })),
});

export const validationEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    id: z.int(),
    fase: z.enum(['lendo', 'validando']),
    /** 0..1 while reading; undefined while validating (no finer measure there). */
    fraction: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  }),
  z.object({
    type: z.literal('result'),
    id: z.int(),
    summary: z.optional(summarySchema),
    findings: z.array(findingSchema),
    pacote: z.optional(z.string()),
    /** Billing facts of each guia (no beneficiário data); checked again by the record store before kept. */
    guias: z.optional(z.array(z.record(z.string(), z.unknown()))),
  }),
]);
export type ValidationEvent = z.infer<typeof validationEventSchema>;
export type ValidationResultEvent = Extract<ValidationEvent, { type: 'result' }>;
