// Validates a TISS message against a compiled schema model as the parser reads it, with libxml2's verdicts: the
// root must be the model's root element, each complex type's children must match its content model (a DFA
// stepped at each start tag), attributes must be declared (xmlns and xsi:schemaLocation are fine),
// element-only content carries no text and simple values meet their type's facets (checked at each end tag).
// Keeps going after an error so independent problems are all reported. No tree: one entry per open element.
//
// Findings are listed in the order a walk of the document would report them (an element's own problems, then
// its children's, then what it is missing), whatever event revealed them, and worded once the document is read
// (a guia's number may follow the error, "101 guias" is known at guiasTISS's end tag): each is kept as its
// position in that order plus a function of the frames it names.
import type { Finding } from '../../findings.ts';
import { type ElementFrame, NO_ATTRIBUTES } from '../locate.ts';
import { contentStart, type DfaState } from './content-model.ts';
import { missingFinding, omittedFinding, structureFinding, unexpectedFinding, valueFinding } from './messages.ts';
import type { AttributeUse, ComplexTypeModel, Particle, SimpleTypeModel, TissSchemaModel } from './model-types.ts';
import {
  checkSimpleValue,
  checkSimpleValueWith,
  memoable,
  type SimpleValueMemo,
  uniformSimpleType,
  type ValueVerdicts,
} from './simple-types.ts';

/** Schema findings listed per file; the rest are summarised in one finding. */
export const MAX_SCHEMA_FINDINGS = 1000;

const BLANK = /^[ \t\r\n]*$/;
// xsi attributes libxml2 accepts without a declaration and without effect on a TISS message.
const IGNORED_XSI = new Set(['xsi:schemaLocation', 'xsi:noNamespaceSchemaLocation']);

// For the types that declare no attribute (no array per element).
const NO_ATTRIBUTE_USES: NonNullable<ComplexTypeModel['a']> = [];

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** How an open element's children are checked. */
enum Mode {
  /** Not validated, nor anything inside (after a refusal that stops the walk, or a skip wildcard). */
  Skip,
  /** A simple value: no child element allowed; the text is checked at the end tag. */
  Simple,
  /** Children stepped through the content model. */
  Complex,
  /** Inside an undeclared element under a lax/strict wildcard: known descendants are validated. */
  Lax,
}

/** Per open element; reused by depth (no allocation per element). */
class Entry {
  mode = Mode.Skip;
  /** Order key of the element's start tag. */
  tick = 0;
  typeIndex = -1;
  simple: SimpleTypeModel | undefined = undefined;
  /** Index of `simple` in the model's types. */
  simpleIndex = -1;
  complex: ComplexTypeModel | undefined = undefined;
  /** mixed="true": text between the children is allowed. */
  mixed = false;
  state: DfaState | undefined = undefined;
  /** The content model refused a child: later children are only checked when declared in it. */
  failed = false;
  /** A simple-typed element got a child element (reported once). */
  hadChild = false;
  process: 's' | 'l' = 'l';
}

/**
 * What validating an element of one type takes, in one object shape for every type. The model's types are JSON
 * objects with one hidden class per set of keys present, so each read of them (k, a, s, m, and every facet in
 * checkValue) was a megamorphic lookup, once or more per element. Made once per model and type.
 */
class TypeInfo {
  constructor(
    /** The type's index in the model. */
    readonly index: number,
    /** Simple, Complex, or Skip (simple content of a type that is not simple). */
    readonly mode: Mode,
    readonly attributes: readonly AttributeUse[],
    /** The simple type of the value (Simple), in one shape for all (uniformSimpleType), and its index. */
    readonly simple: SimpleTypeModel | undefined,
    readonly simpleIndex: number,
    readonly complex: ComplexTypeModel | undefined,
    readonly mixed: boolean,
    readonly start: DfaState | undefined,
  ) {}
}

/** A model's TypeInfos, by type index and by element declaration index (null: a declaration of no known type). */
interface ModelInfos {
  readonly types: (TypeInfo | undefined)[];
  readonly decls: (TypeInfo | null | undefined)[];
}

const modelInfos = new WeakMap<TissSchemaModel, ModelInfos>();

function infosOf(model: TissSchemaModel): ModelInfos {
  let infos = modelInfos.get(model);
  if (!infos) {
    // Sized and filled up front: set by index in any order, an empty array would go sparse.
    infos = {
      types: new Array<TypeInfo | undefined>(model.types.length).fill(undefined),
      decls: new Array<TypeInfo | null | undefined>(model.elements.length).fill(undefined),
    };
    modelInfos.set(model, infos);
  }
  return infos;
}

function typeInfo(model: TissSchemaModel, infos: (TypeInfo | undefined)[], typeIndex: number): TypeInfo | undefined {
  const known = infos[typeIndex];
  if (known !== undefined) return known;
  const type = model.types[typeIndex];
  if (!type) return undefined;
  let info: TypeInfo;
  if (type.k === 's') {
    const simple = uniformSimpleType(type);
    info = new TypeInfo(typeIndex, Mode.Simple, NO_ATTRIBUTE_USES, simple, typeIndex, undefined, false, undefined);
  } else if (type.s !== undefined) {
    const simple = model.types[type.s];
    const attributes = type.a ?? NO_ATTRIBUTE_USES;
    info =
      simple?.k === 's'
        ? new TypeInfo(
            typeIndex,
            Mode.Simple,
            attributes,
            uniformSimpleType(simple),
            type.s,
            undefined,
            false,
            undefined,
          )
        : new TypeInfo(typeIndex, Mode.Skip, attributes, undefined, -1, undefined, false, undefined);
  } else {
    const start = contentStart(model, typeIndex);
    const attributes = type.a ?? NO_ATTRIBUTE_USES;
    info = new TypeInfo(typeIndex, Mode.Complex, attributes, undefined, -1, type, type.m === 1, start);
  }
  infos[typeIndex] = info;
  return info;
}

interface Pending {
  tick: number;
  seq: number;
  make: () => Finding;
}

const byOrder = (a: Pending, b: Pending) => a.tick - b.tick || a.seq - b.seq;

export class SchemaChecker {
  private readonly pending: Pending[] = [];
  /** Findings beyond MAX_SCHEMA_FINDINGS: counted, not kept (a wholly wrong 15 MB file must not flood the UI). */
  private omitted = 0;
  private tick = 0;
  private seq = 0;
  private depth = 0;
  private readonly entries: Entry[] = [];
  private readonly ids = new Set<string>();
  private readonly globals = new Map<string, number>();
  private readonly maxByName = new Map<number, Map<string, number>>();
  private readonly infos: (TypeInfo | undefined)[];
  private readonly declInfos: (TypeInfo | null | undefined)[];
  private readonly memo: SimpleValueMemo = new Map();
  /** The memo's verdicts by simple type index (null: not memoable), found without a map lookup per value. */
  private readonly verdicts: (ValueVerdicts | null | undefined)[] = [];
  private typesByName: Map<string, number> | undefined;

  constructor(
    private readonly model: TissSchemaModel,
    private readonly versao: string,
  ) {
    const infos = infosOf(model);
    this.infos = infos.types;
    this.declInfos = infos.decls;
    for (const [key, index] of Object.entries(model.globals)) {
      const sep = key.indexOf(' ');
      this.globals.set(`${model.ns[Number(key.slice(0, sep))]} ${key.slice(sep + 1)}`, index);
    }
  }

  /** The findings, in walk order, at most MAX_SCHEMA_FINDINGS and one summary; call once the scan is over. */
  findings(): Finding[] {
    this.trim(MAX_SCHEMA_FINDINGS);
    const out = this.pending.map((p) => p.make());
    if (this.omitted > 0) out.push(omittedFinding(this.omitted, MAX_SCHEMA_FINDINGS, this.versao));
    return out;
  }

  private report(tick: number, make: () => Finding): void {
    this.pending.push({ tick, seq: this.seq++, make });
    // Keep the first MAX_SCHEMA_FINDINGS in walk order; a later event may reveal an earlier one, so trim lazily.
    if (this.pending.length >= 4 * MAX_SCHEMA_FINDINGS) this.trim(MAX_SCHEMA_FINDINGS);
  }

  private trim(keep: number): void {
    if (this.pending.length <= keep) {
      this.pending.sort(byOrder);
      return;
    }
    this.pending.sort(byOrder);
    this.omitted += this.pending.length - keep;
    this.pending.length = keep;
  }

  open(frame: ElementFrame): void {
    const tick = ++this.tick;
    const depth = this.depth++;
    let e = this.entries[depth];
    if (!e) {
      e = new Entry();
      this.entries[depth] = e;
    }
    e.tick = tick;
    e.mode = Mode.Skip;
    e.hadChild = false;
    e.failed = false;
    if (depth === 0) {
      this.root(e, frame);
      return;
    }
    const parent = this.entries[depth - 1]!;
    switch (parent.mode) {
      case Mode.Skip:
        return;
      case Mode.Simple: {
        if (!parent.hadChild) {
          parent.hadChild = true;
          const el = frame.parent!;
          const child = frame.name;
          this.report(parent.tick, () =>
            structureFinding(
              el,
              `o campo ${el.name} deve conter só um valor, mas contém o elemento ${child}`,
              `${el.name}: Element content is not allowed, because the content type is a simple type.`,
              this.versao,
            ),
          );
        }
        return;
      }
      case Mode.Complex:
        this.child(parent, e, frame, tick);
        return;
      case Mode.Lax:
        this.lax(e, frame, parent.process, false);
        return;
    }
  }

  close(frame: ElementFrame): void {
    const e = this.entries[--this.depth]!;
    if (e.mode === Mode.Simple) {
      if (e.hadChild) return;
      const type = e.simple!;
      const text = frame.text;
      let verdicts = this.verdicts[e.simpleIndex];
      if (verdicts === undefined) {
        verdicts = memoable(type) ? (this.memo.get(type) ?? new Map()) : null;
        if (verdicts) this.memo.set(type, verdicts);
        this.verdicts[e.simpleIndex] = verdicts;
      }
      const failure = checkSimpleValueWith(type, text, verdicts);
      if (failure) this.report(e.tick, () => valueFinding(frame, text, failure, type.n, type.b, this.versao));
    } else if (e.mode === Mode.Complex) {
      const text = frame.text;
      if (!e.mixed && text.length > 0 && !BLANK.test(text)) {
        const shown = text.trim();
        this.report(e.tick, () =>
          structureFinding(
            frame,
            `o campo ${frame.name} agrupa outros campos e não pode conter texto solto ("${shown.length > 40 ? `${shown.slice(0, 37)}…` : shown}")`,
            `${frame.name}: Character content other than whitespace is not allowed because the content type is 'element-only'.`,
            this.versao,
          ),
        );
      }
      const state = e.state!;
      if (!e.failed && !state.accepting) {
        const expected = state.expected();
        // After every descendant's findings, before the next sibling's.
        this.report(this.tick, () => missingFinding(frame, expected, this.versao));
      }
    }
  }

  private root(e: Entry, el: ElementFrame): void {
    const decl = this.model.elements[this.model.root];
    if (!decl || decl[0] !== el.name || this.model.ns[decl[1]] !== el.ns) {
      this.report(e.tick, () =>
        structureFinding(
          el,
          decl?.[0] === el.name
            ? `o elemento ${el.name} não está no namespace da ANS (${this.model.ns[decl[1]]}); confira a declaração xmlns no início do arquivo`
            : `o arquivo começa com ${el.name}, mas uma mensagem TISS começa com ${decl?.[0]}`,
          `${el.name} {${el.ns}}: No matching global declaration available for the validation root.`,
          this.versao,
        ),
      );
      return;
    }
    this.element(e, el, this.model.root);
  }

  /** A child of a complex-typed element: one step of its parent's content model. */
  private child(parent: Entry, e: Entry, child: ElementFrame, tick: number): void {
    if (parent.failed) {
      // The content model has already failed here; still check children we can identify, so that
      // independent value errors further on are reported too.
      const decl = this.declaredIn(parent.typeIndex, child);
      if (decl !== undefined) this.element(e, child, decl);
      return;
    }
    const step = parent.state!.step(child.ns, child.name);
    if (!step) {
      const decl = this.declaredIn(parent.typeIndex, child);
      const expected = parent.state!.expected();
      const type = parent.complex!;
      const typeIndex = parent.typeIndex;
      this.report(tick, () =>
        unexpectedFinding(child, expected, this.versao, this.limitFor(type, typeIndex, child), decl !== undefined),
      );
      parent.failed = true;
      if (decl !== undefined) this.element(e, child, decl);
      return;
    }
    parent.state = step.state;
    if ('element' in step.match) this.element(e, child, step.match.element);
    else if (step.match.process !== 'k') this.lax(e, child, step.match.process, true);
  }

  private element(e: Entry, el: ElementFrame, declIndex: number): void {
    const attributes = el.attributes;
    const xsiType = attributes === NO_ATTRIBUTES ? undefined : attributes['xsi:type'];
    if (xsiType === undefined) {
      // The common case: the declared type, found by declaration index.
      let info = this.declInfos[declIndex];
      if (info === undefined) {
        info = typeInfo(this.model, this.infos, this.model.elements[declIndex]?.[2] ?? -1) ?? null;
        this.declInfos[declIndex] = info;
      }
      if (info !== null) this.typed(e, el, info);
      return;
    }
    const declaredIndex = this.model.elements[declIndex]?.[2] ?? -1;
    let typeIndex = declaredIndex;
    const substitute = this.xsiType(declaredIndex, xsiType);
    if (substitute === undefined) {
      this.report(e.tick, () =>
        structureFinding(
          el,
          `o campo ${el.name} não pode declarar o tipo ${xsiType} (xsi:type); remova o atributo`,
          `${el.name}: xsi:type '${xsiType}' is not the declared type nor derived from it.`,
          this.versao,
        ),
      );
    } else {
      typeIndex = substitute;
    }
    const info = typeInfo(this.model, this.infos, typeIndex);
    if (info) this.typed(e, el, info);
  }

  /** Starts validating `el` as an instance of the type `info` describes: attributes now, content as it comes. */
  private typed(e: Entry, el: ElementFrame, info: TypeInfo): void {
    this.attributes(e, el, info.attributes);
    if (info.mode === Mode.Simple) {
      e.mode = Mode.Simple;
      e.simple = info.simple;
      e.simpleIndex = info.simpleIndex;
    } else if (info.mode === Mode.Complex) {
      e.mode = Mode.Complex;
      e.complex = info.complex;
      e.mixed = info.mixed;
      e.typeIndex = info.index;
      e.state = info.start;
    }
  }

  /**
   * An element met through a wildcard (`matched`) or inside one: validated by its global declaration or its
   * xsi:type when it has one; else, under a lax wildcard (or below the matched one), its children are looked at.
   */
  private lax(e: Entry, el: ElementFrame, process: 's' | 'l', matched: boolean): void {
    const decl = this.globals.get(`${el.ns} ${el.name}`);
    const xsiType = el.attributes['xsi:type'];
    if (decl !== undefined) {
      this.element(e, el, decl);
    } else if (xsiType !== undefined) {
      // Even an undeclared element is validated by the type its xsi:type names (libxml2 does so under lax too).
      const local = xsiType.trim().slice(xsiType.trim().indexOf(':') + 1);
      const typeIndex = this.typeNamed(local);
      const info = typeIndex === undefined ? undefined : typeInfo(this.model, this.infos, typeIndex);
      if (typeIndex !== undefined) {
        if (info) this.typed(e, el, info);
      } else {
        this.report(e.tick, () =>
          structureFinding(
            el,
            `o tipo ${xsiType} declarado em ${el.name} (xsi:type) não existe no padrão TISS`,
            `${el.name}: xsi:type '${xsiType}' does not resolve to a type definition.`,
            this.versao,
          ),
        );
      }
    } else if (process === 's' && matched) {
      this.report(e.tick, () =>
        structureFinding(
          el,
          `o elemento ${el.name} não é conhecido pelo esquema`,
          `${el.name}: No matching global element declaration available, but demanded by the strict wildcard.`,
          this.versao,
        ),
      );
    } else {
      e.mode = Mode.Lax;
      e.process = process;
    }
  }

  /**
   * The type an xsi:type attribute substitutes, when libxml2 would accept it: the declared type itself, or a
   * simple type restricting it (then the value is checked against that type). The prefix is not resolved
   * (namespace declarations are not kept); TISS type names are unique across its namespaces.
   */
  private xsiType(declaredIndex: number, value: string): number | undefined {
    const local = value.trim().slice(value.trim().indexOf(':') + 1);
    const declared = this.model.types[declaredIndex];
    if (declared?.n === local) return declaredIndex;
    if (declared?.k !== 's') return undefined;
    const index = this.typeNamed(local);
    const candidate = index === undefined ? undefined : this.model.types[index];
    return candidate?.k === 's' && candidate.d?.includes(declared.n) ? index : undefined;
  }

  private typeNamed(local: string): number | undefined {
    if (!this.typesByName) {
      this.typesByName = new Map();
      this.model.types.forEach((t, i) => {
        if (t.n !== undefined && !this.typesByName?.has(t.n)) this.typesByName?.set(t.n, i);
      });
    }
    return this.typesByName.get(local);
  }

  private attributes(e: Entry, el: ElementFrame, declared: readonly AttributeUse[]): void {
    const attributes = el.attributes;
    if (declared.length === 0 && (attributes === NO_ATTRIBUTES || !hasKeys(attributes))) return;
    for (const [name, value] of Object.entries(attributes)) {
      if (IGNORED_XSI.has(name)) continue;
      if (name === 'xsi:type') continue; // handled by element()
      const use = declared.find((a) => a[0] === name);
      const type = use ? this.model.types[use[2]] : undefined;
      if (!use || type?.k !== 's') {
        this.report(e.tick, () =>
          structureFinding(
            el,
            `o campo ${el.name} não pode ter o atributo ${name}="${value}"; remova o atributo`,
            `${el.name}: The attribute '${name}' is not allowed.`,
            this.versao,
          ),
        );
        continue;
      }
      const failure = checkSimpleValue(type, value, this.memo);
      if (failure) {
        this.report(e.tick, () => valueFinding(el, value, failure, type.n, type.b, this.versao, name));
      } else if (type.b === 'ID') {
        if (this.ids.has(value)) {
          this.report(e.tick, () =>
            structureFinding(
              el,
              `o identificador ${value} se repete`,
              `${el.name}: duplicate ID '${value}'`,
              this.versao,
            ),
          );
        }
        this.ids.add(value);
      }
    }
    for (const [name, required] of declared) {
      if (required && attributes[name] === undefined) {
        this.report(e.tick, () =>
          structureFinding(
            el,
            `falta o atributo obrigatório ${name} em ${el.name}`,
            `${el.name}: The attribute '${name}' is required but missing.`,
            this.versao,
          ),
        );
      }
    }
  }

  /** The declaration a child name has anywhere in this type's content model (names are consistent in XSD). */
  private declaredIn(typeIndex: number, child: ElementFrame): number | undefined {
    const type = this.model.types[typeIndex];
    if (type?.k !== 'c' || !type.p) return undefined;
    const stack: Particle[] = [type.p];
    while (stack.length > 0) {
      const p = stack.pop() as Particle;
      if (p[0] === 'e') {
        const decl = this.model.elements[p[3]];
        if (decl && decl[0] === child.name && this.model.ns[decl[1]] === child.ns) return p[3];
      } else if (p[0] !== 'w') {
        stack.push(...p[3]);
      }
    }
    return undefined;
  }

  /**
   * When a child is refused because it repeats more than its maxOccurs, say so (e.g. 101 guias). Called when
   * the finding is worded: the parent's children are all counted by then.
   */
  private limitFor(
    type: ComplexTypeModel,
    typeIndex: number,
    child: ElementFrame,
  ): { max: number; count: number } | undefined {
    let perType = this.maxByName.get(typeIndex);
    if (!perType) {
      perType = new Map();
      const visit = (p: Particle, factor: number) => {
        const mult = p[2] === -1 || factor === -1 ? -1 : p[2] * factor;
        if (p[0] === 'e') {
          const name = this.model.elements[p[3]]?.[0] ?? '';
          perType?.set(name, Math.max(perType.get(name) ?? 0, mult === -1 ? Number.POSITIVE_INFINITY : mult));
        } else if (p[0] !== 'w') {
          for (const c of p[3]) visit(c, mult);
        }
      };
      if (type.p) visit(type.p, 1);
      this.maxByName.set(typeIndex, perType);
    }
    const max = perType.get(child.name);
    if (max === undefined || max === Number.POSITIVE_INFINITY) return undefined;
    const count = child.parent?.countOf(child.name) ?? 0;
    return count > max ? { max, count } : undefined;
  }
}
