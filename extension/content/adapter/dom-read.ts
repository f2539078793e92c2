// Reading a server-rendered page the way a person does: a value next to its label, a cell under its column
// heading. Never by position on the page, so a moved block or an extra column does not shift what we read.
import { isOwnElement, OWN_UI_SELECTOR } from '../ui/own-ui.ts';
import { cleanText, normalizeLabel } from './text.ts';

export interface LabeledValue {
  value: string;
  /** The element holding the value (or the label's container): where an inline warning belongs. */
  element: Element;
}

/** Text nodes that can be labels, normalised once per read (tables' heads and bodies are grids, not labels). */
export class LabelIndex {
  private readonly entries: { node: Text; text: string }[] = [];
  /** The entries by their first word, in page order: a lookup reads the few that can match, not all. */
  private byFirstWord: Map<string, { node: Text; text: string }[]> | undefined;

  constructor(root: ParentNode) {
    const start = root instanceof Document ? root.body : root;
    if (start) this.walk(start as Node);
  }

  // A plain walk over child links: a TreeWalker calling a JS filter per node was most of this read's time
  // on a 100-guia lote page (npm run bench:ext).
  private walk(parent: Node, colonOnly = false): void {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.ELEMENT_NODE) {
        const el = n as Element;
        const tag = el.tagName;
        // Grid headings are column names, not labels of a value beside them (findTable reads them).
        // What AngularJS hides (ng-hide: a closed filter, an edit copy of a field) is no label a clerk sees.
        if (tag === 'THEAD' || tag === 'SCRIPT' || tag === 'STYLE' || isOwnElement(el) || isMarkedHidden(el)) continue;
        if (tag === 'TBODY') this.walkLabelCells(el);
        else this.walk(el, colonOnly);
      } else if (n.nodeType === Node.TEXT_NODE) {
        const value = n.nodeValue ?? '';
        if (value.length <= 1 || value.length >= 160 || (colonOnly && !value.includes(':'))) continue;
        const text = normalizeLabel(value);
        if (text) this.entries.push({ node: n as Text, text });
      }
    }
  }

  /**
   * A body's TH cells only, and only in a details block drawn as a table: rows of labels over rows of values
   * (001 § 3, "Nº Lote | Situação do Lote" over "5632 | Aberto"). A grid's TD cells are data, never labels.
   */
  private walkLabelCells(body: Element): void {
    // A grid has one heading row; a details table has several rows of labels (over their values, or each
    // label's value in the TD after it).
    let labelRows = 0;
    for (let row = body.firstElementChild; row && labelRows < 2; row = row.nextElementSibling) {
      const first = row.firstElementChild;
      if (
        first?.tagName === 'TH' &&
        (row.lastElementChild?.tagName === 'TH' || first.nextElementSibling?.tagName === 'TD')
      )
        labelRows++;
    }
    if (labelRows < 2) {
      if (!hasHead(body.parentElement)) this.walkPairCells(body);
      return;
    }
    for (let row = body.firstElementChild; row; row = row.nextElementSibling)
      for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling)
        if (cell.tagName === 'TH' && !isOwnElement(cell)) this.walk(cell);
  }

  /**
   * A details block drawn as a table without headings, each cell a label and its value: "<b>Enviar Até
   * (Calendário):</b> 21/11/2026" (004 § 9.2 b prints the lote page so), or a label above its value in the cell
   * (002 § 2.3's recurso: "Situação do Recurso" over "Não enviado"). A cell with two elements or more is such
   * a pair; in other cells only "Label:" text is one (a grid without THEAD has plain data cells).
   */
  private walkPairCells(body: Element): void {
    for (let row = body.firstElementChild; row; row = row.nextElementSibling)
      for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling)
        if (cell.tagName === 'TD' && !isOwnElement(cell)) this.walk(cell, cell.childElementCount < 2);
  }

  /** Value printed after the first of `labels` found ("Nº Lote: 7858", `<dt>Nº Lote</dt><dd>7858</dd>`, …). */
  read(labels: readonly string[]): LabeledValue | undefined {
    // The same label can occur twice (the header's operadora picker and the lote's "Operadora"): a label
    // with a value wins over one with an empty value.
    let empty: LabeledValue | undefined;
    for (const label of labels) {
      const wanted = normalizeLabel(label);
      for (const { node, text } of this.startingWith(wanted)) {
        // Either the whole text is the label ("Nº Lote:") or it starts with "label:" ("Nº Lote: 7858");
        // "Nº Lote Original" is another label.
        if (text !== wanted && !text.startsWith(`${wanted} `)) continue;
        const found = valueAfter(node, wanted, text === wanted);
        if (found?.value) return found;
        empty ??= found;
      }
    }
    return empty;
  }

  /** The entries whose text may be `wanted` or start with it (same first word). */
  private startingWith(wanted: string): readonly { node: Text; text: string }[] {
    if (!this.byFirstWord) {
      this.byFirstWord = new Map();
      for (const e of this.entries) {
        const first = firstWord(e.text);
        const bucket = this.byFirstWord.get(first);
        if (bucket) bucket.push(e);
        else this.byFirstWord.set(first, [e]);
      }
    }
    return this.byFirstWord.get(firstWord(wanted)) ?? [];
  }

  /** The element whose own text is one of `texts` (a section heading, a button caption). */
  find(texts: readonly string[]): Element | undefined {
    const wanted = texts.map(normalizeLabel);
    for (const { node, text } of this.entries)
      if (wanted.includes(text) && node.parentElement) return node.parentElement;
    return undefined;
  }

  /** First text matching `pattern` (already normalised text: lower case, no accents). */
  match(pattern: RegExp): { match: RegExpExecArray; element: Element } | undefined {
    for (const { node, text } of this.entries) {
      const m = pattern.exec(text);
      if (m && node.parentElement) return { match: m, element: node.parentElement };
    }
    return undefined;
  }
}

/** Whether `table` has a THEAD (a grid's headings): its body cells are data, not labels. */
function hasHead(table: Element | null): boolean {
  for (let part = table?.firstElementChild; part; part = part.nextElementSibling)
    if (part.tagName === 'THEAD') return true;
  return false;
}

/** Normalised text's first word (normalised text is words separated by single spaces). */
function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

function valueAfter(labelNode: Text, normalisedLabel: string, whole: boolean): LabeledValue | undefined {
  const parent = labelNode.parentElement;
  if (!parent) return undefined;
  if (!whole) {
    // Same text node: "Nº Lote: 7858".
    const raw = cleanText(labelNode.nodeValue);
    const colon = raw.indexOf(':');
    if (colon < 0 || normalizeLabel(raw.slice(0, colon)) !== normalisedLabel) return undefined;
    const inline = cleanText(raw.slice(colon + 1));
    return inline ? { value: inline, element: parent } : siblingsAfter(labelNode, parent);
  }
  // A label cell of a details table (its TH holds nothing else): the value is the TD after it, else the cell under it.
  if (parent.tagName === 'TH' && parent.childElementCount === 0) {
    const next = parent.nextElementSibling;
    return next?.tagName === 'TD' ? { value: controlValue(next), element: next } : cellBelow(parent);
  }
  // A label element pointing at its control.
  const forId = parent.tagName === 'LABEL' ? parent.getAttribute('for') : null;
  if (forId) {
    const control = parent.ownerDocument.getElementById(forId);
    if (control) return { value: controlValue(control), element: control };
  }
  return siblingsAfter(labelNode, parent);
}

/** The cell in the same column of the next row (a label row over a value row). */
function cellBelow(th: Element): LabeledValue | undefined {
  const row = th.parentElement;
  const below = row?.nextElementSibling;
  if (!row || below?.tagName !== 'TR') return undefined;
  const cell = cellsOf(below)[cellsOf(row).indexOf(th as HTMLTableCellElement)];
  return cell ? { value: controlValue(cell), element: cell } : undefined;
}

/** Text that starts with a label and its colon ("Data Envio: 06/09/2026"), not a time ("14:05") or a code ("1714:"). */
const LABEL_PAIR = /^\p{L}[^:\d]{0,40}:/u;
const CONTROL_SELECTOR = 'input, select, textarea';

/** Siblings after the label inside the same parent, then the parent's next siblings. */
function siblingsAfter(labelNode: Text, parent: Element): LabeledValue | undefined {
  const fromSiblings = (start: ChildNode | null): LabeledValue | undefined => {
    for (let n = start; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        const t = cleanText(n.nodeValue);
        if (t) return { value: t, element: parent };
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const el = n as Element;
        // A line break between a label and its value ("Situação do Recurso<br>Não enviado") is not the value.
        // Nor is a hidden leftover (an ng-show span of another situação, an edit input with a stale date).
        if (isOwnElement(el) || el.tagName === 'BR' || isMarkedHidden(el)) continue;
        const v = controlValue(el);
        // The next pair ("Enviar Até (Calendário): " then "Data Envio: 06/09/2026"): this label's value is empty.
        if (LABEL_PAIR.test(v) && !el.matches(CONTROL_SELECTOR)) return { value: '', element: el };
        if (v) return { value: v, element: el };
        // An empty value element still answers "the value is empty" rather than reading the next label.
        return { value: '', element: el };
      }
    }
    return undefined;
  };
  const own = fromSiblings(labelNode.nextSibling);
  if (own) return own;
  return parent.children.length === 0 ? fromSiblings(parent.nextSibling) : undefined;
}

/** What a field shows: an input's value, a select's chosen option, or the element's text. */
export function controlValue(el: Element): string {
  if (el instanceof HTMLSelectElement) return cleanText(el.selectedOptions[0]?.textContent ?? '');
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return cleanText(el.value);
  const control = firstShown(el, VALUE_CONTROL);
  return control ? controlValue(control) : visibleText(el);
}

const VALUE_CONTROL = 'select, input:not([type=hidden]):not([type=checkbox]), textarea';
/** The marks `isMarkedHidden` tests, as a selector. */
const HIDDEN_MARK = '.ng-hide, [hidden]';

/**
 * Hidden by a mark a script leaves in the DOM: AngularJS's ng-show/ng-hide class `ng-hide` (display:none through
 * its CSS) or the `hidden` attribute. A class check, not getComputedStyle: asked of many cells on every run.
 */
export function isMarkedHidden(el: Element): boolean {
  return el.classList.contains('ng-hide') || el.hasAttribute('hidden');
}

/** Whether `el` or an ancestor up to (not including) `root` (by default: any ancestor) is marked hidden. */
export function hiddenWithin(el: Element, root: Element | null = null): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isMarkedHidden(e)) return true;
  return false;
}

/**
 * The first element in `root` matching `selector` and not marked hidden inside it (an edit input hidden beside
 * the value shown). One querySelector when the first match is shown, as it is on most pages.
 */
export function firstShown<E extends Element = Element>(root: Element, selector: string): E | undefined {
  const first = root.querySelector<E>(selector);
  if (!first || !hiddenWithin(first, root)) return first ?? undefined;
  for (const el of root.querySelectorAll<E>(selector)) if (!hiddenWithin(el, root)) return el;
  return undefined;
}

/** `el`'s text without what is marked hidden in it ("Aberto" of four ng-show spans, one per situação). */
function visibleText(el: Element): string {
  if (!el.querySelector(HIDDEN_MARK)) return cleanText(el.textContent);
  let text = '';
  const walk = (parent: Node) => {
    for (let n = parent.firstChild; n; n = n.nextSibling)
      if (n.nodeType === Node.TEXT_NODE) text += n.nodeValue ?? '';
      else if (n.nodeType === Node.ELEMENT_NODE && !isMarkedHidden(n as Element)) walk(n);
  };
  walk(el);
  return cleanText(text);
}

export interface TableRead {
  table: HTMLTableElement;
  /** Column index per heading key. */
  columns: Map<string, number>;
  rows: HTMLTableRowElement[];
}

/**
 * The first table whose headings include every `required` heading (any synonym). `headings` maps a key to
 * synonyms; columns are located by heading text, so the checkbox column or a new column changes nothing.
 */
export function findTable(
  root: ParentNode,
  headings: Readonly<Record<string, readonly string[]>>,
  required: readonly string[],
): TableRead | undefined {
  const wanted = headingKeysBySynonym(headings);
  // A live collection rather than querySelectorAll: several tables are looked for in one read of the page.
  const tables =
    'getElementsByTagName' in root
      ? (root as Element | Document).getElementsByTagName('table')
      : root.querySelectorAll('table');
  for (const table of tables) {
    if (table.closest(OWN_UI_SELECTOR)) continue;
    // bc-smart-table puts its toolbar and filter in THEAD too (conecta-portal.md): the heading row is the one
    // whose cells name the columns, not the first.
    let headRow: Element | undefined;
    let columns = new Map<string, number>();
    for (const candidate of headRowsOf(table)) {
      columns = columnsOf(candidate, wanted);
      if (required.every((k) => columns.has(k))) {
        headRow = candidate;
        break;
      }
    }
    if (!headRow) continue;
    // What lies above the table is the same for every row: looked at once, not from each of a hundred rows.
    if (table.closest('thead')) return { table: table as HTMLTableElement, columns, rows: [] };
    return { table: table as HTMLTableElement, columns, rows: bodyRows(table, headRow) };
  }
  return undefined;
}

const headingsMemo = new WeakMap<object, Map<string, string[]>>();

/**
 * A words table's synonyms, normalised, each with the keys that list it: made once per table of words (the
 * adapter looks for several tables per run, each time through every heading row of the page's tables).
 */
function headingKeysBySynonym(headings: Readonly<Record<string, readonly string[]>>): Map<string, string[]> {
  let out = headingsMemo.get(headings);
  if (!out) {
    out = new Map();
    for (const [key, synonyms] of Object.entries(headings))
      for (const synonym of synonyms) {
        const text = normalizeLabel(synonym);
        const keys = out.get(text);
        if (!keys) out.set(text, [key]);
        else if (!keys.includes(key)) keys.push(key);
      }
    headingsMemo.set(headings, out);
  }
  return out;
}

/**
 * Column index per heading key, for the heading cells of `row`: each key at the first cell whose text is one of
 * its synonyms. One look-up per cell, not one pass over the cells per key (some forty keys).
 */
function columnsOf(row: Element, keysBySynonym: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const columns = new Map<string, number>();
  let index = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (!isCell(c)) continue;
    const keys = keysBySynonym.get(normalizeLabel(c.textContent ?? ''));
    if (keys) for (const key of keys) if (!columns.has(key)) columns.set(key, index);
    index++;
  }
  return columns;
}

/** The rows that may head the table: every TR of its THEAD, else its first own row. */
function headRowsOf(table: Element): Element[] {
  for (let part = table.firstElementChild; part; part = part.nextElementSibling)
    if (part.tagName === 'THEAD') {
      const rows: Element[] = [];
      for (let r = part.firstElementChild; r; r = r.nextElementSibling) if (r.tagName === 'TR') rows.push(r);
      if (rows.length) return rows;
    }
  const first = headRowOf(table);
  return first ? [first] : [];
}

/**
 * The table's own heading row: the first TR of its THEAD, else its first own row. Child links rather than
 * rows/tHead (the same code runs in happy-dom for the DOM tests) or querySelectorAll (which would go through
 * every cell of a 100-guia grid for its one heading row).
 */
function headRowOf(table: Element): Element | undefined {
  let first: Element | undefined;
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    const tag = part.tagName;
    if (tag === 'THEAD') {
      const tr = firstRow(part);
      if (tr) return tr;
    } else if (tag === 'TR') first ??= part;
    else if (tag === 'TBODY' || tag === 'TFOOT') first ??= firstRow(part);
  }
  return first;
}

function firstRow(section: Element): Element | undefined {
  for (let r = section.firstElementChild; r; r = r.nextElementSibling) if (r.tagName === 'TR') return r;
  return undefined;
}

/**
 * The rows of `table` itself (not of a table inside it), outside its head and outside our own UI, with two
 * cells or more: its own TR children and those of its TBODY/TFOOT, read by child links (a 100-guia grid).
 */
function bodyRows(table: Element, headRow: Element): HTMLTableRowElement[] {
  const rows: HTMLTableRowElement[] = [];
  const take = (r: Element) => {
    if (r.tagName === 'TR' && r !== headRow && !isOwnElement(r) && hasCells(r, 2)) rows.push(r as HTMLTableRowElement);
  };
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    if (part.tagName === 'TBODY' || part.tagName === 'TFOOT') {
      if (!isOwnElement(part)) for (let r = part.firstElementChild; r; r = r.nextElementSibling) take(r);
    } else take(part);
  }
  return rows;
}

/** At least `n` td/th children (counted, no list made: asked of every row of a 100-guia grid). */
function hasCells(row: Element, n: number): boolean {
  let count = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (isCell(c) && ++count >= n) return true;
  return false;
}

/** The td/th children of a row. */
export function cellsOf(row: Element): HTMLTableCellElement[] {
  const out: HTMLTableCellElement[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (isCell(c)) out.push(c);
  return out;
}

function isCell(el: Element): el is HTMLTableCellElement {
  return el.tagName === 'TD' || el.tagName === 'TH';
}

/**
 * Text of the cell under `key` in `row` (our own warnings inside the cell excluded). `cells`: the row's cells
 * when the caller already listed them (several cells of every row of a grid).
 */
export function cellText(
  read: TableRead,
  row: HTMLTableRowElement,
  key: string,
  cells?: readonly HTMLTableCellElement[],
): string | undefined {
  const cell = cellOf(read, row, key, cells);
  if (!cell) return undefined;
  // Most cells hold text only: no need to look for controls or our warnings inside.
  if (cell.childElementCount === 0) return cleanText(cell.textContent);
  let text = '';
  for (const n of cell.childNodes) {
    if (n.nodeType === Node.ELEMENT_NODE && (isOwnElement(n as Element) || isMarkedHidden(n as Element))) continue;
    text += n.nodeType === Node.ELEMENT_NODE ? controlValue(n as Element) || ' ' : (n.nodeValue ?? '');
    text += ' ';
  }
  return cleanText(text);
}

export function cellOf(
  read: TableRead,
  row: HTMLTableRowElement,
  key: string,
  cells?: readonly HTMLTableCellElement[],
): HTMLTableCellElement | undefined {
  const idx = read.columns.get(key);
  if (idx === undefined) return undefined;
  if (cells) return cells[idx];
  // Counted in place: a 100-guia grid asks for several cells of every row on every run.
  let i = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (isCell(c) && i++ === idx) return c;
  return undefined;
}

/** Bootstrap modals stay in the DOM when closed; a closed one must not be read as open. */
export function isShown(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (isMarkedHidden(e)) return false;
    if (e.classList.contains('modal') && !e.classList.contains('in') && !e.classList.contains('show')) return false;
    if ((e as HTMLElement).style?.display === 'none') return false;
  }
  return true;
}
