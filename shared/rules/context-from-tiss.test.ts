import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTiss } from '../tiss/index.ts';
import { ruleContextSchema } from './context.ts';
import { contextFromTiss } from './context-from-tiss.ts';

const fixture = (name: string) => {
  const bytes = new Uint8Array(readFileSync(new URL(`../../test/fixtures/tiss/${name}`, import.meta.url)));
  const facts = validateTiss(bytes).facts;
  if (!facts) throw new Error(`fixture ${name} did not parse`);
  return contextFromTiss(facts, '2026-03-01');
};

describe('contextFromTiss', () => {
  it('reads a consulta lote: version, operadora, lote, guias with date, procedure and keys', () => {
    const ctx = fixture('valid/consulta-3-guias.xml');
    expect(ruleContextSchema.safeParse(ctx).success).toBe(true);
    expect(ctx).toMatchObject({ hoje: '2026-03-01', acao: 'upload-xml', versaoTiss: '4.01.00', operadora: '345474' });
    expect(ctx.lote).toMatchObject({ numero: '000000000101', quantidadeGuias: 3, tipoGuia: 'consulta' });
    const g = ctx.guias![0]!;
    expect(g).toMatchObject({ numero: 'CON000000001', tipo: 'consulta', dataAtendimento: '2026-01-15' });
    expect(g.procedimentos).toEqual([
      { item: 1, codigo: '10101012', tabela: '22', dataRealizacao: '2026-01-15', valorTotal: 150 },
    ]);
    expect(g.beneficiario).toBeTruthy();
    expect(g.profissional).toBe('06|990001|35');
    expect(g.regimeAtendimento).toBe('01');
    expect(g.line).toBeGreaterThan(20);
  });

  it('reads SP/SADT autorização, senha, procedures and outras despesas', () => {
    const ctx = fixture('valid/sadt-5-guias.xml');
    const g = ctx.guias![0]!;
    expect(g).toMatchObject({
      numero: 'SADT00000001',
      tipo: 'sp-sadt',
      dataAutorizacao: '2026-01-10',
      dataValidadeSenha: '2026-02-10',
      senha: 'SEN0000001',
      caraterAtendimento: '1',
      tipoAtendimento: '23',
    });
    expect(g.procedimentos.slice(0, 2)).toMatchObject([
      { item: 1, codigo: '40303136', tabela: '22', dataRealizacao: '2026-01-16' },
      { item: 2, codigo: '41001010', tabela: '22' },
    ]);
    expect(g.outrasDespesas).toEqual(['03', '02']);
    expect(g.procedimentos.some((p) => p.tabela === '19')).toBe(true);
  });

  it('reads dente/região and face of odonto procedures', () => {
    const ctx = fixture('valid/odonto-2-guias.xml');
    const [first, second] = ctx.guias![0]!.procedimentos;
    expect(first).toMatchObject({ item: 1, codigo: '81000065', regiao: 'AS', dataRealizacao: '2026-01-14' });
    expect(second).toMatchObject({ item: 2, codigo: '85100196', dente: '16', face: 'OD' });
  });

  it('reads internação regime and start date', () => {
    const g = fixture('valid/resumo-internacao-2-guias.xml').guias![0]!;
    expect(g).toMatchObject({
      tipo: 'resumo-internacao',
      regimeInternacao: '1',
      caraterAtendimento: '2',
      dataAtendimento: '2026-01-11',
    });
  });

  it('reads recurso de glosa items with glosa code, value and justificativa', () => {
    const ctx = fixture('valid/recurso-glosa.xml');
    expect(ctx.guias).toBeUndefined();
    expect(ctx.lote).toMatchObject({
      numero: '000000000777',
      tipoGuia: 'recurso-glosa',
      protocolo: { numero: '990000123456' },
    });
    expect(ctx.recurso!.itens[0]).toMatchObject({
      guia: 'SADT00000001',
      item: 1,
      codigoGlosa: '1801',
      valorRecursado: 420,
    });
    expect(ctx.recurso!.itens[0]!.justificativa).toContain('AUTORIZADO');
  });

  it('counts every guia of the 100-guia lote and leaves the type out when guias are mixed', () => {
    expect(fixture('valid/sadt-100-guias.xml').lote!.quantidadeGuias).toBe(100);
    const mixed = fixture('invalid/mixed-guia-types.xml');
    expect(mixed.lote!.tipoGuia).toBeUndefined();
    expect(new Set(mixed.guias!.map((g) => g.tipo))).toEqual(new Set(['consulta', 'sp-sadt']));
  });

  it('gives each context its own copy of the facts: what one caller changes, the next context from them lacks', () => {
    for (const name of ['valid/sadt-5-guias.xml', 'valid/recurso-glosa.xml']) {
      const bytes = new Uint8Array(readFileSync(new URL(`../../test/fixtures/tiss/${name}`, import.meta.url)));
      const facts = validateTiss(bytes).facts!;
      const before = JSON.stringify(facts);
      const first = contextFromTiss(facts, '2026-03-01');
      // What callers do to a context: add files and lote facts, edit guias and their items.
      first.arquivos = [{ destino: 'upload-xml', nome: 'x.xml', tamanho: 1 }];
      for (const g of first.guias ?? []) {
        g.numero = 'EDITADA';
        g.procedimentos[0]!.codigo = '00000000';
        g.procedimentos.pop();
        g.outrasDespesas.push('99');
        g.anexos.push({ tipo: 'laudo' });
      }
      if (first.recurso) {
        first.recurso.itens[0]!.justificativa = 'outra';
        first.recurso.itens.pop();
      }
      expect(JSON.stringify(facts), name).toBe(before);
      expect(JSON.stringify(contextFromTiss(facts, '2026-03-01').guias), name).toBe(JSON.stringify(facts.lote?.guias));
    }
  });
});
