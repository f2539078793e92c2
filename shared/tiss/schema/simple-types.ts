// Checks a text value against a compiled simple type the way libxml2 (xmllint-wasm 2.13.8, our oracle) does,
// which is not always the way the XSD spec reads. The quirks are pinned by tests in
// test/unit/tiss-schema-quirks.test.ts:
// - decimal, integer and boolean values may carry surrounding whitespace; date and dateTime may not;
//   time accepts leading whitespace but not trailing;
// - strings are never collapsed: enumeration and pattern see the value as written, lengths count characters;
// - totalDigits/fractionDigits ignore leading zeros and trailing fraction zeros ("1.500" has 1 fraction digit);
// - a dated value with a time zone meets minInclusive of a date without one only when it is strictly later.
import { parseDateLike, utcMillis } from './datetime.ts';
import type { SimpleTypeModel } from './model-types.ts';
import { compileXsdPattern } from './xsd-regex.ts';

/** Why a value was refused, in a form the message layer turns into pt-BR. */
export type SimpleTypeFailure =
  | { kind: 'lexical' }
  | { kind: 'enumeration'; allowed: readonly string[] }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'length'; actual: number; expected: number }
  | { kind: 'minLength'; actual: number; min: number }
  | { kind: 'maxLength'; actual: number; max: number }
  | { kind: 'totalDigits'; actual: number; max: number }
  | { kind: 'fractionDigits'; actual: number; max: number }
  | { kind: 'minInclusive' | 'maxInclusive' | 'minExclusive' | 'maxExclusive'; limit: string };

const XML_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function trimXml(s: string): string {
  if (s.length === 0 || (!isXmlSpace(s.charCodeAt(0)) && !isXmlSpace(s.charCodeAt(s.length - 1)))) return s;
  return s.replace(XML_SPACE, '');
}

// Enumerations reach hundreds of values (dm_CBOS, dm_tipoGlosa): look them up in a Set built once per type.
const enumSets = new WeakMap<SimpleTypeModel, Set<string>>();
function inEnumeration(type: SimpleTypeModel, values: readonly string[], value: string): boolean {
  let set = enumSets.get(type);
  if (!set) {
    set = new Set(values);
    enumSets.set(type, set);
  }
  return set.has(value);
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const INTEGER = /^[+-]?\d+$/;
const NCNAME = /^[\p{L}_][\p{L}\p{Nd}\p{Mn}\p{Mc}\p{Pc}\p{Lm}._\u00B7-]*$/u;

/** Code points, as libxml2 counts string length (JS length counts UTF-16 units). */
export function charLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/**
 * Whether a string of `units` UTF-16 code units meets the type's length facets whatever it holds: its length in
 * characters is between ceil(units / 2) (all surrogate pairs) and `units`. Spares counting on nearly every value.
 */
function lengthSurelyFits(type: SimpleTypeModel, units: number): boolean {
  return (
    type.l === undefined &&
    (type.mnl === undefined || (units + 1) >> 1 >= type.mnl) &&
    (type.mxl === undefined || units <= type.mxl)
  );
}

/** Significant digits of a valid decimal lexical value: [total, fraction], without leading/trailing zeros. */
function digitCounts(intPart: string, fracPart: string): [number, number] {
  const frac = fracPart.replace(/0+$/, '');
  const int = intPart.replace(/^0+/, '');
  return [int.length + frac.length, frac.length];
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * base64Binary as libxml2 reads it: characters outside the alphabet (spaces, but also "!" or "é") are skipped;
 * after the first "=" only more "=" may follow; the count of data characters and padding must fit 4-character
 * groups, and the last data character must not carry bits that the padding says are unused.
 */
function checkBase64(value: string): boolean {
  let data = 0;
  let pad = 0;
  let last = 0;
  for (let k = 0; k < value.length; k++) {
    const ch = value.charAt(k);
    const d = BASE64_ALPHABET.indexOf(ch);
    if (ch === '=') pad++;
    else if (d >= 0 && pad > 0) return false;
    else if (d >= 0) {
      data++;
      last = d;
    }
  }
  if (pad === 0) return data % 4 === 0;
  if (pad === 1) return data % 4 === 3 && (last & 0x03) === 0;
  if (pad === 2) return data % 4 === 2 && (last & 0x0f) === 0;
  return false;
}

// RFC 3986 URI-reference, which libxml2's URI parser enforces.
const URI_REFERENCE = (() => {
  const pct = '%[0-9A-Fa-f]{2}';
  const plain = "A-Za-z0-9\\-._~!$&'()*+,;=";
  const pchar = `(?:[${plain}:@]|${pct})`;
  const segment = `${pchar}*`;
  const segmentNz = `${pchar}+`;
  const segmentNzNc = `(?:[${plain}@]|${pct})+`;
  const tail = `(?:\\?(?:${pchar}|[/?])*)?(?:#(?:${pchar}|[/?])*)?`;
  const authority = `(?:(?:[${plain}:]|${pct})*@)?(?:\\[[^\\]]*\\]|(?:[${plain}]|${pct})*)(?::[0-9]*)?`;
  const abempty = `(?:/${segment})*`;
  const absolute = `/(?:${segmentNz}(?:/${segment})*)?`;
  const hier = `(?://${authority}${abempty}|${absolute}|${segmentNz}(?:/${segment})*|)`;
  const relative = `(?://${authority}${abempty}|${absolute}|${segmentNzNc}(?:/${segment})*|)`;
  return new RegExp(`^(?:[A-Za-z][A-Za-z0-9+.-]*:${hier}${tail}|${relative}${tail})$`);
})();

/**
 * anyURI as libxml2 checks it: whitespace collapsed, then characters a URI cannot hold (controls, space,
 * non-ASCII, <>"{}|\\^`') replaced by "_" — so they pass — and the rest parsed as an RFC 3986 reference:
 * a bad %-escape, a "#" in the fragment or a ":" in a scheme-less first segment fail.
 */
function isAnyUri(raw: string): boolean {
  const collapsed = trimXml(raw).replace(/[ \t\r\n]+/g, ' ');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among those libxml2 replaces
  const escaped = collapsed.replace(/[\u0000-\u0020\u007f-\uffff<>"{}|\\^`']/g, '_');
  return URI_REFERENCE.test(escaped);
}

// A lote repeats the same dates, amounts and codes thousands of times, and parsing a date or a decimal costs
// far more than a map lookup: a validation run may pass a memo of these pure checks' verdicts, per type, for
// short values (bounded per type; one memo per run, so no value outlives the file it came from).
const MEMO_TYPES = new Set(['decimal', 'integer', 'boolean', 'date', 'time', 'dateTime']);
const MEMO_MAX_LENGTH = 40;
const MEMO_MAX_ENTRIES = 2048;

/** Verdicts already computed in one validation run, by type and value. */
export type SimpleValueMemo = Map<SimpleTypeModel, ValueVerdicts>;
/** Verdicts already computed in one validation run for one type, by value (null: valid). */
export type ValueVerdicts = Map<string, SimpleTypeFailure | null>;

/** Whether the values of `type` are worth remembering (see MEMO_TYPES). */
export function memoable(type: SimpleTypeModel): boolean {
  return MEMO_TYPES.has(type.b);
}

/**
 * The same type with every facet key present (undefined when absent), so all simple types share one object shape
 * and checkValue's reads of them stay monomorphic (the model's JSON objects have one shape per set of facets).
 */
export function uniformSimpleType(t: SimpleTypeModel): SimpleTypeModel {
  return {
    k: 's',
    n: t.n,
    b: t.b,
    e: t.e,
    p: t.p,
    l: t.l,
    mnl: t.mnl,
    mxl: t.mxl,
    td: t.td,
    fd: t.fd,
    mni: t.mni,
    mxi: t.mxi,
    mne: t.mne,
    mxe: t.mxe,
    d: t.d,
  };
}

/** Returns the first failure, or undefined when the value is valid. */
export function checkSimpleValue(
  type: SimpleTypeModel,
  raw: string,
  memo?: SimpleValueMemo,
): SimpleTypeFailure | undefined {
  if (!memo || !memoable(type)) return checkValue(type, raw);
  let verdicts = memo.get(type);
  if (!verdicts) {
    verdicts = new Map();
    memo.set(type, verdicts);
  }
  return checkSimpleValueWith(type, raw, verdicts);
}

/** checkSimpleValue with this type's verdicts at hand (null when the type is not memoable). */
export function checkSimpleValueWith(
  type: SimpleTypeModel,
  raw: string,
  verdicts: ValueVerdicts | null,
): SimpleTypeFailure | undefined {
  if (verdicts === null || raw.length > MEMO_MAX_LENGTH) return checkValue(type, raw);
  const hit = verdicts.get(raw);
  if (hit !== undefined) return hit ?? undefined;
  const failure = checkValue(type, raw);
  if (verdicts.size < MEMO_MAX_ENTRIES) verdicts.set(raw, failure ?? null);
  return failure;
}

function checkValue(type: SimpleTypeModel, raw: string): SimpleTypeFailure | undefined {
  let comparable: number | undefined;
  switch (type.b) {
    case 'string':
    case 'anySimpleType':
      break;
    case 'decimal':
    case 'integer': {
      const v = trimXml(raw);
      const m = DECIMAL.exec(v);
      if (!m || (m[2] === '' && !m[3]) || (type.b === 'integer' && !INTEGER.test(v))) return { kind: 'lexical' };
      const [total, fraction] = digitCounts(m[2] ?? '', m[3] ?? '');
      if (type.td !== undefined && total > type.td) return { kind: 'totalDigits', actual: total, max: type.td };
      if (type.fd !== undefined && fraction > type.fd)
        return { kind: 'fractionDigits', actual: fraction, max: type.fd };
      comparable = Number(v);
      break;
    }
    case 'boolean':
      if (!/^(true|false|1|0)$/.test(trimXml(raw))) return { kind: 'lexical' };
      break;
    case 'date':
    case 'time':
    case 'dateTime': {
      // libxml2 skips leading blanks for time only, and never trailing ones (see header).
      const v =
        type.b === 'time' && raw.length > 0 && isXmlSpace(raw.charCodeAt(0)) ? raw.replace(/^[ \t\r\n]+/, '') : raw;
      const parsed = parseDateLike(type.b, v);
      if (!parsed) return { kind: 'lexical' };
      if (type.mni !== undefined || type.mxi !== undefined || type.mne !== undefined || type.mxe !== undefined) {
        const failure = checkDateBounds(type, utcMillis(parsed), parsed.hasZone);
        if (failure) return failure;
      }
      break;
    }
    case 'base64Binary':
      if (!checkBase64(raw)) return { kind: 'lexical' };
      break;
    case 'anyURI':
      if (!isAnyUri(raw)) return { kind: 'lexical' };
      break;
    case 'ID':
      if (!NCNAME.test(trimXml(raw))) return { kind: 'lexical' };
      break;
  }
  if (type.e && !inEnumeration(type, type.e, raw)) return { kind: 'enumeration', allowed: type.e };
  if (type.p) {
    for (const step of type.p) {
      if (!step.some((p) => compileXsdPattern(p).test(raw))) return { kind: 'pattern', pattern: step.join(' | ') };
    }
  }
  if ((type.b === 'string' || type.b === 'anySimpleType') && !lengthSurelyFits(type, raw.length)) {
    const len = charLength(raw);
    if (type.l !== undefined && len !== type.l) return { kind: 'length', actual: len, expected: type.l };
    if (type.mnl !== undefined && len < type.mnl) return { kind: 'minLength', actual: len, min: type.mnl };
    if (type.mxl !== undefined && len > type.mxl) return { kind: 'maxLength', actual: len, max: type.mxl };
  }
  if (comparable !== undefined) {
    if (type.mni !== undefined && !(comparable >= Number(type.mni))) return { kind: 'minInclusive', limit: type.mni };
    if (type.mxi !== undefined && !(comparable <= Number(type.mxi))) return { kind: 'maxInclusive', limit: type.mxi };
    if (type.mne !== undefined && !(comparable > Number(type.mne))) return { kind: 'minExclusive', limit: type.mne };
    if (type.mxe !== undefined && !(comparable < Number(type.mxe))) return { kind: 'maxExclusive', limit: type.mxe };
  }
  return undefined;
}

function dateBound(type: SimpleTypeModel, lexical: string): number | undefined {
  const parsed = parseDateLike(type.b as 'date' | 'time' | 'dateTime', lexical);
  return parsed ? utcMillis(parsed) : undefined;
}

function checkDateBounds(type: SimpleTypeModel, value: number, hasZone: boolean): SimpleTypeFailure | undefined {
  const bound = (lexical: string) => dateBound(type, lexical);
  // A zoned value against an unzoned limit is only "indeterminate" in the spec; libxml2 then requires the
  // value to be strictly beyond the limit (1850-01-01Z fails minInclusive 1850-01-01, 1850-01-01-00:01 passes).
  const strict = hasZone;
  if (type.mni !== undefined) {
    const b = bound(type.mni);
    if (b !== undefined && (strict ? value <= b : value < b)) return { kind: 'minInclusive', limit: type.mni };
  }
  if (type.mxi !== undefined) {
    const b = bound(type.mxi);
    if (b !== undefined && (strict ? value >= b : value > b)) return { kind: 'maxInclusive', limit: type.mxi };
  }
  if (type.mne !== undefined) {
    const b = bound(type.mne);
    if (b !== undefined && value <= b) return { kind: 'minExclusive', limit: type.mne };
  }
  if (type.mxe !== undefined) {
    const b = bound(type.mxe);
    if (b !== undefined && value >= b) return { kind: 'maxExclusive', limit: type.mxe };
  }
  return undefined;
}
