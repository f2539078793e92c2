// What features need to know about the active pack beyond the findings: the rules of a kind (to pick their
// findings) and their parsed options (the lote limit shown in the badge lives in the pack, nowhere else).
import type { Finding } from '../../shared/findings.ts';
import { ruleKinds } from '../../shared/rules/kinds/index.ts';
import type { PackRule, RulePack } from '../../shared/rules/pack-schema.ts';

export function rulesOfKind(pack: RulePack | undefined, kind: string): PackRule[] {
  return pack?.regras.filter((r) => r.enabled && r.kind === kind) ?? [];
}

/** Parsed options of the first enabled rule of `kind` (defaults applied), or undefined. */
export function optionsOfKind<T = Record<string, unknown>>(pack: RulePack | undefined, kind: string): T | undefined {
  const rule = rulesOfKind(pack, kind)[0];
  const meta = ruleKinds[kind]?.meta;
  if (!rule || !meta) return undefined;
  const parsed = meta.options.safeParse(rule.options);
  return parsed.success ? (parsed.data as T) : undefined;
}

/** The findings produced by rules of the given kinds. */
export function findingsOfKinds(
  pack: RulePack | undefined,
  findings: readonly Finding[],
  kinds: readonly string[],
): Finding[] {
  const ids = new Set(kinds.flatMap((k) => rulesOfKind(pack, k).map((r) => r.id)));
  return findings.filter((f) => ids.has(f.rule));
}
