// Calendar-date arithmetic for rules. Dates are 'YYYY-MM-DD' calendar dates in America/Sao_Paulo; they are
// counted as day numbers in UTC so that no time zone or DST shift can move a day.
const MS_PER_DAY = 86_400_000;
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number since 1970-01-01, or undefined when the text is not a real calendar date (2026-02-30). */
export function dayNumber(iso: string): number | undefined {
  const m = isoPattern.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms / MS_PER_DAY;
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
  return new Date((n + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 'AAAA-MM-DD' → 'DD/MM/AAAA', the way the portal and the clerks write dates. */
export function formatDateBr(iso: string): string {
  const m = isoPattern.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Earliest of some ISO dates (string order is date order for valid ISO dates). */
export function earliest(dates: readonly (string | undefined)[]): string | undefined {
  let out: string | undefined;
  for (const d of dates) if (d && dayNumber(d) !== undefined && (out === undefined || d < out)) out = d;
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
