// Parsing what the portal prints: Brazilian dates and amounts, labels with odd spacing and accents.
// Comparison rules are the rule engine's (`normalizeText`), so a pack synonym matches the same way everywhere.
import { normalizeText } from '../../../shared/rules/text.ts';

/** Collapses whitespace (including NBSP) and trims, so text compares the way a reader sees it. */
export function cleanText(text: string | null | undefined): string {
  // Trimmed first: most cells' text is padded only at its ends, and the trimmed string is then the answer
  // (a lote page's first run reads some 400 cells: one string each instead of two). \s holds NBSP.
  const trimmed = (text ?? '').trim();
  return NEEDS_COLLAPSE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** Whitespace that is not a lone space: a run of two, or a tab, newline, NBSP… */
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/** "Nº Lote:", "N° LOTE" and "nº lote" all become "n lote". */
export const normalizeLabel = normalizeText;

/** "14/06/2024" or "14/06/2024 15:58:42" → "2024-06-14"; anything else → undefined. */
export function parseDataBr(text: string | null | undefined): string | undefined {
  const m = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text ?? '');
  if (!m) return undefined;
  const [, d, mo, y] = m;
  const day = Number(d);
  const month = Number(mo);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${mo}-${d}`;
}

/** "R$ 1.234,56" → 1234.56; "" → undefined. Accepts the plain "1234.56" a number input holds. */
export function parseValorBr(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  // One pass over the characters, no string made: a lote page reads 100 rows' values every first run (five
  // strings each through the replaces below). Anything unusual (a sign, many digits) takes the string path.
  const decimalComma = text.includes(',');
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 44 /* , */ ? decimals < 0 : c === 46 /* . */ && !decimalComma) {
      if (decimals >= 0) return parseValorTexto(text);
      decimals = 0;
    } else if (c === 45 /* - */) return parseValorTexto(text);
  }
  if (!digits) return undefined;
  if (digits > 15 || decimals > 22) return parseValorTexto(text);
  // Both exact (under 2^53, a power of ten up to 1e22): the division rounds as Number() of the text would.
  return decimals > 0 ? mantissa / POWERS_OF_TEN[decimals]! : mantissa;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

function parseValorTexto(text: string): number | undefined {
  const raw = cleanText(text).replace(/R\$\s*/i, '');
  if (!/\d/.test(raw)) return undefined;
  const normalised = raw.includes(',') ? raw.replace(/\./g, '').replace(',', '.') : raw;
  const n = Number(normalised.replace(/[^\d.-]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}
