// Walks a parsed TISS document with a compiled schema model, as libxml2 validates it: the root must be the
// model's root element, every complex type's children must match its content model, attributes must be
// declared (xmlns and xsi:schemaLocation are fine), element-only content carries no text, and simple values
// must meet their type's facets. Keeps going after an error so independent problems are all reported.
import type { Finding } from '../../findings.ts';
import type { XmlElement } from '../xml-tree.ts';
import { contentStart, type DfaState } from './content-model.ts';
import { missingFinding, omittedFinding, structureFinding, unexpectedFinding, valueFinding } from './messages.ts';
import type { ComplexTypeModel, Particle, SimpleTypeModel, TissSchemaModel } from './model-types.ts';
import { checkSimpleValue, type SimpleValueMemo } from './simple-types.ts';

/** Schema findings listed per file; the rest are summarised in one finding. */
export const MAX_SCHEMA_FINDINGS = 1000;

const BLANK = /^[ \t\r\n]*$/;
// xsi attributes libxml2 accepts without a declaration and without effect on a TISS message.
const IGNORED_XSI = new Set(['xsi:schemaLocation', 'xsi:noNamespaceSchemaLocation']);

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

class Walker {
  readonly findings: Finding[] = [];
  /** Findings beyond MAX_SCHEMA_FINDINGS: counted, not kept (a wholly wrong 15 MB file must not flood the UI). */
  omitted = 0;
  private readonly ids = new Set<string>();
  private readonly globals = new Map<string, number>();
  private readonly maxByName = new Map<number, Map<string, number>>();
  private readonly starts: (DfaState | undefined)[] = [];
  private readonly memo: SimpleValueMemo = new Map();
  private typesByName: Map<string, number> | undefined;

  constructor(
    private readonly model: TissSchemaModel,
    private readonly versao: string,
  ) {
    for (const [key, index] of Object.entries(model.globals)) {
      const sep = key.indexOf(' ');
      this.globals.set(`${model.ns[Number(key.slice(0, sep))]} ${key.slice(sep + 1)}`, index);
    }
  }

  private report(finding: Finding): void {
    if (this.findings.length < MAX_SCHEMA_FINDINGS) this.findings.push(finding);
    else this.omitted++;
  }

  root(el: XmlElement): void {
    const decl = this.model.elements[this.model.root];
    if (!decl || decl[0] !== el.name || this.model.ns[decl[1]] !== el.ns) {
      this.report(
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
    this.element(el, this.model.root);
  }

  private element(el: XmlElement, declIndex: number): void {
    const declaredIndex = this.model.elements[declIndex]?.[2] ?? -1;
    let typeIndex = declaredIndex;
    const xsiType = el.attributes['xsi:type'];
    if (xsiType !== undefined) {
      const substitute = this.xsiType(declaredIndex, xsiType);
      if (substitute === undefined) {
        this.report(
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
    }
    this.typed(el, typeIndex);
  }

  /** Validates `el` (attributes, then content) as an instance of type `typeIndex`. */
  private typed(el: XmlElement, typeIndex: number): void {
    const type = this.model.types[typeIndex];
    if (!type) return;
    this.attributes(el, type.k === 'c' ? (type.a ?? []) : []);
    if (type.k === 's') {
      this.simpleContent(el, type);
    } else if (type.s !== undefined) {
      const simple = this.model.types[type.s];
      if (simple?.k === 's') this.simpleContent(el, simple);
    } else {
      this.complexContent(el, type, typeIndex);
    }
  }

  /**
   * The type an xsi:type attribute substitutes, when libxml2 would accept it: the declared type itself, or a
   * simple type restricting it (then the value is checked against that type). The prefix is not resolved
   * (the tree does not keep namespace declarations); TISS type names are unique across its namespaces.
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

  private attributes(el: XmlElement, declared: NonNullable<ComplexTypeModel['a']>): void {
    if (declared.length === 0 && !hasKeys(el.attributes)) return;
    for (const [name, value] of Object.entries(el.attributes)) {
      if (IGNORED_XSI.has(name)) continue;
      if (name === 'xsi:type') continue; // handled by element()
      const use = declared.find((a) => a[0] === name);
      const type = use ? this.model.types[use[2]] : undefined;
      if (!use || type?.k !== 's') {
        this.report(
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
        this.report(valueFinding(el, value, failure, type.n, type.b, this.versao, name));
      } else if (type.b === 'ID') {
        if (this.ids.has(value)) {
          this.report(
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
      if (required && el.attributes[name] === undefined) {
        this.report(
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

  private simpleContent(el: XmlElement, type: SimpleTypeModel): void {
    const child = el.children[0];
    if (child) {
      this.report(
        structureFinding(
          el,
          `o campo ${el.name} deve conter só um valor, mas contém o elemento ${child.name}`,
          `${el.name}: Element content is not allowed, because the content type is a simple type.`,
          this.versao,
        ),
      );
      return;
    }
    const failure = checkSimpleValue(type, el.text, this.memo);
    if (failure) this.report(valueFinding(el, el.text, failure, type.n, type.b, this.versao));
  }

  private complexContent(el: XmlElement, type: ComplexTypeModel, typeIndex: number): void {
    if (!type.m && el.text.length > 0 && !BLANK.test(el.text)) {
      const text = el.text.trim();
      this.report(
        structureFinding(
          el,
          `o campo ${el.name} agrupa outros campos e não pode conter texto solto ("${text.length > 40 ? `${text.slice(0, 37)}…` : text}")`,
          `${el.name}: Character content other than whitespace is not allowed because the content type is 'element-only'.`,
          this.versao,
        ),
      );
    }
    let state = this.starts[typeIndex] ?? contentStart(this.model, typeIndex);
    this.starts[typeIndex] = state;
    let failed = false;
    for (const child of el.children) {
      if (failed) {
        // The content model has already failed here; still check children we can identify, so that
        // independent value errors further on are reported too.
        const decl = this.declaredIn(typeIndex, child);
        if (decl !== undefined) this.element(child, decl);
        continue;
      }
      const step = state.step(child.ns, child.name);
      if (!step) {
        const decl = this.declaredIn(typeIndex, child);
        const limit = this.limitFor(type, typeIndex, child);
        this.report(unexpectedFinding(child, state.expected(), this.versao, limit, decl !== undefined));
        failed = true;
        if (decl !== undefined) this.element(child, decl);
        continue;
      }
      state = step.state;
      if ('element' in step.match) this.element(child, step.match.element);
      else this.wildcard(child, step.match.process);
    }
    if (!failed && !state.accepting) this.report(missingFinding(el, state.expected(), this.versao));
  }

  private wildcard(matched: XmlElement, process: 's' | 'l' | 'k'): void {
    if (process === 'k') return;
    // Unknown elements under a lax wildcard are walked for known descendants; a stack, not recursion, so
    // that deeply nested foreign content cannot exhaust the call stack.
    const stack = [matched];
    while (stack.length > 0) {
      const el = stack.pop() as XmlElement;
      const decl = this.globals.get(`${el.ns} ${el.name}`);
      const xsiType = el.attributes['xsi:type'];
      if (decl !== undefined) {
        this.element(el, decl);
      } else if (xsiType !== undefined) {
        // Even an undeclared element is validated by the type its xsi:type names (libxml2 does so under lax too).
        const local = xsiType.trim().slice(xsiType.trim().indexOf(':') + 1);
        const typeIndex = this.typeNamed(local);
        if (typeIndex !== undefined) {
          this.typed(el, typeIndex);
        } else {
          this.report(
            structureFinding(
              el,
              `o tipo ${xsiType} declarado em ${el.name} (xsi:type) não existe no padrão TISS`,
              `${el.name}: xsi:type '${xsiType}' does not resolve to a type definition.`,
              this.versao,
            ),
          );
        }
      } else if (process === 's' && el === matched) {
        this.report(
          structureFinding(
            el,
            `o elemento ${el.name} não é conhecido pelo esquema`,
            `${el.name}: No matching global element declaration available, but demanded by the strict wildcard.`,
            this.versao,
          ),
        );
      } else {
        for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as XmlElement);
      }
    }
  }

  /** The declaration a child name has anywhere in this type's content model (names are consistent in XSD). */
  private declaredIn(typeIndex: number, child: XmlElement): number | undefined {
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

  /** When a child is refused because it repeats more than its maxOccurs, say so (e.g. 101 guias). */
  private limitFor(
    type: ComplexTypeModel,
    typeIndex: number,
    child: XmlElement,
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
    const count = child.parent?.children.filter((c) => c.name === child.name).length ?? 0;
    return count > max ? { max, count } : undefined;
  }
}

export function validateWithModel(root: XmlElement, model: TissSchemaModel, versao: string): Finding[] {
  const walker = new Walker(model, versao);
  walker.root(root);
  if (walker.omitted > 0) walker.findings.push(omittedFinding(walker.omitted, MAX_SCHEMA_FINDINGS, versao));
  return walker.findings;
}
