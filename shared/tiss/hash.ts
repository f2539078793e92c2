// The epilogo hash of a TISS message: MD5 over the ISO-8859-1 bytes of the text of every leaf element, in
// document order, except epilogo/hash itself. Text is taken exactly as parsed (untrimmed, references decoded),
// and the bytes are ISO-8859-1 whatever the file's own encoding, so a UTF-8 file and its ISO-8859-1 twin
// carry the same hash. Operadoras reject a lote whose hash does not match.
import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Finding } from '../findings.ts';
import { encodeLatin1 } from './bytes.ts';
import { childAt, whereOf } from './locate.ts';
import type { TissSummary } from './report.ts';
import type { XmlDocument, XmlElement } from './xml-tree.ts';

export const HASH_RULE = 'tiss/hash';
const SOURCE = 'Padrão TISS — epílogo da mensagem (hash MD5)';

/** The epilogo/hash element of a message, if present. */
export function hashElement(doc: XmlDocument): XmlElement | undefined {
  return childAt(doc.root, 'epilogo', 'hash');
}

/** Leaves of the document in order, skipping `exclude`. */
function forEachLeaf(root: XmlElement, exclude: XmlElement | undefined, visit: (leaf: XmlElement) => void): void {
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const kids = el.children;
    if (kids.length === 0) {
      if (el !== exclude) visit(el);
      continue;
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

export type HashOutcome =
  | { ok: true; calculado: string }
  /** A leaf holds a character with no ISO-8859-1 byte: the hash cannot be computed the TISS way. */
  | { ok: false; element: XmlElement; char: string };

export function computeEpilogoHash(doc: XmlDocument): HashOutcome {
  const parts: string[] = [];
  forEachLeaf(doc.root, hashElement(doc), (leaf) => {
    if (leaf.text.length) parts.push(leaf.text);
  });
  const encoded = encodeLatin1(parts.join(''));
  if (encoded.ok) return { ok: true, calculado: bytesToHex(md5(encoded.bytes)) };
  // Rare path: find which leaf holds the offending character, to point the clerk to it.
  let offset = encoded.badIndex;
  let culprit: XmlElement = doc.root;
  let found = false;
  forEachLeaf(doc.root, hashElement(doc), (leaf) => {
    if (found) return;
    if (offset < leaf.text.length) {
      culprit = leaf;
      found = true;
    } else offset -= leaf.text.length;
  });
  const char = String.fromCodePoint(culprit.text.codePointAt(offset) ?? 0xfffd);
  return { ok: false, element: culprit, char };
}

export interface HashCheck {
  hash?: TissSummary['hash'];
  findings: Finding[];
}

/** Compares the declared hash with the computed one (case-insensitive) and explains any difference. */
export function checkEpilogoHash(doc: XmlDocument): HashCheck {
  const computed = computeEpilogoHash(doc);
  const declaredEl = hashElement(doc);
  const declarado = declaredEl?.text.trim();
  if (!computed.ok) {
    const code = `U+${computed.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      findings: [
        {
          rule: HASH_RULE,
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
        severity: 'error',
        message: `O hash do epílogo (${declarado || 'vazio'}) não confere com o conteúdo do arquivo; o valor correto é ${calculado}. O arquivo foi alterado depois de gerado, ou foi salvo em outra codificação. Gere o XML novamente no sistema de faturamento.`,
        where: whereOf(declaredEl),
        source: SOURCE,
        detail: `declared ${declarado}, computed md5 ${calculado} over ISO-8859-1 bytes of leaf text (epilogo/hash excluded)`,
      },
    ],
  };
}
