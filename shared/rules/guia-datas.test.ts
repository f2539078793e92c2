import { describe, expect, it } from 'vitest';
import type { Guia } from './context.ts';
import { earliest, earliestOf } from './dates.ts';
import { dataBase } from './guia-datas.ts';

const guia = (dataAtendimento: string | undefined, ...datas: (string | undefined)[]): Guia =>
  ({
    numero: 'G1',
    ...(dataAtendimento ? { dataAtendimento } : {}),
    procedimentos: datas.map((dataRealizacao, i) => ({ item: i + 1, codigo: '10101012', dataRealizacao })),
    outrasDespesas: [],
    anexos: [],
  }) as Guia;

describe('dataBase: the date a deadline counts from', () => {
  it('atendimento: the atendimento date, else the earliest valid realização', () => {
    expect(dataBase(guia('2026-03-10', '2026-01-05'), 'atendimento')).toBe('2026-03-10');
    expect(dataBase(guia(undefined, '2026-02-01', '2026-01-05', '2026-02-30', undefined), 'atendimento')).toBe(
      '2026-01-05',
    );
    expect(dataBase(guia(undefined), 'atendimento')).toBeUndefined();
  });

  it('realizacao: the earliest valid realização, else the atendimento date', () => {
    expect(dataBase(guia('2026-03-10', '2026-03-12', '2026-03-11'), 'realizacao')).toBe('2026-03-11');
    // 2026-01-32 is no date (it would sort first as text): skipped, as earliest skips it.
    expect(dataBase(guia('2026-03-10', '2026-01-32', '2026-03-12'), 'realizacao')).toBe('2026-03-12');
    expect(dataBase(guia('2026-03-10', '2026-02-30'), 'realizacao')).toBe('2026-03-10');
    expect(dataBase(guia('2026-03-10'), 'realizacao')).toBe('2026-03-10');
  });
});

describe('earliestOf', () => {
  it('gives what earliest gives over the same dates', () => {
    const datas = ['2026-05-01', undefined, '2025-12-31', '2025-13-01', '', '2026-01-01'];
    const items = datas.map((d) => ({ d }));
    expect(earliestOf(items, (x) => x.d)).toBe('2025-12-31');
    expect(earliest(datas)).toBe('2025-12-31');
    expect(earliestOf([], (x: { d?: string }) => x.d)).toBeUndefined();
    expect(earliest([undefined, '2025-02-29'])).toBeUndefined();
  });
});
