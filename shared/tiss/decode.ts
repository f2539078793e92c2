// Bytes of an uploaded file → text, or a finding saying in plain words why the bytes cannot be read.
// Order matters for clear messages: a PDF renamed .xml should hear "not XML", not "bad UTF-8".
import { type Finding, TISS_KIND } from '../findings.ts';
import {
  byteLineColumn,
  decodeLatin1,
  decodeUtf8,
  firstNonAscii,
  type SniffedEncoding,
  sniffEncoding,
  type TextEncodingName,
} from './bytes.ts';

export const ENCODING_RULE = 'tiss/codificacao';
export const NOT_XML_RULE = 'tiss/xml-malformado';

export type DecodedFile =
  | { ok: true; text: string; encoding: TextEncodingName; warnings: Finding[] }
  | { ok: false; finding: Finding; encoding?: string };

function encodingError(message: string, detail: string, line = 1, column = 1): Finding {
  return { rule: ENCODING_RULE, kind: TISS_KIND, severity: 'error', message, where: { line, column }, detail };
}

function firstNonSpace(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return i;
}

export function decodeTissBytes(bytes: Uint8Array): DecodedFile {
  const sniffed = sniffEncoding(bytes);
  if (sniffed.declared?.startsWith('UTF-16')) {
    return {
      ok: false,
      encoding: sniffed.declared,
      finding: encodingError(
        'O arquivo está em UTF-16. Mensagens TISS usam ISO-8859-1 (ou UTF-8): salve o XML novamente nessa codificação.',
        `${sniffed.declared} byte-order mark`,
      ),
    };
  }
  const start = firstNonSpace(bytes, sniffed.bomLength);
  if (start >= bytes.length || bytes[start] !== 0x3c) {
    const { line, column } = byteLineColumn(bytes, start);
    return {
      ok: false,
      finding: {
        rule: NOT_XML_RULE,
        kind: TISS_KIND,
        severity: 'error',
        message:
          start >= bytes.length
            ? 'O arquivo está vazio.'
            : `O arquivo não é um XML: deveria começar com "<" (por exemplo <?xml ... ?>). Verifique se o arquivo escolhido é mesmo o XML do lote, e não um PDF ou outro documento (linha ${line}, coluna ${column}).`,
        where: { line, column },
        detail: start >= bytes.length ? 'Document is empty' : "Start tag expected, '<' not found",
      },
    };
  }
  if (!sniffed.encoding) {
    return {
      ok: false,
      encoding: sniffed.declared,
      finding: encodingError(
        `O arquivo declara a codificação "${sniffed.declared}", que não é aceita. Use encoding="ISO-8859-1" (padrão do TISS) ou UTF-8.`,
        `unsupported encoding ${sniffed.declared}`,
      ),
    };
  }
  return decodeAs(bytes, sniffed, sniffed.encoding);
}

function decodeAs(bytes: Uint8Array, sniffed: SniffedEncoding, encoding: TextEncodingName): DecodedFile {
  const body = bytes.subarray(sniffed.bomLength);
  const warnings: Finding[] = [];
  if (sniffed.bomOverridesDeclaration) {
    warnings.push({
      rule: ENCODING_RULE,
      kind: TISS_KIND,
      severity: 'warning',
      message: `O arquivo declara "${sniffed.declared}", mas começa com a marca (BOM) de UTF-8; foi lido como UTF-8. Confira os acentos e gere o arquivo sem a marca ou com a declaração correta.`,
      where: { line: 1, column: 1 },
      detail: 'UTF-8 BOM overrides the declared encoding',
    });
  }
  if (encoding === 'UTF-8') {
    const r = decodeUtf8(body);
    if (r.ok) return { ok: true, text: r.text, encoding, warnings };
    const offset = r.badOffset + sniffed.bomLength;
    const { line, column } = byteLineColumn(bytes, offset);
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      encoding,
      finding: encodingError(
        `O arquivo ${sniffed.declared ? 'declara' : 'não declara codificação, o que vale como'} UTF-8, mas a linha ${line} tem caracteres em outra codificação (provavelmente ISO-8859-1, em acentos como "ç" ou "ã"). Corrija a declaração para encoding="ISO-8859-1" ou salve o arquivo em UTF-8 (linha ${line}, coluna ${column}).`,
        `Input is not proper UTF-8: byte 0x${byte} at offset ${offset}`,
        line,
        column,
      ),
    };
  }
  if (encoding === 'US-ASCII') {
    const bad = firstNonAscii(body);
    if (bad >= 0) {
      const { line, column } = byteLineColumn(bytes, bad);
      return {
        ok: false,
        encoding,
        finding: encodingError(
          `O arquivo declara US-ASCII, mas a linha ${line} tem caracteres acentuados. Use encoding="ISO-8859-1" (linha ${line}, coluna ${column}).`,
          `non-ASCII byte at offset ${bad}`,
          line,
          column,
        ),
      };
    }
  }
  const text = decodeLatin1(body);
  const mojibake = encoding === 'ISO-8859-1' && looksLikeUtf8(body);
  if (mojibake) {
    warnings.push({
      rule: ENCODING_RULE,
      kind: TISS_KIND,
      severity: 'warning',
      message:
        'O arquivo declara ISO-8859-1, mas o conteúdo parece estar em UTF-8: os acentos ficam trocados (por exemplo "Ã§" no lugar de "ç") e o hash não confere. Salve o arquivo em ISO-8859-1 ou corrija a declaração para UTF-8.',
      where: { line: 1, column: 1 },
      detail: 'declared ISO-8859-1 but bytes are valid UTF-8 with multi-byte sequences',
    });
  }
  return { ok: true, text, encoding, warnings };
}

/** Valid UTF-8 with at least one multi-byte sequence: a UTF-8 file mislabelled as ISO-8859-1. */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  const hi = firstNonAscii(bytes);
  if (hi < 0) return false;
  return decodeUtf8(bytes.subarray(hi)).ok;
}
