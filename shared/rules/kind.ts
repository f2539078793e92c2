// What a rule kind is: data about itself (meta) plus one function (check), ESLint style. The engine runs
// `check` and turns each report into a Finding (rule id, severity, pt-BR message with placeholders filled,
// source), so kinds never format user text themselves.
import type * as z from 'zod/mini';
import type { FindingWhere, Severity } from '../findings.ts';
import type { ContextFact, RuleContext } from './context.ts';
import type { PackRule, RulePack } from './pack-schema.ts';

/** One problem found by a rule, before the engine turns it into a Finding. */
export interface RuleReport {
  /** Key of `meta.messages` (or of the pack rule's `messages`); the rule's `message` when absent. */
  messageId?: string;
  /** Values for the message's {placeholders}. */
  data?: Record<string, string | number>;
  where?: FindingWhere;
  /** Overrides the rule's severity (e.g. "se houver" anexos are only warnings). */
  severity?: Severity;
  detail?: string;
}

/** What a kind needs from the pack besides its own options. */
export interface RuleEnv {
  rule: PackRule;
  pack: RulePack;
}

/** A name in the options that must exist elsewhere in the pack (a categoria id, a situação key, a document type). */
export interface PackRef {
  tipo: 'categoria' | 'situacao' | 'tipoDocumento';
  id: string;
  /** Path inside the rule's options, for the error message. */
  path: (string | number)[];
}

export interface RuleKindMeta<O extends z.ZodMiniType = z.ZodMiniType> {
  /** Stable id, also the file name under shared/rules/kinds/. */
  kind: string;
  /** pt-BR, one sentence: what the kind checks. */
  description: string;
  /** Options schema; the admin console builds its form from it, the pack schema validates with it. */
  options: O;
  /** Top-level context facts that must be present for the rule to run. */
  facts: readonly ContextFact[];
  /** Placeholders the kind fills in messages (documented for pack authors; checked in pack messages). */
  placeholders: readonly string[];
  /** Secondary messages by id (pt-BR); the main one is the pack rule's `message`. */
  messages: Readonly<Record<string, string>>;
  /** A message a pack can start from. */
  defaultMessage: string;
  /** Where the idea comes from when a pack does not say: "<source id> § <section>" (docs/sources.md). */
  defaultSource: string;
  /** Names the options take from the rest of the pack, checked when the pack is validated. */
  refs?: (options: z.output<O>) => PackRef[];
  /** TUSS Tabela 38 (motivos de glosa) codes the rule prevents, when one matches. */
  glosas?: readonly string[];
  /**
   * True when, on an XML message the TISS XSD has already validated, the rule with these options can only repeat
   * an XSD error (e.g. at most 100 guias: `maxOccurs="100"`). The engine then leaves it out, so the clerk does
   * not read the same problem twice.
   */
  repeatsXsd?: (options: z.output<O>) => boolean;
  /**
   * The severities the rule can yield with these options, when the kind overrides the rule's own (e.g. anexos
   * the pack cannot match to a portal document type are only reminded). The docs show these, not a severity the
   * rule never reaches. Absent: the rule's severity only.
   */
  severities?: (options: z.output<O>, ruleSeverity: Severity) => readonly Severity[];
}

export interface RuleKind<O extends z.ZodMiniType = z.ZodMiniType> {
  meta: RuleKindMeta<O>;
  check(context: RuleContext, options: z.output<O>, env: RuleEnv): RuleReport[];
}

/** Identity helper that keeps the options type linked between meta and check. */
export function defineRuleKind<O extends z.ZodMiniType>(kind: RuleKind<O>): RuleKind<O> {
  return kind;
}
