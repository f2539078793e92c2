// The epilogo hash of a TISS message: MD5 over the ISO-8859-1 bytes (byte = code point ≤ U+00FF) of the text
// of every leaf element, in document order, except epilogo/hash itself. Text is taken exactly as parsed (untrimmed, references decoded),
// and the bytes are ISO-8859-1 whatever the file's own encoding, so a UTF-8 file and its ISO-8859-1 twin
// carry the same hash. Operadoras reject a lote whose hash does not match.
// js-md5: a long-lived, dependency-free MD5 that streams and runs unchanged in browsers, Workers and Node;
// @noble/hashes' generic MD5 ran at ~20 MB/s here, js-md5 at ~150 MB/s (see the commit).
import { md5 } from 'js-md5';
import { type Finding, TISS_KIND } from '../findings.ts';
import { childAt, type ElementFrame, whereOf } from './locate.ts';
import type { TissSummary } from './report.ts';
import type { XmlDocument, XmlElement } from './xml-tree.ts';

export const HASH_RULE = 'tiss/hash';
const SOURCE = 'Padrão TISS — epílogo da mensagem (hash MD5)';

/** The epilogo/hash element of a message, if present. */
export function hashElement(doc: XmlDocument): XmlElement | undefined {
  return childAt(doc.root, 'epilogo', 'hash');
}

/** What the hash reads of a leaf: a tree element, or the parser's frame of it. */
export interface HashLeaf {
  readonly name: string;
  readonly line: number;
  readonly text: string;
}

export type HashOutcome<E extends HashLeaf = HashLeaf> =
  | { ok: true; calculado: string }
  /** A leaf holds a character with no ISO-8859-1 byte: the hash cannot be computed the TISS way. */
  | { ok: false; element: E; char: string };

/** A streaming MD5: bytes in, any number of times, then the digest once. */
export interface Md5 {
  update(bytes: Uint8Array): void;
  /** The digest as 32 lower-case hex digits. */
  hex(): string;
}

/** Makes the MD5 the epilogo hash is computed with; `ValidateTissOptions.md5` takes another (the CLI's native one). */
export type Md5Factory = () => Md5;

/** js-md5, the default: pure JavaScript, so the same in browsers, workerd and Node. */
export const jsMd5: Md5Factory = () => {
  const hasher = md5.create();
  return {
    update: (bytes) => void hasher.update(bytes),
    hex: () => hasher.hex(),
  };
};

const BUFFER_BYTES = 1 << 16;

/**
 * Streams the leaf text into MD5 through a small buffer: no joined copy of the text and no full byte array,
 * which matters for a 15 MB lote in a 128 MB Worker. Fed either by the parser as each leaf closes (one pass,
 * see EpilogoHashStream) or by a recursive walk of a parsed tree (TISS nests about ten levels deep).
 */
class LeafHasher<E extends HashLeaf> {
  private readonly hasher: Md5;
  private readonly buffer = new Uint8Array(BUFFER_BYTES);
  private filled = 0;
  bad: { element: E; index: number } | undefined;

  constructor(
    private readonly exclude: E | undefined,
    md5: Md5Factory = jsMd5,
  ) {
    this.hasher = md5();
  }

  walk(this: LeafHasher<XmlElement>, el: XmlElement): void {
    const kids = el.children;
    if (kids.length === 0) {
      if (el !== this.exclude) this.add(el);
      return;
    }
    for (let i = 0; i < kids.length && !this.bad; i++) this.walk(kids[i]!);
  }

  add(leaf: E): void {
    if (this.bad) return;
    const text = leaf.text;
    const buffer = this.buffer;
    let filled = this.filled;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0xff) {
        this.bad = { element: leaf, index: i };
        return;
      }
      buffer[filled++] = c;
      if (filled === BUFFER_BYTES) {
        this.hasher.update(buffer);
        filled = 0;
      }
    }
    this.filled = filled;
  }

  digest(): string {
    this.hasher.update(this.buffer.subarray(0, this.filled));
    return this.hasher.hex();
  }
}

function outcome<E extends HashLeaf>(hasher: LeafHasher<E>): HashOutcome<E> {
  const bad = hasher.bad;
  if (bad) {
    const char = String.fromCodePoint(bad.element.text.codePointAt(bad.index) ?? 0xfffd);
    return { ok: false, element: bad.element, char };
  }
  return { ok: true, calculado: hasher.digest() };
}

/** The epilogo hash of a parsed tree. */
export function computeEpilogoHash(doc: XmlDocument): HashOutcome<XmlElement> {
  const hasher = new LeafHasher<XmlElement>(hashElement(doc));
  hasher.walk(doc.root);
  return outcome(hasher);
}

/**
 * The epilogo hash computed while parsing: `leaf` is called as each leaf closes (parseXml's onLeaf, or the
 * validator's pass with the parser's frames). Leaves close in document order, so the bytes fed are those
 * computeEpilogoHash walks, and the parser says which leaf is epilogo/hash.
 */
export class EpilogoHashStream<E extends HashLeaf = XmlElement> {
  private readonly hasher: LeafHasher<E>;
  constructor(md5?: Md5Factory) {
    this.hasher = new LeafHasher<E>(undefined, md5);
  }
  readonly leaf = (el: E, isEpilogoHash: boolean): void => {
    if (!isEpilogoHash) this.hasher.add(el);
  };
  outcome(): HashOutcome<E> {
    return outcome(this.hasher);
  }
}

export interface HashCheck {
  hash?: TissSummary['hash'];
  findings: Finding[];
}

/**
 * Compares the declared hash (the text of `declaredEl`, the message's epilogo/hash) with the one computed while
 * parsing (case-insensitive) and explains any difference.
 */
export function checkEpilogoHash(declaredEl: ElementFrame | undefined, computed: HashOutcome<ElementFrame>): HashCheck {
  const declarado = declaredEl?.text.trim();
  if (!computed.ok) {
    const code = `U+${computed.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      findings: [
        {
          rule: HASH_RULE,
          kind: TISS_KIND,
          severity: 'error',
          message: `O campo ${computed.element.name} (linha ${computed.element.line}) contém o caractere "${computed.char}", que não existe na codificação ISO-8859-1 usada no hash do TISS. Troque-o por um caractere simples (sem símbolos especiais) e gere o arquivo novamente.`,
          where: whereOf(computed.element),
          source: SOURCE,
          detail: `character ${code} has no ISO-8859-1 byte; hash not computable`,
        },
      ],
    };
  }
  const { calculado } = computed;
  if (!declaredEl) {
    return {
      hash: { calculado, confere: false },
      findings: [
        {
          rule: HASH_RULE,
          kind: TISS_KIND,
          severity: 'error',
          message: `A mensagem não tem o hash no epílogo (epilogo/hash). O valor esperado é ${calculado}.`,
          where: { field: 'hash', element: 'mensagemTISS/epilogo/hash' },
          source: SOURCE,
          detail: `computed md5 ${calculado}`,
        },
      ],
    };
  }
  const confere = declarado !== undefined && declarado.toLowerCase() === calculado;
  const hash = { declarado, calculado, confere };
  if (confere) return { hash, findings: [] };
  return {
    hash,
    findings: [
      {
        rule: HASH_RULE,
        kind: TISS_KIND,
        severity: 'error',
        message: `O hash do epílogo (${declarado || 'vazio'}) não confere com o conteúdo do arquivo; o valor correto é ${calculado}. O arquivo foi alterado depois de gerado, ou foi salvo em outra codificação. Gere o XML novamente no sistema de faturamento.`,
        where: whereOf(declaredEl),
        source: SOURCE,
        detail: `declared ${declarado}, computed md5 ${calculado} over ISO-8859-1 bytes of leaf text (epilogo/hash excluded)`,
      },
    ],
  };
}
