// What features need to know about the active pack beyond the findings: the rules of a kind and their parsed
// options (the lote limit shown in the badge lives in the pack, nowhere else). Kinds are passed as the kind
// modules themselves, so a feature names no kind id by hand and gets the kind's own options type.
import type * as z from 'zod/mini';
import type { Finding } from '../../shared/findings.ts';
import type { RuleKind } from '../../shared/rules/kind.ts';
import type { PackRule, RulePack } from '../../shared/rules/pack-schema.ts';

export function rulesOfKind(pack: RulePack | undefined, kind: RuleKind): PackRule[] {
  return pack?.regras.filter((r) => r.enabled && r.kind === kind.meta.kind) ?? [];
}

/** Parsed options of the first enabled rule of `kind` (defaults applied), or undefined. */
export function optionsOfKind<O extends z.ZodMiniType>(
  pack: RulePack | undefined,
  kind: RuleKind<O>,
): z.output<O> | undefined {
  const rule = rulesOfKind(pack, kind as RuleKind)[0];
  if (!rule) return undefined;
  const parsed = kind.meta.options.safeParse(rule.options);
  return parsed.success ? parsed.data : undefined;
}

/** The findings made by rules of the given kinds (`Finding.kind`). */
export function findingsOfKinds(findings: readonly Finding[], kinds: readonly RuleKind[]): Finding[] {
  const wanted = new Set(kinds.map((k) => k.meta.kind));
  return findings.filter((f) => wanted.has(f.kind));
}
