// Messages between the popup and its validation Web Worker (parsing a 15 MB XML must not freeze the popup).
// zod on both sides, like every other edge of the extension.
import * as z from 'zod';
import { findingSchema } from '../../../shared/finding-schemas.ts';

export const validationRequestSchema = z.object({
  id: z.number().int(),
  file: z.instanceof(Blob),
  fileName: z.string(),
  /** Active rule packs (plain objects), from storage + bundled. */
  packs: z.array(z.record(z.string(), z.unknown())),
  /** Today as AAAA-MM-DD, for date-window rules (the worker has no notion of the user's day). */
  hoje: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type ValidationRequest = z.infer<typeof validationRequestSchema>;

/** The summary as sent over the boundary: the engine's TissSummary fields the popup shows. */
export const summarySchema = z
  .object({
    arquivo: z.string().optional(),
    bytes: z.number(),
    versao: z.string().optional(),
    versaoSuportada: z.boolean(),
    tipoTransacao: z.string().optional(),
    registroAnsDestino: z.string().optional(),
    numeroLote: z.string().optional(),
    tipoGuia: z.string().optional(),
    quantidadeGuias: z.number().optional(),
    hash: z.object({ declarado: z.string().optional(), calculado: z.string(), confere: z.boolean() }).optional(),
  })
  .loose();

export const validationEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    id: z.number().int(),
    fase: z.enum(['lendo', 'validando']),
    /** 0..1 while reading; undefined while validating (no finer measure there). */
    fraction: z.number().min(0).max(1).optional(),
  }),
  z.object({
    type: z.literal('result'),
    id: z.number().int(),
    summary: summarySchema.optional(),
    findings: z.array(findingSchema),
    pacote: z.string().optional(),
    /** Billing facts of each guia (no beneficiário data); checked again by the record store before kept. */
    guias: z.array(z.record(z.string(), z.unknown())).optional(),
  }),
]);
export type ValidationEvent = z.infer<typeof validationEventSchema>;
export type ValidationResultEvent = Extract<ValidationEvent, { type: 'result' }>;
