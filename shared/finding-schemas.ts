// zod schemas of a Finding, for the edges that receive findings (worker API replies, extension messages, packs'
// severities). Apart from findings.ts so code that only makes or reads findings loads no zod.
import * as z from 'zod';
import type { Finding, FindingWhere, Severity } from './findings.ts';
import './zod-locale.ts';

export const severitySchema = z.enum(['error', 'warning', 'info']);

export const findingWhereSchema = z.object({
  guia: z.string().optional(),
  field: z.string().optional(),
  element: z.string().optional(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  item: z.number().int().positive().optional(),
});

export const findingSchema = z.object({
  rule: z.string().min(1),
  kind: z.string().min(1),
  messageId: z.string().min(1).optional(),
  severity: severitySchema,
  message: z.string().min(1),
  where: findingWhereSchema,
  source: z.string().optional(),
  detail: z.string().optional(),
});

// The schemas and the hand-written types in findings.ts must say the same thing: a field added to, dropped from
// or retyped in one and not the other fails the typecheck here (same keys, each assignable to the other).
type Assignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Assignable<A, B> extends true ? Assignable<keyof A, keyof B> : false;
const sameTypes: [
  Same<z.infer<typeof severitySchema>, Severity>,
  Same<z.infer<typeof findingWhereSchema>, FindingWhere>,
  Same<z.infer<typeof findingSchema>, Finding>,
] = [true, true, true];
void sameTypes;
