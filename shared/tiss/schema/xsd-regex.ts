// XSD pattern facets → anchored JavaScript regular expressions. XSD regexes are implicitly anchored, have
// no ^/$ anchors (both are ordinary characters) and their \d is any Unicode decimal digit. TISS only uses
// character classes with quantifiers ("[0-9]{11,14}", "[a-zA-Z0-9]+"), so this covers that subset and
// refuses what it does not understand (XSD-only escapes like \i, \c, class subtraction) at compile time.

const cache = new Map<string, RegExp>();

const ESCAPES: Record<string, string> = {
  d: '\\p{Nd}',
  D: '\\P{Nd}',
  s: '[ \\t\\n\\r]',
  S: '[^ \\t\\n\\r]',
  w: '[^\\p{P}\\p{Z}\\p{C}]',
  W: '[\\p{P}\\p{Z}\\p{C}]',
};
const IN_CLASS: Record<string, string> = { d: '\\p{Nd}', D: '\\P{Nd}', s: ' \\t\\n\\r' };

export function compileXsdPattern(pattern: string): RegExp {
  const known = cache.get(pattern);
  if (known) return known;
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '\\') {
      const next = pattern.charAt(++i);
      const mapped = inClass ? IN_CLASS[next] : ESCAPES[next];
      if (mapped) out += mapped;
      else if ('nrt\\|.?*+(){}[]^$-'.includes(next) && next !== '') out += `\\${next}`;
      else throw new Error(`XSD pattern escape \\${next} unsupported: ${pattern}`);
    } else if (inClass) {
      if (ch === ']') inClass = false;
      else if (ch === '-' && pattern.charAt(i + 1) === '[')
        throw new Error(`XSD class subtraction unsupported: ${pattern}`);
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
      if (pattern.charAt(i + 1) === '^') out += pattern.charAt(++i);
    } else if (ch === '^' || ch === '$') {
      out += `\\${ch}`;
    } else {
      out += ch;
    }
  }
  const re = new RegExp(`^(?:${out})$`, 'u');
  cache.set(pattern, re);
  return re;
}
