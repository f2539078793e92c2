// Amounts in the glosa engine are integer centavos, so totals over hundreds of guias add up exactly.
import { formatReais } from '../rules/text.ts';

/** "420.00" / "420" (st_decimal) → 42000; anything else → undefined. */
export function centavosOf(text: string): number | undefined {
  if (!/^-?\d+(\.\d{1,2})?$/.test(text)) return undefined;
  const [int, frac = ''] = text.replace('-', '').split('.');
  const value = Number(int) * 100 + Number(frac.padEnd(2, '0'));
  return text.startsWith('-') ? -value : value;
}

/** 42000 → "420.00", the st_decimal form the XML takes. */
export function decimalOf(centavos: number): string {
  const abs = Math.abs(centavos);
  return `${centavos < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 42000 → "R$ 420,00", as the portal prints. */
export function reais(centavos: number): string {
  return formatReais(centavos / 100);
}
