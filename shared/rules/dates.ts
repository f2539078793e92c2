// Calendar-date arithmetic for rules. Dates are 'YYYY-MM-DD' calendar dates in America/Sao_Paulo; they are
// counted as day numbers in UTC so that no time zone or DST shift can move a day.
const MS_PER_DAY = 86_400_000;
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

// Plain integer arithmetic (days from/to a proleptic Gregorian civil date), no Date objects: a lote page checks
// a few hundred dates per run, and a Date per call was a visible part of the full check (npm run bench:ext).
const DIGIT_0 = 48;
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to y-m-d (March-based years, so the leap day is the last of the year). */
function fromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function toCivil(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Day number since 1970-01-01, or undefined when the text is not a real calendar date (2026-02-30). */
export function dayNumber(iso: string): number | undefined {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  // Years below 100 were never dates here (Date.UTC reads them as 19xx): kept refused.
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return fromCivil(y, m, d);
}

/** Whole days from `from` to `to` (positive when `to` is later); undefined when either is not a date. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

export function addDays(iso: string, days: number): string | undefined {
  const n = dayNumber(iso);
  if (n === undefined) return undefined;
  if (!Number.isInteger(days)) return new Date((n + days) * MS_PER_DAY).toISOString().slice(0, 10);
  const [y, m, d] = toCivil(n + days);
  if (y < 0 || y > 9999) return new Date((n + days) * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** 'AAAA-MM-DD' → 'DD/MM/AAAA', the way the portal and the clerks write dates. */
export function formatDateBr(iso: string): string {
  const m = isoPattern.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Earliest of some ISO dates (string order is date order for valid ISO dates). */
export function earliest(dates: readonly (string | undefined)[]): string | undefined {
  return earliestOf(dates, itself);
}

const itself = (d: string | undefined) => d;

/**
 * Earliest of the items' ISO dates, read in place: no list of the dates made (a lote page's first run asks it
 * of 100 guias' procedures). By index: a for-of's iterator is an object per call until the code is optimised.
 */
export function earliestOf<T>(items: readonly T[], dateOf: (item: T) => string | undefined): string | undefined {
  let out: string | undefined;
  for (let i = 0; i < items.length; i++) {
    const d = dateOf(items[i]!);
    if (d && dayNumber(d) !== undefined && (out === undefined || d < out)) out = d;
  }
  return out;
}

export function latest(dates: readonly (string | undefined)[]): string | undefined {
  let out: string | undefined;
  for (const d of dates) if (d && dayNumber(d) !== undefined && (out === undefined || d > out)) out = d;
  return out;
}

const saoPauloDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Sao_Paulo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in America/Sao_Paulo for an instant; callers pass it to rules as `hoje`. */
export function hojeEmSaoPaulo(now: Date): string {
  const parts = saoPauloDate.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
