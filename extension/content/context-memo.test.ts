import { describe, expect, it } from 'vitest';
import type { RuleContextInput } from '../../shared/rules/context.ts';
import { parseRuleContext } from '../../shared/rules/engine.ts';
import { ContextMemo, sameData } from './context-memo.ts';

/** A lote page's facts as the adapter reads them: a fresh object on every run. */
const pagina = (codigos: Record<string, string>, extra: Partial<RuleContextInput> = {}): RuleContextInput => ({
  hoje: '2026-12-03',
  operadora: '345474',
  lote: { numero: '8504', situacao: 'Aberto', quantidadeGuias: Object.keys(codigos).length, anexos: [] },
  guias: Object.entries(codigos).map(([numero, codigo]) => ({
    numero,
    tipo: 'sp-sadt' as const,
    dataAtendimento: '2026-11-14',
    procedimentos: [{ item: 1, codigo, dataRealizacao: '2026-11-14' }],
    outrasDespesas: [],
    anexos: [],
  })),
  ...extra,
});

describe('the page context, parsed once per change', () => {
  it('gives what a full parse gives, and the same context again while the page shows the same facts', () => {
    const memo = new ContextMemo();
    const first = memo.parse(pagina({ 100: '30909031', 101: '10101012' }));
    expect(first).toEqual(parseRuleContext(pagina({ 100: '30909031', 101: '10101012' })));
    expect(memo.parse(pagina({ 100: '30909031', 101: '10101012' }))).toBe(first);
  });

  it('follows a guia whose facts changed (a record written again) and keeps the others as they were', () => {
    const memo = new ContextMemo();
    const a = memo.parse(pagina({ 100: '30909031', 101: '10101012' }));
    const b = memo.parse(pagina({ 100: '10101012', 101: '10101012' }));
    if (!a.ok || !b.ok) throw new Error('contexto recusado');
    expect(b.context.guias?.[0]?.procedimentos[0]?.codigo).toBe('10101012');
    expect(b.context.guias?.[1]).toBe(a.context.guias?.[1]);
    // The header changed (situação), the guias did not: the new header is seen.
    const c = memo.parse(
      pagina({ 100: '10101012', 101: '10101012' }, { lote: { numero: '8504', situacao: 'Fechado', anexos: [] } }),
    );
    expect(c.ok && c.context.lote?.situacao).toBe('Fechado');
  });

  it("joins what a guia's record knows to the page's guia, and follows a record read again", () => {
    const memo = new ContextMemo();
    const soPagina = () =>
      pagina({ 100: '10101012' }, { guias: [{ numero: '100', procedimentos: [], outrasDespesas: [], anexos: [] }] });
    const registro = (codigo: string) => ({
      numero: '100',
      dataAtendimento: '2026-11-14',
      procedimentos: [{ item: 1, codigo }],
      outrasDespesas: [],
      anexos: [],
    });
    const hemo = registro('30909031');
    const a = memo.parse(soPagina(), [hemo]);
    expect(a).toEqual(
      parseRuleContext({
        ...soPagina(),
        guias: [{ ...hemo, ...soPagina().guias![0]!, procedimentos: hemo.procedimentos }],
      }),
    );
    expect(memo.parse(soPagina(), [hemo])).toBe(a);
    // The popup checked the guia's XML again: another record, another procedure.
    const b = memo.parse(soPagina(), [registro('10101012')]);
    expect(b.ok && b.context.guias?.[0]?.procedimentos[0]?.codigo).toBe('10101012');
    expect(b.ok && b.context.guias?.[0]?.dataAtendimento).toBe('2026-11-14');
  });

  it('names the guia and field a bad fact came from, as the full parse does, and recovers once it is fixed', () => {
    const memo = new ContextMemo();
    memo.parse(pagina({ 100: '30909031' }));
    const ruim = pagina({ 100: '30909031', 101: '10101012' });
    ruim.guias![1]!.dataAtendimento = '14/11/2026';
    const r = memo.parse(ruim);
    expect(r).toEqual(parseRuleContext(ruim));
    expect(!r.ok && r.finding.detail).toMatch(/guias\[1\]\.dataAtendimento/);
    expect(memo.parse(pagina({ 100: '30909031', 101: '10101012' })).ok).toBe(true);
  });

  it("parses the lote grid's rows (number, type, values, anexos) as the full parse does, and a guia with more facts keeps them", () => {
    const linha = (numero: string, extra: Record<string, unknown> = {}) => ({
      numero,
      tipo: 'sp-sadt' as const,
      procedimentos: [],
      outrasDespesas: [],
      anexos: [{ tipo: '04-INDICACAO CLINICA', nome: `Guia_${numero}.pdf` }],
      valorTotal: 120.5,
      ...extra,
    });
    const grade = {
      ...pagina({}),
      guias: [linha('100'), linha('101', { senha: 'informada', dataAutorizacao: '2026-11-10' })],
    };
    const r = new ContextMemo().parse(grade);
    expect(r).toEqual(parseRuleContext(grade));
    expect(r.ok && r.context.guias?.[1]?.dataAutorizacao).toBe('2026-11-10');
    expect(r.ok && r.context.guias?.[0]?.valorTotal).toBe(120.5);
    const ruim = { ...pagina({}), guias: [linha('100', { valorTotal: '120,50' })] };
    const e = new ContextMemo().parse(ruim);
    expect(e).toEqual(parseRuleContext(ruim));
    expect(!e.ok && e.finding.detail).toMatch(/guias\[0\]\.valorTotal/);
  });

  it('parses rows with no procedures, despesas or anexos (most of the grid) as the full parse does, bad facts named', () => {
    const linha = (numero: string, extra: Record<string, unknown> = {}) => ({
      numero,
      tipo: 'sp-sadt' as const,
      procedimentos: [],
      outrasDespesas: [],
      anexos: [],
      valorTotal: 80,
      ...extra,
    });
    const grade = {
      ...pagina({}),
      guias: [
        linha('100'),
        { numero: '101' },
        linha('102', { anexos: undefined, tipo: undefined }),
        linha('103', { anexos: [{ tipo: '04-INDICACAO CLINICA' }] }),
      ],
    };
    const r = new ContextMemo().parse(grade);
    expect(r).toEqual(parseRuleContext(grade));
    expect(r.ok && r.context.guias?.map((g) => [g.procedimentos, g.outrasDespesas, g.anexos.length])).toEqual([
      [[], [], 0],
      [[], [], 0],
      [[], [], 0],
      [[], [], 1],
    ]);
    for (const [ruim, campo] of [
      [{ tipo: 'sadt' }, 'tipo'],
      [{ numero: 102 }, 'numero'],
      [{ valorTotal: '80,00' }, 'valorTotal'],
      [{ procedimentos: {} }, 'procedimentos'],
      [{ anexos: [{}] }, 'anexos'],
    ] as const) {
      const errada = { ...pagina({}), guias: [linha('100'), linha('101', ruim)] };
      const e = new ContextMemo().parse(errada);
      expect(e).toEqual(parseRuleContext(errada));
      expect(!e.ok && e.finding.detail).toMatch(new RegExp(`guias\\[1\\]\\.${campo}`));
    }
  });

  it('tells an absent fact from one given as undefined (spread over another context, it takes that fact away)', () => {
    expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'x' }] })).toBe(true);
    expect(sameData({ recurso: undefined }, {})).toBe(false);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameData({ a: [] }, { a: {} })).toBe(false);
  });
});
