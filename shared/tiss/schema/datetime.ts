// Lexical and calendar rules of xs:date, xs:time and xs:dateTime as libxml2 applies them: 4+ digit years
// (no leading zero beyond four digits, no year 0000), real calendar days (2026-02-30 and 2025-02-29 fail,
// 2024-02-29 passes), 24:00:00 allowed as end of day, seconds below 60, zones up to ±14:00.

export type DateLikeType = 'date' | 'time' | 'dateTime';

export interface ParsedDateLike {
  year: number;
  month: number;
  day: number;
  millisOfDay: number;
  /** Minutes east of UTC (0 without a zone). */
  offset: number;
  hasZone: boolean;
}

/** Milliseconds since 1970-01-01T00:00Z, the zone applied when there is one (for min/max facets). */
export function utcMillis(p: ParsedDateLike): number {
  const base = new Date(0);
  base.setUTCFullYear(p.year, p.month - 1, p.day);
  return base.getTime() + p.millisOfDay - p.offset * 60_000;
}

const DATE = '(-?)(\\d{4,})-(\\d{2})-(\\d{2})';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2}(?:\\.\\d+)?)';
const ZONE = '(Z|[+-]\\d{2}:\\d{2})?';
const PATTERNS: Record<DateLikeType, RegExp> = {
  date: new RegExp(`^${DATE}${ZONE}$`),
  time: new RegExp(`^${TIME}${ZONE}$`),
  dateTime: new RegExp(`^${DATE}T${TIME}${ZONE}$`),
};

// libxml2 keeps the year in a C long; the wasm build's is 32 bits.
const MAX_YEAR = 2_147_483_647;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Minutes east of UTC, or undefined for an invalid zone. */
function zoneOffset(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const h = Number(zone.slice(1, 3));
  const m = Number(zone.slice(4, 6));
  if (h > 14 || m > 59 || (h === 14 && m > 0)) return undefined;
  return (zone[0] === '-' ? -1 : 1) * (h * 60 + m);
}

export function parseDateLike(type: DateLikeType, value: string): ParsedDateLike | undefined {
  const m = PATTERNS[type].exec(value);
  if (!m) return undefined;
  let i = 1;
  let year = 1970;
  let month = 1;
  let day = 1;
  if (type !== 'time') {
    const sign = m[i++];
    const digits = m[i++] ?? '';
    if (digits.length > 4 && digits.startsWith('0')) return undefined;
    year = Number(digits);
    if (year === 0 || year > MAX_YEAR) return undefined;
    if (sign === '-') year = -year;
    month = Number(m[i++]);
    day = Number(m[i++]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  }
  let millisOfDay = 0;
  if (type !== 'date') {
    const hh = Number(m[i++]);
    const mm = Number(m[i++]);
    const ss = Number(m[i++]);
    if (mm > 59 || ss >= 60) return undefined;
    if (hh > 24 || (hh === 24 && (mm !== 0 || ss !== 0))) return undefined;
    millisOfDay = ((hh * 60 + mm) * 60 + ss) * 1000;
  }
  const zone = m[i];
  let offset = 0;
  if (zone !== undefined) {
    const o = zoneOffset(zone);
    if (o === undefined) return undefined;
    offset = o;
  }
  return { year, month, day, millisOfDay, offset, hasZone: zone !== undefined };
}
