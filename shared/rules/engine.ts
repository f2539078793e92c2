// Runs a pack's rules over a context. Deterministic (the clock is context.hoje), isolating: a rule that
// throws yields one INTERNAL_ERROR finding and the others still run. Bad context → a finding, not a crash.
import * as z from 'zod/mini';
import { type Finding, INTERNAL_ERROR } from '../findings.ts';
import { formatPath } from '../issue-path.ts';
import { type RuleContext, type RuleContextInput, ruleContextSchema } from './context.ts';
import type { RuleKind, RuleReport } from './kind.ts';
import { ruleKinds } from './kinds/index.ts';
import type { PackRule, RulePack } from './pack-schema.ts';
import { fillMarkers } from './text.ts';

export const ENGINE_CONTEXT = 'engine/context';
/** `kind` of the findings the engine makes about itself (bad context, a rule that crashed). */
export const ENGINE_KIND = 'regras';

type ParsedOptions = { ok: true; value: unknown } | { ok: false; error: string };
const optionsCache = new WeakMap<PackRule, ParsedOptions>();

function parsedOptions(kind: RuleKind, rule: PackRule): ParsedOptions {
  let cached = optionsCache.get(rule);
  if (!cached) {
    const r = kind.meta.options.safeParse(rule.options);
    cached = r.success
      ? { ok: true, value: r.data }
      : { ok: false, error: r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ') };
    optionsCache.set(rule, cached);
  }
  return cached;
}

/** Replaces {name} by data.name ({name:a|b} by the word agreeing with it); unknown names stay so a typo shows. */
export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  return fillMarkers(template, (name) => data[name]);
}

function toFinding(rule: PackRule, kind: RuleKind, report: RuleReport): Finding {
  const template =
    report.messageId === undefined
      ? rule.message
      : (rule.messages?.[report.messageId] ?? kind.meta.messages[report.messageId] ?? rule.message);
  const finding: Finding = {
    rule: rule.id,
    kind: kind.meta.kind,
    ...(report.messageId === undefined ? {} : { messageId: report.messageId }),
    severity: report.severity ?? rule.severity,
    message: fillMessage(template, report.data),
    where: report.where ?? {},
    source: rule.source,
  };
  if (report.detail) finding.detail = report.detail;
  return finding;
}

function internal(rule: PackRule, detail: string): Finding {
  return {
    rule: INTERNAL_ERROR,
    kind: ENGINE_KIND,
    severity: 'warning',
    message: `A verificação "${rule.id}" não pôde ser feita por um erro interno; as demais verificações foram feitas normalmente.`,
    where: {},
    source: rule.source,
    detail,
  };
}

/** True when every fact the kind needs is present in the context. */
function factsPresent(kind: RuleKind, context: RuleContext): boolean {
  return kind.meta.facts.every((fact) => context[fact] !== undefined);
}

export interface RunRulesOptions {
  /** The context comes from an XML message the TISS XSD validated: skip rules that would only repeat it. */
  xsdValidated?: boolean;
}

export function runRules(pack: RulePack, input: RuleContextInput, opts: RunRulesOptions = {}): Finding[] {
  const parsed = parseRuleContext(input);
  return parsed.ok ? runRulesOn(pack, parsed.context, opts) : [parsed.finding];
}

/** Context facts checked at the edge; the finding says what was wrong when they cannot be used. */
export function parseRuleContext(
  input: unknown,
  schema: z.ZodMiniType<Partial<RuleContext>> = ruleContextSchema,
): { ok: true; context: RuleContext } | { ok: false; finding: Finding } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, context: parsed.data as RuleContext };
  return {
    ok: false,
    finding: {
      rule: ENGINE_CONTEXT,
      kind: ENGINE_KIND,
      severity: 'error',
      message: 'Não foi possível verificar as regras da operadora: os dados lidos estão incompletos ou inválidos.',
      where: {},
      detail: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; '),
    },
  };
}

/** Extra facts for a context already parsed (e.g. the action about to happen), checked alone. */
export const ruleContextExtraSchema = z.partial(ruleContextSchema);

/**
 * The rules over a context `parseRuleContext` gave: a page asking several questions of the same facts in one
 * run (fechar lote? adicionar guia?) parses its 100 guias once, not once per question.
 */
export function runRulesOn(pack: RulePack, context: RuleContext, opts: RunRulesOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of pack.regras) {
    if (!rule.enabled) continue;
    const kind = ruleKinds[rule.kind];
    if (!kind) {
      findings.push(internal(rule, `tipo de regra desconhecido: ${rule.kind}`));
      continue;
    }
    if (!factsPresent(kind, context)) continue;
    const options = parsedOptions(kind, rule);
    if (!options.ok) {
      findings.push(internal(rule, `opções inválidas: ${options.error}`));
      continue;
    }
    if (opts.xsdValidated && kind.meta.repeatsXsd?.(options.value)) continue;
    try {
      for (const report of kind.check(context, options.value, { rule, pack })) {
        findings.push(toFinding(rule, kind, report));
      }
    } catch (error) {
      findings.push(internal(rule, error instanceof Error ? error.message : String(error)));
    }
  }
  return findings;
}
