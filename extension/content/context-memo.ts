// The page's facts are checked against the rule context schema once per change, not once per run: the portal
// re-renders in place and the features re-run after every change, while a 100-guia lote page's guias (the
// bulk of the context) rarely change between two runs. Each guia is parsed again only when its facts differ
// from the last run's; when nothing differs, the last run's context object itself is given back, so the
// pack's findings over it can be kept too (checkPage in feature-api.ts).
import type { Finding } from '../../shared/findings.ts';
import { type Guia, guiaSchema, type RuleContext, type RuleContextInput } from '../../shared/rules/context.ts';
import { parseRuleContext } from '../../shared/rules/engine.ts';

export type ParsedContext = ReturnType<typeof parseRuleContext>;

/** Same plain data (what a page read gives: objects, arrays, strings, numbers, booleans, undefined). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    if (a.length !== bs.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], bs[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  // Key by key, `undefined` included: `{ recurso: undefined }` is not `{}` once spread over another context.
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  for (const k of keys) if (!(k in bo) || !sameData(ao[k], bo[k])) return false;
  return true;
}

interface Kept {
  rest: Omit<RuleContextInput, 'guias'>;
  /** The context without its guias, parsed. */
  top: ParsedContext;
  /** The guias of the last run, each with what it was parsed from; undefined when they were not parsed apart. */
  guias: { input: unknown; parsed: Guia }[] | undefined;
  result: ParsedContext;
}

/** One page's context parser (kept for the page's life by the content script's environment). */
export class ContextMemo {
  private kept: Kept | undefined;

  parse(input: RuleContextInput): ParsedContext {
    const { guias, ...rest } = input;
    const last = this.kept;
    const sameRest = last !== undefined && sameData(last.rest, rest);
    const top = last && sameRest ? last.top : parseRuleContext(rest);
    if (!top.ok) return this.keep({ rest, top, guias: undefined, result: top });
    // No guias, or not a list: nothing to parse apart (the full parse says what is wrong with them).
    if (!Array.isArray(guias))
      return this.keep({ rest, top, guias: undefined, result: 'guias' in input ? parseRuleContext(input) : top });
    // By position: the same row in the same place is the common case; a moved row is parsed again.
    const before = last?.guias ?? [];
    const kept: NonNullable<Kept['guias']> = [];
    let allSame = sameRest && last?.guias !== undefined && before.length === guias.length;
    for (const [i, g] of guias.entries()) {
      const prev = before[i];
      if (prev && sameData(prev.input, g)) {
        kept.push(prev);
        continue;
      }
      allSame = false;
      const r = guiaSchema.safeParse(g);
      // The whole context parsed again: its finding names the guia and field by their path.
      if (!r.success) return this.keep({ rest, top, guias: undefined, result: parseRuleContext(input) });
      kept.push({ input: g, parsed: r.data });
    }
    if (allSame && last) return this.keep({ ...last, rest });
    const context: RuleContext = { ...(top.context as RuleContext), guias: kept.map((k) => k.parsed) };
    return this.keep({ rest, top, guias: kept, result: { ok: true, context } });
  }

  private keep(k: Kept): ParsedContext {
    this.kept = k;
    return k.result;
  }
}

const MAX_QUESTIONS = 64;

/** The pack's findings over a parsed context, per question, kept while the same context object is in use. */
export class FindingsMemo {
  private readonly byContext = new WeakMap<RuleContext, WeakMap<object, Map<string, Finding[]>>>();

  get(context: RuleContext, pack: object, question: string, compute: () => Finding[]): Finding[] {
    let byPack = this.byContext.get(context);
    if (!byPack) {
      byPack = new WeakMap();
      this.byContext.set(context, byPack);
    }
    let byQuestion = byPack.get(pack);
    if (!byQuestion) {
      byQuestion = new Map();
      byPack.set(pack, byQuestion);
    }
    let findings = byQuestion.get(question);
    if (!findings) {
      // Questions carry the clerk's own input (a file picked): a page kept open long asks ever new ones.
      if (byQuestion.size >= MAX_QUESTIONS) byQuestion.clear();
      findings = compute();
      byQuestion.set(question, findings);
    }
    return findings;
  }
}
