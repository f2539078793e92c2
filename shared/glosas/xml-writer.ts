// A minimal TISS message writer: elements in the ans: namespace, text escaped, tab-indented. Enough for the
// messages the glosa engine writes (and the demonstrativos its tests build); the order of children is the
// caller's, following the XSD.
import { HASH_SLOT } from './tiss-tree.ts';

export type XmlTree = string | [string, ...XmlTree[]];

/** An element; `undefined`/`false` children are left out, so optional fields read inline. */
export const el = (name: string, ...kids: (XmlTree | undefined | false)[]): XmlTree => [
  name,
  ...kids.filter((k): k is XmlTree => k !== undefined && k !== false),
];

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function write(t: XmlTree, depth: number): string {
  if (typeof t === 'string') return escapeText(t);
  const [name, ...kids] = t;
  const pad = '\t'.repeat(depth);
  if (kids.length === 1 && typeof kids[0] === 'string')
    return `${pad}<ans:${name}>${escapeText(kids[0])}</ans:${name}>\n`;
  return `${pad}<ans:${name}>\n${kids.map((k) => write(k, depth + 1)).join('')}${pad}</ans:${name}>\n`;
}

/** A whole mensagemTISS (cabecalho and body given) with HASH_SLOT as epilogo/hash, declared ISO-8859-1. */
export function mensagemTiss(cabecalho: XmlTree, corpo: XmlTree): string {
  const root = write(el('mensagemTISS', cabecalho, corpo, el('epilogo', el('hash', HASH_SLOT))), 0);
  return `<?xml version="1.0" encoding="ISO-8859-1"?>\n${root.replace(
    '<ans:mensagemTISS>',
    '<ans:mensagemTISS xmlns:ans="http://www.ans.gov.br/padroes/tiss/schemas">',
  )}`;
}
