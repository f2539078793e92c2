// The one place where the glosa engine touches the TISS engine's parsed tree (shared/tiss is being
// reworked for streaming): reading a validated message as a small read-only node API, and stamping the epilogo
// hash on a message we write. Everything else in shared/glosas works on plain data.
import { encodeLatin1 } from '../tiss/bytes.ts';
import { computeEpilogoHash } from '../tiss/hash.ts';
import { validateTiss } from '../tiss/index.ts';
import { parseXml } from '../tiss/parse.ts';
import type { TissReport } from '../tiss/report.ts';
import type { XmlElement } from '../tiss/xml-tree.ts';

/** A read-only view of one element: children by local name, trimmed text. */
export interface Node {
  readonly name: string;
  readonly line: number;
  child(...path: string[]): Node | undefined;
  children(name: string): Node[];
  /** Trimmed text of the child at `path` ('' when absent). */
  text(...path: string[]): string;
}

function node(el: XmlElement): Node {
  const step = (from: XmlElement, name: string) => from.children.find((c) => c.name === name);
  const at = (path: string[]) => {
    let cur: XmlElement | undefined = el;
    for (const n of path) cur = cur && step(cur, n);
    return cur;
  };
  return {
    name: el.name,
    line: el.line,
    child: (...path) => {
      const found = at(path);
      return found && node(found);
    },
    children: (name) => el.children.filter((c) => c.name === name).map(node),
    text: (...path) => at(path)?.text.trim() ?? '',
  };
}

export interface ReadMessage {
  /** The TISS engine's verdict (schema, hash…) for the file. */
  report: Omit<TissReport, 'document' | 'facts'>;
  /** The mensagemTISS root, when the file was well-formed TISS XML. */
  root?: Node;
}

/** Validates the bytes with the TISS engine and gives the message root to read. */
export function readTissMessage(bytes: Uint8Array): ReadMessage {
  const { document, facts: _facts, ...report } = validateTiss(bytes, { tree: true });
  return { report, ...(document && document.root.name === 'mensagemTISS' ? { root: node(document.root) } : {}) };
}

export const HASH_SLOT = '{{HASH}}';

/**
 * Fills the epilogo hash of a message written with HASH_SLOT as the hash text and returns its ISO-8859-1
 * bytes. The hash leaves epilogo/hash out, so computing it over the message with the slot is exact.
 */
export function stampEpilogoHash(
  xml: string,
): { ok: true; hash: string; bytes: Uint8Array } | { ok: false; motivo: string } {
  const parsed = parseXml(xml, 'ISO-8859-1');
  if (!parsed.ok) return { ok: false, motivo: parsed.finding.message };
  const hash = computeEpilogoHash(parsed.document);
  if (!hash.ok) return { ok: false, motivo: `o caractere "${hash.char}" não existe em ISO-8859-1` };
  const encoded = encodeLatin1(xml.replace(HASH_SLOT, hash.calculado));
  if (!encoded.ok) return { ok: false, motivo: 'texto com caractere fora de ISO-8859-1' };
  return { ok: true, hash: hash.calculado, bytes: encoded.bytes };
}
