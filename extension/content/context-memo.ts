// The page's facts are checked against the rule context schema once per change, not once per run: the portal
// re-renders in place and the features re-run after every change, while a 100-guia lote page's guias (the
// bulk of the context) rarely change between two runs. Each guia is parsed again only when its facts differ
// from the last run's; what its kept record knows (parsed once, when read from storage) is joined after, not
// parsed again; when nothing differs, the last run's context object itself is given back, so the pack's
// findings over it can be kept too (checkPage in feature-api.ts).
import * as z from 'zod/mini';
import type { Finding } from '../../shared/findings.ts';
import { type Guia, guiaSchema, type RuleContext, type RuleContextInput } from '../../shared/rules/context.ts';
import { parseRuleContext } from '../../shared/rules/engine.ts';
import { guiasPorNumero, mergeKnownGuia } from './guia-facts.ts';

/** What a row of the lote page's GUIAS grid gives of a guia (read-lote.ts; 004 § 9.2 b: no procedures, no dates). */
const ROW_KEYS = {
  numero: true,
  tipo: true,
  procedimentos: true,
  outrasDespesas: true,
  anexos: true,
  valorTotal: true,
} as const;
/**
 * The guia schema cut to those keys: a first run parses 100 such rows, and the full schema would visit its 12
 * other keys in each (absent, optional, no default: they add nothing to the result). Same checks, same
 * result for a guia that has no other key; any other guia gets the full schema.
 */
const rowGuiaSchema = z.pick(guiaSchema, ROW_KEYS);

/**
 * A row whose lists are all empty (every row of the grid, but for anexos sent per guia) is checked by its other
 * keys alone and given fresh empty lists: zod would visit each list through its default and its array (three
 * payloads and a new array each, 100 rows on a first run) to give the same `[]`.
 */
const bareRowSchema = z.pick(guiaSchema, { numero: true, tipo: true, valorTotal: true });
const ROW_LISTS = ['procedimentos', 'outrasDespesas', 'anexos'] as const;

/** A page's guia parsed (the cheapest schema that gives the full schema's result), or undefined when it is not one. */
function parseGuia(guia: unknown): Guia | undefined {
  if (!guia || typeof guia !== 'object') return undefined;
  const row = guia as Record<string, unknown>;
  let schema: typeof guiaSchema | typeof rowGuiaSchema | typeof bareRowSchema = bareRowSchema;
  for (const key in row) if (!Object.hasOwn(ROW_KEYS, key)) schema = guiaSchema;
  if (schema === bareRowSchema)
    for (const key of ROW_LISTS) {
      const list = row[key];
      if (list !== undefined && !(Array.isArray(list) && list.length === 0)) schema = rowGuiaSchema;
    }
  const r = schema.safeParse(guia);
  if (!r.success) return undefined;
  if (schema !== bareRowSchema) return r.data as Guia;
  // What the full schema gives for an absent or empty list (its default, or a copy of the empty array).
  const parsed = r.data as Guia;
  parsed.procedimentos = [];
  parsed.outrasDespesas = [];
  parsed.anexos = [];
  return parsed;
}

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

interface KeptGuia {
  input: unknown;
  parsed: Guia;
  merged?: { known: Guia; guia: Guia };
}

interface Kept {
  rest: Omit<RuleContextInput, 'guias'>;
  /** The context without its guias, parsed. */
  top: ParsedContext;
  /**
   * The page's guias of the last run, each with what it was parsed from and its merge with a record's guia
   * (while that is the same object); undefined when not parsed apart.
   */
  guias: KeptGuia[] | undefined;
  /** The context's guias: the page's, parsed, with what their records know. */
  merged: readonly Guia[] | undefined;
  result: ParsedContext;
}

/** One page's context parser (kept for the page's life by the content script's environment). */
export class ContextMemo {
  private kept: Kept | undefined;

  /**
   * `input`: the page's facts as read; `known`: the facts of its guias that kept records give (`GuiaFacts`),
   * parsed when read from storage, so joined to the parsed guias rather than parsed a second time.
   */
  parse(input: RuleContextInput, known: readonly Guia[] = []): ParsedContext {
    const { guias, ...rest } = input;
    const last = this.kept;
    const top = last && sameData(last.rest, rest) ? last.top : parseRuleContext(rest);
    const none = { rest, top, guias: undefined, merged: undefined };
    if (!top.ok) return this.keep({ ...none, result: top });
    // No guias, or not a list: nothing to parse apart (the full parse says what is wrong with them).
    if (!Array.isArray(guias)) return this.keep({ ...none, result: 'guias' in input ? parseRuleContext(input) : top });
    // By position: the same row in the same place is the common case; a moved row is parsed again.
    const before = last?.guias ?? [];
    const kept: NonNullable<Kept['guias']> = [];
    for (let i = 0; i < guias.length; i++) {
      const g: unknown = guias[i];
      const prev = before[i];
      if (prev && sameData(prev.input, g)) {
        kept.push(prev);
        continue;
      }
      const parsed = parseGuia(g);
      // The whole context parsed again: its finding names the guia and field by their path.
      if (!parsed) return this.keep({ ...none, result: parseRuleContext(input) });
      kept.push({ input: g, parsed });
    }
    const merged = withKnown(kept, known);
    if (last?.merged && last.top === top && sameItems(last.merged, merged)) return this.keep({ ...last, guias: kept });
    const context: RuleContext = { ...(top.context as RuleContext), guias: [...merged] };
    return this.keep({ rest, top, guias: kept, merged, result: { ok: true, context } });
  }

  private keep(k: Kept): ParsedContext {
    this.kept = k;
    return k.result;
  }
}

/**
 * The parsed guias joined to their records' guias. A merge is kept on the guia's own entry while both sides are
 * the same objects (not in a WeakMap keyed by the guia: a first run's 100 new keys cost an ephemeron each).
 */
function withKnown(kept: KeptGuia[], known: readonly Guia[]): readonly Guia[] {
  if (!known.length) return kept.map((k) => k.parsed);
  const byNumero = guiasPorNumero(known);
  return kept.map((entry) => {
    const k = byNumero.get(entry.parsed.numero);
    if (!k) return entry.parsed;
    if (entry.merged?.known !== k) entry.merged = { known: k, guia: mergeKnownGuia(entry.parsed, k) };
    return entry.merged.guia;
  });
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
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
