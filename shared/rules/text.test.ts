import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './text.ts';

/** The comparison rule itself, with no shortcut or memo. */
const reference = (t: string) =>
  t
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe('normalizeText', () => {
  it('compares portal and pack words without case, accents or punctuation', () => {
    expect(normalizeText('Nº Lote:')).toBe('n lote');
    expect(normalizeText('ENVIADO À OPERADORA')).toBe('enviado a operadora');
    expect(normalizeText('Situação^do`Lote')).toBe('situacaodolote');
  });

  it('gives the same answer the first time and every time after, for any text', () => {
    const chars = fc.constantFrom(...'aZ9 -:^`~´¨çÇãÁéêíõüÑº°\u00a0\u0301ß'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (cs) => {
        const t = cs.join('');
        expect(normalizeText(t)).toBe(reference(t));
        expect(normalizeText(t)).toBe(reference(t));
      }),
      { numRuns: 3000 },
    );
    const long = 'Á'.repeat(500);
    expect(normalizeText(long)).toBe(reference(long));
  });
});
