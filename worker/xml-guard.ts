// A DOCTYPE can only appear in the prolog, before the root element. Scanning just the prolog (declaration,
// processing instructions, comments, whitespace) finds it without decoding the file: every encoding TISS uses
// (UTF-8, ISO-8859-1) is ASCII-compatible there.
const LT = 0x3c;
const DOCTYPE = [...'DOCTYPE'].map((ch) => ch.charCodeAt(0));

function indexOfSeq(bytes: Uint8Array, seq: number[], from: number): number {
  outer: for (let i = from; i <= bytes.length - seq.length; i++) {
    for (let j = 0; j < seq.length; j++) if (bytes[i + j] !== seq[j]) continue outer;
    return i;
  }
  return -1;
}

const PI_END = [0x3f, 0x3e]; // ?>
const COMMENT_END = [0x2d, 0x2d, 0x3e]; // -->

export function hasDoctype(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] !== LT) {
      i++;
      continue;
    }
    const next = bytes[i + 1];
    if (next === 0x3f) {
      const end = indexOfSeq(bytes, PI_END, i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else if (next === 0x21 && bytes[i + 2] === 0x2d && bytes[i + 3] === 0x2d) {
      const end = indexOfSeq(bytes, COMMENT_END, i + 4);
      if (end < 0) return false;
      i = end + 3;
    } else if (next === 0x21) {
      return DOCTYPE.every((ch, k) => ((bytes[i + 2 + k] ?? 0) & 0xdf) === ch);
    } else {
      return false; // the root element starts: no DOCTYPE can follow
    }
  }
  return false;
}
