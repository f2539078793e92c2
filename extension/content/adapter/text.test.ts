import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, parseValorBr } from './text.ts';

describe('parseValorBr', () => {
  it('reads an amount as the portal prints it, or as a number input holds it', () => {
    const casos: [string | null | undefined, number | undefined][] = [
      ['R$ 1.234,56', 1234.56],
      ['R$\u00a01.234,56', 1234.56],
      ['  R$ 80,00 ', 80],
      ['1.234.567,89', 1234567.89],
      ['0,30', 0.3],
      ['0,1', 0.1],
      ['1234.56', 1234.56],
      ['1.000', 1],
      ['.5', 0.5],
      ['250', 250],
      ['1,', 1],
      ['R$ -15,40', -15.4],
      ['-', undefined],
      ['1.2.3', undefined],
      ['R$', undefined],
      ['', undefined],
      [null, undefined],
      [undefined, undefined],
      ['1.234.567.890.123.456,78', Number('1234567890123456.78')],
    ];
    for (const [texto, valor] of casos) expect([texto, parseValorBr(texto)]).toEqual([texto, valor]);
  });

  it('gives the same number as the amount written in JavaScript: every cent up to R$ 2.000,00, then a sample to R$ 10 mi', () => {
    for (let centavos = 0; centavos <= 1_000_000_000; centavos += centavos < 200_000 ? 1 : 9_973) {
      const reais = Math.floor(centavos / 100);
      const texto = `R$ ${reais.toLocaleString('pt-BR')},${String(centavos % 100).padStart(2, '0')}`;
      const esperado = Number(`${reais}.${String(centavos % 100).padStart(2, '0')}`);
      if (parseValorBr(texto) !== esperado) expect([texto, parseValorBr(texto)]).toEqual([texto, esperado]);
    }
  });
});

describe('cleanText', () => {
  it('collapses every whitespace run (NBSP, tabs, newlines) to one space and trims, as a reader sees the text', () => {
    expect(cleanText('\n      12345\n    ')).toBe('12345');
    expect(cleanText('Nº\u00a0Guia  \t Prestador')).toBe('Nº Guia Prestador');
    expect(cleanText('R$ 80,00')).toBe('R$ 80,00');
    expect(cleanText('a\u2003b\ufeff')).toBe('a b');
    expect(cleanText('  ')).toBe('');
    expect(cleanText(null)).toBe('');
    expect(cleanText(undefined)).toBe('');
    // Any text: the whitespace runs replaced by one space, then the ends trimmed.
    const ws = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\r\n', ' \u00a0 ');
    const word = fc.constantFrom('a', 'Guia', 'R$', '80,00', 'Nº', 'ç');
    fc.assert(
      fc.property(fc.array(fc.oneof(ws, word), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(cleanText(text)).toBe(text.replace(/[\s\u00a0]+/g, ' ').trim());
      }),
    );
  });
});
