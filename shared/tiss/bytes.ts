// Bytes ⇄ text for TISS files. Encoding matters twice: to read the file (honour BOM and XML declaration) and to
// compute the epilogo hash (always over ISO-8859-1 bytes). Browsers map the label 'iso-8859-1' to windows-1252
// in TextDecoder, which changes bytes 0x80–0x9F, so ISO-8859-1 is done by hand here: byte value = code point.

export type TextEncodingName = 'UTF-8' | 'ISO-8859-1' | 'US-ASCII';

export interface SniffedEncoding {
  /** Encoding that will be used to decode, or undefined when the file names one we cannot read. */
  encoding?: TextEncodingName;
  /** As written in the XML declaration (or 'UTF-16' etc. when a BOM says so). */
  declared?: string;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  /** True when a UTF-8 BOM overrides a different declared encoding. */
  bomOverridesDeclaration: boolean;
}

const LATIN1_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1', 'iso-ir-100']);
const UTF8_LABELS = new Set(['utf-8', 'utf8']);
const ASCII_LABELS = new Set(['us-ascii', 'ascii']);

export function encodingFromLabel(label: string): TextEncodingName | undefined {
  const l = label.trim().toLowerCase();
  if (UTF8_LABELS.has(l)) return 'UTF-8';
  if (LATIN1_LABELS.has(l)) return 'ISO-8859-1';
  if (ASCII_LABELS.has(l)) return 'US-ASCII';
  return undefined;
}

/** Reads the encoding from a BOM or the XML declaration; no declaration means UTF-8 (XML 1.0 §4.3.3). */
export function sniffEncoding(bytes: Uint8Array): SniffedEncoding {
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { declared: 'UTF-16BE', bomLength: 2, bomOverridesDeclaration: false };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { declared: 'UTF-16LE', bomLength: 2, bomOverridesDeclaration: false };
  const bomLength = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const declared = declaredEncoding(bytes, bomLength);
  if (bomLength) {
    const overrides = declared !== undefined && encodingFromLabel(declared) !== 'UTF-8';
    return { encoding: 'UTF-8', declared, bomLength, bomOverridesDeclaration: overrides };
  }
  if (declared === undefined) return { encoding: 'UTF-8', bomLength: 0, bomOverridesDeclaration: false };
  return { encoding: encodingFromLabel(declared), declared, bomLength: 0, bomOverridesDeclaration: false };
}

const DECLARATION_ENCODING = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/;

function declaredEncoding(bytes: Uint8Array, start: number): string | undefined {
  if (bytes[start] !== 0x3c || bytes[start + 1] !== 0x3f) return undefined; // '<?'
  const head = decodeLatin1(bytes.subarray(start, Math.min(bytes.length, start + 256)));
  const end = head.indexOf('?>');
  if (end < 0) return undefined;
  return DECLARATION_ENCODING.exec(head.slice(0, end + 2))?.[1];
}

let lenientUtf8: TextDecoder | undefined;

/** Offsets of the bytes above 0x7F; scans four bytes at a time where the buffer is 4-byte aligned. */
function highBytes(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  const head = Math.min(bytes.length, (4 - (bytes.byteOffset & 3)) & 3);
  for (; i < head; i++) if (bytes[i]! > 0x7f) out.push(i);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, (bytes.length - i) >> 2);
  for (let w = 0; w < words.length; w++) {
    if ((words[w]! & 0x80808080) === 0) continue;
    const base = i + w * 4;
    for (let k = base; k < base + 4; k++) if (bytes[k]! > 0x7f) out.push(k);
  }
  for (let k = i + words.length * 4; k < bytes.length; k++) if (bytes[k]! > 0x7f) out.push(k);
  return out;
}

/** Node's Buffer, where there is one (the CLI, tests; workerd with nodejs_compat): its 'latin1' is ISO-8859-1. */
interface Latin1Buffers {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'latin1'): string };
}
const nodeBuffer = (globalThis as { Buffer?: Latin1Buffers }).Buffer;

/**
 * True ISO-8859-1: every byte is the code point of the same value. Node's Buffer does it natively (a 15 MB lote
 * in ~15 ms, against ~80 ms below); elsewhere (browsers: their TextDecoder('iso-8859-1') is windows-1252),
 * decodeLatin1Portable.
 */
export function decodeLatin1(bytes: Uint8Array): string {
  if (nodeBuffer) return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return decodeLatin1Portable(bytes);
}

/**
 * ISO-8859-1 without Buffer: the (few) bytes above 0x7F are re-encoded as two-byte UTF-8 and the native UTF-8
 * decoder builds the string: ASCII runs are copied natively and the string comes out as compact as a JS-built
 * one, several times faster.
 */
export function decodeLatin1Portable(bytes: Uint8Array): string {
  lenientUtf8 ??= new TextDecoder('utf-8');
  const high = highBytes(bytes);
  if (high.length === 0) return lenientUtf8.decode(bytes);
  const utf8 = new Uint8Array(bytes.length + high.length);
  let from = 0;
  let j = 0;
  for (const h of high) {
    utf8.set(bytes.subarray(from, h), j);
    j += h - from;
    const c = bytes[h]!;
    utf8[j++] = 0xc0 | (c >> 6);
    utf8[j++] = 0x80 | (c & 0x3f);
    from = h + 1;
  }
  utf8.set(bytes.subarray(from), j);
  return lenientUtf8.decode(utf8);
}

export type DecodeOutcome = { ok: true; text: string } | { ok: false; badOffset: number };

let utf8Decoder: TextDecoder | undefined;

/** Strict UTF-8; on failure reports the byte offset of the first invalid sequence. */
export function decodeUtf8(bytes: Uint8Array): DecodeOutcome {
  utf8Decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return { ok: true, text: utf8Decoder.decode(bytes) };
  } catch {
    return { ok: false, badOffset: firstInvalidUtf8(bytes) };
  }
}

/** First non-ASCII byte, for US-ASCII files; -1 when all bytes are ASCII. */
export function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return i;
  return -1;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}

/** 1-based line and column of a byte offset (lines end at LF; CR LF counts once). */
export function byteLineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export type Latin1Outcome = { ok: true; bytes: Uint8Array } | { ok: false; badIndex: number };

/** ISO-8859-1 bytes of a string; fails at the first character above U+00FF (it has no ISO-8859-1 byte). */
export function encodeLatin1(text: string): Latin1Outcome {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return { ok: false, badIndex: i };
    out[i] = c;
  }
  return { ok: true, bytes: out };
}
