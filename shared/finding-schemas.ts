// zod schemas of a Finding, for the edges that receive findings (worker API replies, extension messages, packs'
// severities). Apart from findings.ts so code that only makes or reads findings loads no zod.
import * as z from 'zod/mini';
import type { Finding, FindingWhere, Severity } from './findings.ts';
import './zod-locale.ts';

export const severitySchema = z.enum(['error', 'warning', 'info']);

export const findingWhereSchema = z.object({
  guia: z.optional(z.string()),
  field: z.optional(z.string()),
  element: z.optional(z.string()),
  line: z.optional(z.number().check(z.int(), z.positive())),
  column: z.optional(z.number().check(z.int(), z.positive())),
  item: z.optional(z.number().check(z.int(), z.positive())),
});

export const findingSchema = z.object({
  rule: z.string().check(z.minLength(1)),
  kind: z.string().check(z.minLength(1)),
  messageId: z.optional(z.string().check(z.minLength(1))),
  severity: severitySchema,
  message: z.string().check(z.minLength(1)),
  where: findingWhereSchema,
  source: z.optional(z.string()),
  detail: z.optional(z.string()),
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
