import { describe, expect, it } from 'vitest';
import { contagem, plural } from './plural.ts';

describe('plural', () => {
  it('is singular for one only, as a clerk reads it', () => {
    expect(contagem(1, 'guia', 'guias')).toBe('1 guia');
    expect(contagem(0, 'guia', 'guias')).toBe('0 guias');
    expect(contagem(101, 'guia', 'guias')).toBe('101 guias');
    expect(plural(-1, 'dia', 'dias')).toBe('dia');
    expect(plural(2, 'falta', 'faltam')).toBe('faltam');
  });
});
