// Where an element sits, in the words a billing clerk uses: the guia it belongs to (numeroGuiaPrestador),
// the procedimento/despesa item, and an element path for support staff. The parser keeps one ElementFrame per
// element while it is open (and findings keep the frames they point to), so every TISS finding says where it is
// the same way without a document tree: a frame knows its parent, its position among same-named siblings, how
// many children of each name it got, and which element holds its guia's number.
import type { TipoGuia } from '../rules/context.ts';
import type { XmlElement } from './xml-tree.ts';

/** Guia elements of a TISS message, by local name. */
export const GUIA_ELEMENTS: Readonly<Record<string, TipoGuia>> = {
  guiaConsulta: 'consulta',
  'guiaSP-SADT': 'sp-sadt',
  guiaResumoInternacao: 'resumo-internacao',
  guiaHonorarios: 'honorarios',
  guiaOdonto: 'odonto',
  guiaRecursoGlosa: 'recurso-glosa',
};

/** Elements that are one item (line) of a guia; their 1-based position is the finding's `item`. */
const ITEM_ELEMENTS = new Set([
  'procedimentoExecutado',
  'procedimentoRealizado',
  'despesa',
  'itensGuia',
  'recursoGuia',
]);

// Odonto repeats `procedimentosExecutados` itself as the item (no inner wrapper element).
const ODONTO_ITEM = 'procedimentosExecutados';

/** The attributes of every element that has none (one frozen object, so checkers can skip them at a glance). */
export const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * One element as the single parsing pass sees it. Created at the start tag; `text` grows until the end tag
 * (decoded character data directly inside, untrimmed; indentation around child elements left out), and the
 * child counts grow with each child's start tag. Of its children it keeps only the last of each run of same-named
 * siblings (the last child, then each one's `before`): that is all the counts and names need, with no arrays.
 */
export class ElementFrame {
  // Fields are set in the constructor, not by initializers: V8 runs class-field initializers as a separate
  // function, which costs a call per element until the scanner is optimised (a cold CLI run never gets there).
  declare text: string;
  /** 1-based position among the parent's children of the same name (final at the start tag). */
  declare readonly index: number;
  /** 0 for the root. */
  declare readonly depth: number;
  /**
   * The child opened last. With `before`, the children that end a run of same-named siblings, latest first: each
   * one's `index` is how many children of its name there were up to it (issue 13: two arrays per element with
   * children were ~30% of what a lote's pass allocated).
   */
  declare private lastChild: ElementFrame | undefined;
  /** Among the parent's children: the one ending the run before this frame's run of same-named siblings. */
  declare private before: ElementFrame | undefined;
  /**
   * A guia: the element holding its number (first numeroGuiaPrestador below it, or a recurso's
   * numeroGuiaRecGlosaPrestador child); a recursoGuia: its first numeroGuiaOrigem child.
   */
  declare numero: ElementFrame | undefined;

  constructor(
    /** Local name, without prefix. */
    readonly name: string,
    /** Namespace URI ('' when none). */
    readonly ns: string,
    /** By qualified name as written (xmlns declarations excluded). */
    readonly attributes: Record<string, string>,
    /** 1-based position of the start tag's '<'. */
    readonly line: number,
    readonly column: number,
    readonly parent: ElementFrame | undefined,
  ) {
    this.text = '';
    this.lastChild = undefined;
    this.before = undefined;
    this.numero = undefined;
    this.index = parent ? parent.addChild(this) : 1;
    this.depth = parent ? parent.depth + 1 : 0;
    if (parent) noteGuiaNumber(this, parent);
  }

  get hasChildren(): boolean {
    return this.lastChild !== undefined;
  }

  /** How many children named `name` this element has (so far, while it is open). */
  countOf(name: string): number {
    for (let f = this.lastChild; f !== undefined; f = f.before) if (f.name === name) return f.index;
    return 0;
  }

  /** Names of the children, each once, in order of first appearance. */
  childNameList(): readonly string[] {
    const runs: string[] = [];
    for (let f = this.lastChild; f !== undefined; f = f.before) runs.push(f.name);
    const names: string[] = [];
    for (let i = runs.length - 1; i >= 0; i--) if (!names.includes(runs[i]!)) names.push(runs[i]!);
    return names;
  }

  /** Records `child` as the newest child; returns its position among the children of its name. */
  private addChild(child: ElementFrame): number {
    const name = child.name;
    const last = this.lastChild;
    this.lastChild = child;
    if (last === undefined) return 1;
    if (last.name === name) {
      child.before = last.before;
      return last.index + 1;
    }
    child.before = last;
    for (let f = last.before; f !== undefined; f = f.before) if (f.name === name) return f.index + 1;
    return 1;
  }
}

function noteGuiaNumber(frame: ElementFrame, parent: ElementFrame): void {
  const name = frame.name;
  if (name === 'numeroGuiaPrestador') {
    // The first one anywhere below each enclosing guia (a recurso names its own number differently).
    for (let cur: ElementFrame | undefined = parent; cur; cur = cur.parent) {
      if (GUIA_ELEMENTS[cur.name] && cur.name !== 'guiaRecursoGlosa' && !cur.numero) cur.numero = frame;
    }
  } else if (name === 'numeroGuiaRecGlosaPrestador') {
    if (parent.name === 'guiaRecursoGlosa' && !parent.numero) parent.numero = frame;
  } else if (name === 'numeroGuiaOrigem') {
    if (parent.name === 'recursoGuia' && !parent.numero) parent.numero = frame;
  }
}

/**
 * numeroGuiaPrestador of the guia that contains `el` (for a recurso de glosa: the guia being appealed, or the
 * recurso's own number). Undefined outside guias or before the number has been read.
 */
export function enclosingGuia(el: ElementFrame): string | undefined {
  for (let cur: ElementFrame | undefined = el; cur; cur = cur.parent) {
    if (cur.name === 'recursoGuia' && cur.numero) return cur.numero.text;
    if (GUIA_ELEMENTS[cur.name]) return cur.numero?.text.trim() || undefined;
  }
  return undefined;
}

/** 1-based position of the guia item (procedimento, despesa, item de recurso) containing `el`. */
export function enclosingItem(el: ElementFrame): number | undefined {
  for (let cur: ElementFrame | undefined = el; cur?.parent; cur = cur.parent) {
    const parent: ElementFrame = cur.parent;
    const isItem = ITEM_ELEMENTS.has(cur.name) || (cur.name === ODONTO_ITEM && parent.name === 'guiaOdonto');
    if (isItem) return cur.index;
    if (GUIA_ELEMENTS[cur.name]) return undefined;
  }
  return undefined;
}

/** "mensagemTISS/prestadorParaOperadora/loteGuias/guiasTISS/guiaSP-SADT[3]/…" (local names). */
export function elementPath(el: ElementFrame): string {
  const parts: string[] = [];
  for (let cur: ElementFrame | undefined = el; cur; cur = cur.parent) {
    parts.push(cur.parent && cur.parent.countOf(cur.name) > 1 ? `${cur.name}[${cur.index}]` : cur.name);
  }
  return parts.reverse().join('/');
}

/** Whether `el` is childAt(root, ...names): the first of its name at each step below the root. */
export function isAt(el: ElementFrame, ...names: string[]): boolean {
  if (el.depth !== names.length) return false;
  let cur: ElementFrame = el;
  for (let i = names.length - 1; i >= 0; i--) {
    if (cur.name !== names[i] || cur.index !== 1) return false;
    cur = cur.parent!;
  }
  return true;
}

/** The `where` of a finding about `el`. */
export function whereOf(el: ElementFrame): {
  guia?: string;
  field: string;
  element: string;
  line: number;
  column: number;
  item?: number;
} {
  const guia = enclosingGuia(el);
  const item = enclosingItem(el);
  return {
    ...(guia ? { guia } : {}),
    field: el.name,
    element: elementPath(el),
    line: el.line,
    column: el.column,
    ...(item ? { item } : {}),
  };
}

// Tree helpers, for code that reads a built element tree (parseXml's, or a guia's while its facts are read).

export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}

/** Follows a path of local names from `el` (first match at each step). */
export function childAt(el: XmlElement, ...names: string[]): XmlElement | undefined {
  let cur: XmlElement | undefined = el;
  for (const n of names) {
    cur = childNamed(cur, n);
    if (!cur) return undefined;
  }
  return cur;
}

/** First descendant (depth-first, document order) with this local name. */
export function findDescendant(el: XmlElement, name: string): XmlElement | undefined {
  const stack: XmlElement[] = [el];
  while (stack.length) {
    const cur = stack.pop()!;
    if (cur !== el && cur.name === name) return cur;
    for (let i = cur.children.length - 1; i >= 0; i--) stack.push(cur.children[i]!);
  }
  return undefined;
}
