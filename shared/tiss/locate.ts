// Where an element sits, in the words a billing clerk uses: the guia it belongs to (numeroGuiaPrestador),
// the procedimento/despesa item, and an element path for support staff. Shared by the parser, the hash and
// version checks and the schema validator, so every TISS finding points to the same place the same way.
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

export function guiaElementOf(el: XmlElement): XmlElement | undefined {
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) if (GUIA_ELEMENTS[cur.name]) return cur;
  return undefined;
}

/**
 * numeroGuiaPrestador of the guia that contains `el` (for a recurso de glosa: the guia being appealed, or the
 * recurso's own number). Undefined outside guias or before the number has been read.
 */
export function enclosingGuia(el: XmlElement): string | undefined {
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) {
    if (cur.name === 'recursoGuia') {
      const origem = childNamed(cur, 'numeroGuiaOrigem');
      if (origem) return origem.text;
    }
    if (GUIA_ELEMENTS[cur.name]) {
      const numero =
        cur.name === 'guiaRecursoGlosa'
          ? childNamed(cur, 'numeroGuiaRecGlosaPrestador')
          : findDescendant(cur, 'numeroGuiaPrestador');
      return numero?.text.trim() || undefined;
    }
  }
  return undefined;
}

/** 1-based position of the guia item (procedimento, despesa, item de recurso) containing `el`. */
export function enclosingItem(el: XmlElement): number | undefined {
  for (let cur: XmlElement | undefined = el; cur?.parent; cur = cur.parent) {
    const parent: XmlElement = cur.parent;
    const isItem = ITEM_ELEMENTS.has(cur.name) || (cur.name === ODONTO_ITEM && parent.name === 'guiaOdonto');
    if (isItem) return sameNameIndex(cur);
    if (GUIA_ELEMENTS[cur.name]) return undefined;
  }
  return undefined;
}

/** 1-based index among same-named siblings. */
function sameNameIndex(el: XmlElement): number {
  if (!el.parent) return 1;
  let n = 0;
  for (const c of el.parent.children) {
    if (c.name === el.name) n++;
    if (c === el) return n;
  }
  return n;
}

function step(el: XmlElement): string {
  if (!el.parent) return el.name;
  let count = 0;
  for (const c of el.parent.children) if (c.name === el.name) count++;
  return count > 1 ? `${el.name}[${sameNameIndex(el)}]` : el.name;
}

/** "mensagemTISS/prestadorParaOperadora/loteGuias/guiasTISS/guiaSP-SADT[3]/…" (local names). */
export function elementPath(el: XmlElement): string {
  const parts: string[] = [];
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) parts.push(step(cur));
  return parts.reverse().join('/');
}

/** The `where` of a finding about `el`. */
export function whereOf(el: XmlElement): {
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
