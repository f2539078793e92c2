// Non-validating XML 1.0 + namespaces scanner: one pass over the string with indexOf/charCodeAt, reporting each
// element to a handler as it opens and closes (an ElementFrame: name, namespace, attributes, line/column, text,
// parent). TISS files reach 15 MB and this runs in the popup and in a Worker, so the validator checks the message
// on these events and keeps no tree (shared/tiss/index.ts); `parseXml` builds the shared XmlDocument tree from
// the same events for callers that want one. Anything a DTD could do (entities, defaults) is refused up front: a TISS message never needs a
// DOCTYPE, and refusing it is what makes "billion laughs" cost nothing. Errors come back as one finding;
// the parser never throws to its caller.
// Memory matters as much (15 MB file, 128 MB Worker): element names are interned, elements without attributes
// or children share one frozen empty object/array, and whitespace around child elements is not kept (it is
// never data: a leaf has no child elements, so its text, whitespace included, is kept exactly).
import { type Finding, TISS_KIND } from '../findings.ts';
import { ElementFrame, elementPath, enclosingGuia, NO_ATTRIBUTES } from './locate.ts';
import type { XmlDocument, XmlElement } from './xml-tree.ts';

export type ParseOutcome = { ok: true; document: XmlDocument } | { ok: false; finding: Finding };
export type ScanOutcome = { ok: true; root: ElementFrame } | { ok: false; finding: Finding };

/** What the scanner reports, in document order. Handlers must not throw (a throw ends the scan). */
export interface ScanHandler {
  /** An element's start tag was read; its `text` fills as the scan goes on. */
  open(frame: ElementFrame): void;
  /**
   * Its end tag was read (self-closing elements close right after they open): text and child counts are final.
   * `leaf`: closed by an end tag without any child element (self-closing elements are not leaves here).
   */
  close(frame: ElementFrame, leaf: boolean): void;
}

export const XML_RULE = 'tiss/xml-malformado';
export const DOCTYPE_RULE = 'tiss/doctype';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
// Characters XML 1.0 forbids anywhere in a document (C0 controls except tab/LF/CR, and U+FFFE/U+FFFF). A
// document that parses is checked for them only where the scanner does not already test each character (text,
// attribute values, comments, processing instructions, CDATA: see checkChars); one that fails is searched whole
// with this regex, as the first forbidden character anywhere is the error reported, whatever else is wrong.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the forbidden control characters is the point
const FORBIDDEN_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/** Internal: unwinds the scanner to parseXml, which turns it into a finding. */
class WellFormednessError {
  constructor(
    readonly index: number,
    readonly message: string,
    readonly detail: string,
    readonly rule: string = XML_RULE,
    /** About the whole document (a forbidden character), not the element being read. */
    readonly documentWide = false,
  ) {}
}

type NsScope = Record<string, string>;

/** A tag name as written, and what it resolves to in the namespace scope of epoch `epoch`. */
interface TagName {
  readonly qname: string;
  local: string;
  ns: string;
  epoch: number;
  /** The name of the start tag that followed this one last time: a lote repeats its sequence of tags. */
  next: TagName | undefined;
}

const NO_CHILDREN: XmlElement[] = Object.freeze([]) as unknown as XmlElement[];

export interface ParseOptions {
  /**
   * Called as each element with text content and no child element closes, in document order (self-closing
   * elements, empty by definition, are not reported); `isEpilogoHash` marks the message's epilogo/hash (the
   * first hash child of the root's first epilogo child). The epilogo hash is fed this way, in the same pass.
   */
  onLeaf?: (el: XmlElement, isEpilogoHash: boolean) => void;
}

/** Parses decoded text into a tree. `encoding` is only recorded on the document. */
export function parseXml(input: string, encoding = 'UTF-8', options: ParseOptions = {}): ParseOutcome {
  const builder = new TreeBuilder(options.onLeaf);
  const scanned = scanXml(input, builder);
  return scanned.ok ? { ok: true, document: { root: builder.root!, encoding } } : scanned;
}

/** Scans decoded text, reporting elements to `handler`; a well-formedness error ends the scan as one finding. */
export function scanXml(input: string, handler: ScanHandler): ScanOutcome {
  // XML end-of-line handling (§2.11): CR LF and lone CR become LF before anything else.
  const src = input.indexOf('\r') >= 0 ? input.replace(/\r\n?/g, '\n') : input;
  const parser = new Parser(src, handler);
  try {
    return { ok: true, root: parser.parseDocument() };
  } catch (e) {
    if (!(e instanceof WellFormednessError)) throw e;
    return { ok: false, finding: parser.toFinding(e) };
  }
}

/** Whether a frame is childAt(root, 'epilogo', 'hash'): the first of its name at each step. */
export function isEpilogoHash(frame: ElementFrame): boolean {
  const parent = frame.parent;
  return (
    frame.name === 'hash' &&
    frame.index === 1 &&
    parent !== undefined &&
    parent.name === 'epilogo' &&
    parent.index === 1 &&
    parent.depth === 1
  );
}

/**
 * Builds XmlElements from scan events (the whole document, or from the first frame it is given: a subtree).
 * Children of the open elements are kept contiguous; marks[i] is where stack[i]'s children start. Each element
 * gets an exact-size children array when it closes: no growth copies, no spare capacity on 45k containers.
 */
export class TreeBuilder implements ScanHandler {
  root: XmlElement | undefined;
  private readonly stack: XmlElement[] = [];
  private readonly pending: XmlElement[] = [];
  private readonly marks: number[] = [];

  constructor(private readonly onLeaf?: (el: XmlElement, isEpilogoHash: boolean) => void) {}

  open(frame: ElementFrame): void {
    const parent = this.stack[this.stack.length - 1];
    const el: XmlElement = {
      name: frame.name,
      ns: frame.ns,
      attributes: frame.attributes,
      children: NO_CHILDREN,
      text: '',
      line: frame.line,
      column: frame.column,
      parent,
    };
    if (parent) this.pending.push(el);
    else this.root ??= el;
    this.stack.push(el);
    this.marks.push(this.pending.length);
  }

  close(frame: ElementFrame, leaf: boolean): void {
    const el = this.stack.pop()!;
    const mark = this.marks.pop()!;
    const pending = this.pending;
    el.text = frame.text;
    if (pending.length > mark) {
      el.children = pending.slice(mark);
      pending.length = mark;
    } else if (leaf && this.onLeaf) {
      this.onLeaf(el, isEpilogoHash(frame));
    }
  }
}

class Parser {
  private pos = 0;
  // Incremental line tracking: elements are created in document order, so newlines are counted once.
  private line = 1;
  private lineStart = 0;
  private nextNewline: number;
  // Where the next '&' and ']]>' are at or after the text being read (src.length when none); see content().
  private nextAmp = -1;
  private nextCdataEnd = -1;
  private readonly stack: ElementFrame[] = objectStack();
  private readonly qnames: string[] = objectStack();
  private readonly scopes: (NsScope | undefined)[] = objectStack();
  // TagName.local/ns are valid for one namespace scope (TISS declares its namespace once, on the root).
  private namesScope: NsScope | undefined | null = null;
  private namesEpoch = 0;
  private readonly interned = new Map<string, TagName>();
  /** The name of the last start tag read (its `next` is the guess for the following one). */
  private lastName: TagName | undefined;

  constructor(
    private readonly src: string,
    private readonly handler: ScanHandler,
  ) {
    this.nextNewline = src.indexOf('\n');
  }

  parseDocument(): ElementFrame {
    try {
      return this.document();
    } catch (e) {
      if (e instanceof WellFormednessError && !e.documentWide) {
        const bad = FORBIDDEN_CHAR.exec(this.src);
        if (bad) throw this.forbiddenChar(bad.index);
      }
      throw e;
    }
  }

  private forbiddenChar(index: number): WellFormednessError {
    const code = this.src.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
    return new WellFormednessError(
      index,
      `O arquivo contém um caractere de controle não permitido em XML (código U+${code}).`,
      `forbidden character U+${code}`,
      XML_RULE,
      true,
    );
  }

  /** Throws at the first character of src[from, to) that XML forbids (see FORBIDDEN_CHAR). */
  private checkChars(from: number, to: number): void {
    const src = this.src;
    for (let i = from; i < to; i++) {
      const c = src.charCodeAt(i);
      if (c < 0x20 ? c !== 0x0a && c !== 0x09 && c !== 0x0d : c >= 0xfffe) throw this.forbiddenChar(i);
    }
  }

  private document(): ElementFrame {
    const src = this.src;
    if (src.startsWith('<?xml') && isSpace(src.charCodeAt(5))) this.xmlDeclaration();
    this.misc(true);
    if (this.pos >= src.length) {
      throw new WellFormednessError(
        this.pos,
        'O arquivo não contém nenhum elemento XML (está vazio ou tem só a declaração).',
        'Document is empty / no root element',
      );
    }
    const root = this.content();
    this.misc(false);
    if (this.pos < src.length) {
      throw new WellFormednessError(
        this.pos,
        'Há conteúdo depois do fim da mensagem TISS (após o fechamento do elemento raiz). Remova o que vem depois.',
        'Extra content at the end of the document',
      );
    }
    return root;
  }

  toFinding(e: WellFormednessError): Finding {
    const { line, column } = this.lineColumn(e.index);
    const open = e.documentWide ? undefined : this.stack[this.stack.length - 1];
    const guia = open ? enclosingGuia(open) : undefined;
    return {
      rule: e.rule,
      kind: TISS_KIND,
      severity: 'error',
      message: `${e.message} (linha ${line}, coluna ${column})`,
      where: {
        ...(guia ? { guia } : {}),
        ...(open ? { element: elementPath(open), field: open.name } : {}),
        line,
        column,
      },
      detail: e.detail,
    };
  }

  private lineColumn(index: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    let nl = this.src.indexOf('\n');
    while (nl !== -1 && nl < index) {
      line++;
      lineStart = nl + 1;
      nl = this.src.indexOf('\n', lineStart);
    }
    return { line, column: index - lineStart + 1 };
  }

  private advanceLines(index: number): void {
    let nl = this.nextNewline;
    if (nl === -1 || nl >= index) return;
    const src = this.src;
    let line = this.line;
    let lineStart = this.lineStart;
    while (nl !== -1 && nl < index) {
      line++;
      lineStart = nl + 1;
      nl = src.indexOf('\n', lineStart);
    }
    this.line = line;
    this.lineStart = lineStart;
    this.nextNewline = nl;
  }

  private xmlDeclaration(): void {
    const end = this.src.indexOf('?>', 5);
    if (end < 0) throw this.truncated(this.src.length, 'a declaração <?xml ... ?>');
    const decl = this.src.slice(0, end + 2);
    if (
      !/^<\?xml\s+version\s*=\s*(["'])1\.\d+\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>$/.test(
        decl,
      )
    ) {
      throw new WellFormednessError(
        0,
        'A declaração XML da primeira linha está malformada.',
        `bad XML declaration: ${decl.slice(0, 80)}`,
      );
    }
    this.pos = end + 2;
  }

  /** Whitespace, comments and processing instructions around the root element. */
  private misc(beforeRoot: boolean): void {
    const src = this.src;
    for (;;) {
      let p = this.pos;
      while (p < src.length && isSpace(src.charCodeAt(p))) p++;
      this.pos = p;
      if (p >= src.length) return;
      if (src.charCodeAt(p) !== 0x3c) {
        if (!beforeRoot) return;
        throw new WellFormednessError(
          p,
          'O arquivo não é um XML: deveria começar com "<" (por exemplo <?xml ... ?> ou <ans:mensagemTISS>). Verifique se o arquivo escolhido é mesmo o XML do lote, e não um PDF ou outro documento.',
          "Start tag expected, '<' not found",
        );
      }
      if (src.startsWith('<!--', p)) this.comment();
      else if (src.charCodeAt(p + 1) === 0x3f) this.processingInstruction();
      else if (src.startsWith('<!DOCTYPE', p)) throw this.doctype(p);
      else if (!beforeRoot || isNameStart(src.charCodeAt(p + 1))) return;
      else throw new WellFormednessError(p, 'Início de elemento XML inválido.', 'StartTag: invalid element name');
    }
  }

  private doctype(p: number): WellFormednessError {
    return new WellFormednessError(
      p,
      'O arquivo contém uma declaração DOCTYPE (com ENTITY), que mensagens TISS não usam. Por segurança ela não é processada e o arquivo não é validado. Gere o XML novamente no sistema de faturamento, sem DOCTYPE.',
      'DOCTYPE refused (no DTD processing, no entity expansion)',
      DOCTYPE_RULE,
    );
  }

  private comment(): void {
    const start = this.pos;
    const end = this.src.indexOf('-->', start + 4);
    if (end < 0) throw this.truncated(this.src.length, 'um comentário <!-- ... -->');
    const dd = this.src.indexOf('--', start + 4);
    if (dd < end) {
      throw new WellFormednessError(
        dd,
        'Comentário XML contém "--" no meio, o que não é permitido.',
        'Double hyphen within comment',
      );
    }
    this.checkChars(start + 4, end);
    this.pos = end + 3;
  }

  private processingInstruction(): void {
    const start = this.pos;
    const end = this.src.indexOf('?>', start + 2);
    if (end < 0) throw this.truncated(this.src.length, 'uma instrução <? ... ?>');
    let p = start + 2;
    while (p < end && isNameChar(this.src.charCodeAt(p))) p++;
    const target = this.src.slice(start + 2, p);
    if (target.length === 0 || !isNameStart(this.src.charCodeAt(start + 2))) {
      throw new WellFormednessError(
        start,
        'Instrução de processamento <? ... ?> malformada.',
        'xmlParsePI : no target name',
      );
    }
    if (target.toLowerCase() === 'xml') {
      throw new WellFormednessError(
        start,
        'A declaração <?xml ... ?> só pode aparecer no início do arquivo (antes dela não pode haver espaço, linha em branco ou outro conteúdo).',
        'XML declaration allowed only at the start of the document',
      );
    }
    this.checkChars(p, end);
    this.pos = end + 2;
  }

  /** The root element and everything inside it, iteratively (depth is unbounded in principle). */
  private content(): ElementFrame {
    const src = this.src;
    const len = src.length;
    const stack = this.stack;
    let root: ElementFrame | undefined;
    for (;;) {
      const p = this.pos;
      if (src.charCodeAt(p) === 0x3c) {
        const c1 = src.charCodeAt(p + 1);
        if (c1 === 0x2f) {
          this.endTag();
          if (stack.length === 0) return root!;
        } else if (c1 === 0x21) {
          if (src.startsWith('<!--', p)) this.comment();
          else if (src.startsWith('<![CDATA[', p)) {
            const end = src.indexOf(']]>', p + 9);
            if (end < 0) throw this.truncated(len, 'uma seção CDATA');
            this.checkChars(p + 9, end);
            stack[stack.length - 1]!.text += src.slice(p + 9, end);
            this.pos = end + 3;
          } else if (src.startsWith('<!DOCTYPE', p)) throw this.doctype(p);
          else
            throw new WellFormednessError(
              p,
              'Marcação "<!" inválida dentro do documento.',
              'invalid markup declaration in content',
            );
        } else if (c1 === 0x3f) {
          this.processingInstruction();
        } else {
          const el = this.startTag();
          if (!root) root = el;
          if (stack.length === 0) return root;
        }
      } else {
        if (p >= len) throw this.truncated(len);
        let lt = src.indexOf('<', p);
        if (lt < 0) lt = len;
        const cur = stack[stack.length - 1]!;
        // Indentation around child elements: not data, not kept (see header). Before the first child it is
        // only known to be indentation when a start tag follows; otherwise it may be a blank leaf's text.
        if ((cur.hasChildren || (lt < len && isNameStart(src.charCodeAt(lt + 1)))) && isBlank(src, p, lt)) {
          this.pos = lt;
          continue;
        }
        this.checkChars(p, lt);
        let text = src.slice(p, lt);
        // The next ']]>' and '&' of the document are looked up once each, not in every text: most texts have neither.
        if (this.nextCdataEnd < p) this.nextCdataEnd = indexOrEnd(src, ']]>', p);
        if (this.nextCdataEnd < lt) {
          throw new WellFormednessError(
            this.nextCdataEnd,
            'A sequência "]]>" não é permitida no texto.',
            "Sequence ']]>' not allowed in content",
          );
        }
        if (this.nextAmp < p) this.nextAmp = indexOrEnd(src, '&', p);
        if (this.nextAmp < lt) text = this.decodeReferences(text, p);
        cur.text += text;
        this.pos = lt;
      }
    }
  }

  private startTag(): ElementFrame {
    const src = this.src;
    const start = this.pos;
    let p = start + 1;
    let attributes: Record<string, string> | undefined;
    let declarations: NsScope | undefined;
    let selfClosing = false;
    // The common case, <name> with a name seen before: found with the native indexOf, no per-character name scan.
    const gt = src.indexOf('>', p);
    let name = gt > p ? this.knownName(p, gt) : undefined;
    if (name) p = gt + 1;
    else {
      if (!isNameStart(src.charCodeAt(p))) {
        throw new WellFormednessError(
          start,
          'Há um "<" que não inicia uma tag válida. No texto, use &lt; no lugar de "<".',
          'StartTag: invalid element name',
        );
      }
      p = nameEnd(src, p);
      name = this.internName(start + 1, p);
    }
    const last = this.lastName;
    if (last !== undefined && last.next !== name) last.next = name;
    this.lastName = name;
    const qname = name.qname;
    if (p === gt + 1) {
      // <name>: no attributes
    } else if (src.charCodeAt(p) === 0x3e) p++;
    else
      for (;;) {
        const afterName = p;
        while (isSpace(src.charCodeAt(p))) p++;
        const c = src.charCodeAt(p);
        if (c === 0x3e) {
          p++;
          break;
        }
        if (c === 0x2f && src.charCodeAt(p + 1) === 0x3e) {
          p += 2;
          selfClosing = true;
          break;
        }
        if (p >= src.length) throw this.truncated(src.length, `a tag <${qname}>`);
        if (p === afterName || !isNameStart(c)) {
          throw new WellFormednessError(
            p,
            `A tag <${qname}> está malformada (esperava-se ">" ou um atributo).`,
            `attributes construct error in <${qname}>`,
          );
        }
        const nameStart = p;
        while (isNameChar(src.charCodeAt(p))) p++;
        const attr = src.slice(nameStart, p);
        while (isSpace(src.charCodeAt(p))) p++;
        if (src.charCodeAt(p) !== 0x3d) {
          throw new WellFormednessError(
            p,
            `O atributo ${attr} da tag <${qname}> não tem "=" e valor entre aspas.`,
            `Specification mandates value for attribute ${attr}`,
          );
        }
        p++;
        while (isSpace(src.charCodeAt(p))) p++;
        const quote = src.charCodeAt(p);
        if (quote !== 0x22 && quote !== 0x27) {
          throw new WellFormednessError(
            p,
            `O valor do atributo ${attr} da tag <${qname}> deve estar entre aspas.`,
            'AttValue: " or \' expected',
          );
        }
        const end = src.indexOf(quote === 0x22 ? '"' : "'", p + 1);
        if (end < 0) throw this.truncated(src.length, `a tag <${qname}>`);
        this.checkChars(p + 1, end);
        let value = src.slice(p + 1, end);
        const lt = value.indexOf('<');
        if (lt >= 0) {
          throw new WellFormednessError(
            p + 1 + lt,
            `O valor do atributo ${attr} contém "<", o que não é permitido.`,
            `Unescaped '<' not allowed in attribute values`,
          );
        }
        // Attribute-value normalisation (§3.3.3): literal whitespace becomes spaces; &#10; and &#9; stay as written.
        if (/[\t\n]/.test(value)) value = value.replace(/[\t\n]/g, ' ');
        if (value.indexOf('&') >= 0) value = this.decodeReferences(value, p + 1);
        p = end + 1;
        if (attr === 'xmlns' || attr.startsWith('xmlns:')) {
          declarations ??= {};
          declarations[attr === 'xmlns' ? '' : attr.slice(6)] = value;
        } else {
          attributes ??= {};
          if (Object.hasOwn(attributes, attr)) {
            throw new WellFormednessError(
              nameStart,
              `O atributo ${attr} aparece duas vezes na tag <${qname}>.`,
              `Attribute ${attr} redefined`,
            );
          }
          attributes[attr] = value;
        }
      }
    this.pos = p;

    const parentScope = this.scopes[this.scopes.length - 1];
    let scope = parentScope;
    if (declarations) {
      scope = Object.create(parentScope ?? null) as NsScope;
      for (const prefix in declarations) scope[`:${prefix}`] = declarations[prefix]!;
    }
    if (scope !== this.namesScope) {
      this.namesEpoch++;
      this.namesScope = scope;
    }
    if (name.epoch !== this.namesEpoch) {
      const colon = qname.indexOf(':');
      if (colon === 0 || colon === qname.length - 1 || (colon > 0 && qname.indexOf(':', colon + 1) > 0)) {
        throw new WellFormednessError(
          start,
          `O nome de tag <${qname}> é inválido.`,
          `Failed to parse QName '${qname}'`,
        );
      }
      name.local = internalized(colon < 0 ? qname : qname.slice(colon + 1));
      name.ns = internalized(this.resolve(colon < 0 ? '' : qname.slice(0, colon), scope, start, qname));
      name.epoch = this.namesEpoch;
    }
    if (attributes) {
      for (const attr in attributes) {
        const ac = attr.indexOf(':');
        if (ac >= 0) this.resolve(attr.slice(0, ac), scope, start, attr);
      }
    }

    this.advanceLines(start);
    const frame = new ElementFrame(
      name.local,
      name.ns,
      attributes ?? NO_ATTRIBUTES,
      this.line,
      start - this.lineStart + 1,
      this.stack[this.stack.length - 1],
    );
    this.handler.open(frame);
    if (selfClosing) this.handler.close(frame, false);
    else {
      this.stack.push(frame);
      this.qnames.push(qname);
      this.scopes.push(scope);
    }
    return frame;
  }

  /**
   * The tag name at src[from, to) (a valid XML name), as one entry shared by every element with that name: no new
   * string per element, and its local name and namespace resolved once per namespace scope.
   */
  private internName(from: number, to: number): TagName {
    const known = this.knownName(from, to);
    if (known) return known;
    // Interned, so a flat copy of its own rather than a slice of the document: each start and end tag compares its
    // slice with this string, and V8 does that faster against a flat string (A/B on a 15 MB lote: 0.96×).
    const qname = internalized(this.src.slice(from, to));
    const name: TagName = { qname, local: '', ns: '', epoch: -1, next: undefined };
    this.interned.set(qname, name);
    return name;
  }

  /**
   * The interned name that src[from, to) is exactly, if any (only names read by nameEnd are interned). First the
   * name that followed the previous start tag last time, then a map lookup. Compared as native slices: V8
   * compares (and hashes) a slice far faster than a charCodeAt loop, most of all on the external string Node's
   * latin1 decoding makes.
   */
  private knownName(from: number, to: number): TagName | undefined {
    const guess = this.lastName?.next;
    const text = this.src.slice(from, to);
    if (guess !== undefined && guess.qname.length === to - from && text === guess.qname) return guess;
    return this.interned.get(text);
  }

  private close(): void {
    const frame = this.stack.pop()!;
    this.handler.close(frame, !frame.hasChildren);
  }

  private resolve(prefix: string, scope: NsScope | undefined, at: number, qname: string): string {
    if (prefix === 'xml') return XML_NS;
    const uri = scope?.[`:${prefix}`];
    if (uri !== undefined) return uri;
    if (prefix === '') return '';
    throw new WellFormednessError(
      at,
      `O prefixo "${prefix}:" de <${qname}> não foi declarado (falta xmlns:${prefix}="http://www.ans.gov.br/padroes/tiss/schemas" no elemento raiz).`,
      `Namespace prefix ${prefix} on ${qname} is not defined`,
    );
  }

  private endTag(): void {
    const src = this.src;
    const start = this.pos;
    const expected = this.qnames[this.qnames.length - 1]!;
    // Fast path: the expected name followed by '>' (no name scan; a native slice comparison, see knownName).
    const fast = start + 2 + expected.length;
    if (src.charCodeAt(fast) === 0x3e && src.slice(start + 2, fast) === expected) {
      this.close();
      this.qnames.pop();
      this.scopes.pop();
      this.pos = fast + 1;
      return;
    }
    let p = start + 2;
    while (isNameChar(src.charCodeAt(p))) p++;
    const qname = src.slice(start + 2, p);
    while (isSpace(src.charCodeAt(p))) p++;
    if (src.charCodeAt(p) !== 0x3e) {
      if (p >= src.length) throw this.truncated(src.length);
      throw new WellFormednessError(start, `A tag de fechamento </${qname}> está malformada.`, "expected '>'");
    }
    if (qname !== expected) {
      const open = this.stack[this.stack.length - 1];
      throw new WellFormednessError(
        start,
        open
          ? `A tag de fechamento </${qname}> não corresponde à tag aberta <${expected}> (aberta na linha ${open.line}). Alguma tag foi apagada ou digitada errado.`
          : `A tag de fechamento </${qname}> não tem tag de abertura.`,
        `Opening and ending tag mismatch: ${expected} and ${qname}`,
      );
    }
    this.close();
    this.qnames.pop();
    this.scopes.pop();
    this.pos = p + 1;
  }

  /** Resolves the five predefined entities and character references; any other reference is an error. */
  private decodeReferences(text: string, base: number): string {
    let out = '';
    let from = 0;
    let amp = text.indexOf('&');
    while (amp >= 0) {
      const semi = text.indexOf(';', amp + 1);
      const ref = semi < 0 ? '' : text.slice(amp + 1, semi);
      let ch: string | undefined;
      if (ref === 'amp') ch = '&';
      else if (ref === 'lt') ch = '<';
      else if (ref === 'gt') ch = '>';
      else if (ref === 'quot') ch = '"';
      else if (ref === 'apos') ch = "'";
      else if (/^#[0-9]{1,7}$/.test(ref) || /^#x[0-9a-fA-F]{1,6}$/.test(ref)) {
        const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        if (isXmlChar(code)) ch = String.fromCodePoint(code);
      }
      if (ch === undefined) {
        const shown = semi < 0 || semi - amp > 20 ? text.slice(amp, amp + 12) : `&${ref};`;
        throw new WellFormednessError(
          base + amp,
          `Referência "${shown}" inválida no texto. Um "&" sozinho deve ser escrito como &amp;.`,
          semi < 0 ? "EntityRef: expecting ';'" : `Entity '${ref}' not defined`,
        );
      }
      out += text.slice(from, amp) + ch;
      from = semi + 1;
      amp = text.indexOf('&', from);
    }
    return out + text.slice(from);
  }

  private truncated(at: number, what?: string): WellFormednessError {
    const open = this.stack[this.stack.length - 1];
    const qname = this.qnames[this.qnames.length - 1];
    const inside = what ? ` dentro de ${what}` : '';
    const message = open
      ? `O arquivo termina no meio da mensagem${inside}: a tag <${qname}> aberta na linha ${open.line} não foi fechada. O arquivo parece incompleto (cortado no download ou na cópia); gere ou baixe o XML novamente.`
      : `O arquivo termina no meio da mensagem${inside}. O arquivo parece incompleto; gere ou baixe o XML novamente.`;
    return new WellFormednessError(
      at,
      message,
      open ? `Premature end of data in tag ${qname} line ${open.line}` : 'Premature end of data',
    );
  }
}

/** End of the name starting at `p`; ASCII letters, digits and ':' '-' '.' '_' decided without a call. */
function nameEnd(src: string, from: number): number {
  let p = from;
  for (;;) {
    const c = src.charCodeAt(p);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x2d && c <= 0x3a && c !== 0x2f) || c === 0x5f)
      p++;
    else if (c >= 0x80 && isNameChar(c)) p++;
    else return p;
  }
}

/**
 * V8's copy of `s` in its table of unique strings (property keys are kept there): the checks compare each
 * element's name and namespace with constants and look them up in maps, and a unique string matches another by
 * reference instead of by content. Once per name, not per element.
 */
function internalized(s: string): string {
  for (const key in { [s]: 0 }) return key;
  return s;
}

/**
 * An empty array that holds objects from the start. V8 makes `[]` an array of small integers, and each parse's
 * first push of a frame (a name, a scope) into one of its new stacks threw the scanner's optimised code away ("not
 * a Smi"), one stack per run: three recompiles of startTag (40–80 ms of TurboFan each) in runs 5–8 of a 1 MB lote.
 */
export function objectStack<T>(): T[] {
  const stack = [undefined] as T[];
  stack.pop();
  return stack;
}

function indexOrEnd(src: string, what: string, from: number): number {
  const i = src.indexOf(what, from);
  return i < 0 ? src.length : i;
}

function isBlank(src: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(src.charCodeAt(i))) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function isNameStart(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x5f ||
    c === 0x3a ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c <= 0x1fff) ||
    (c >= 0x2070 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfffd && c !== 0xfeff)
  );
}

function isNameChar(c: number): boolean {
  return (
    isNameStart(c) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0xb7 ||
    (c >= 0x300 && c <= 0x36f) ||
    c === 0x203f ||
    c === 0x2040
  );
}

function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}
