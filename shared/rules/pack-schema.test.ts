import { describe, expect, it } from 'vitest';
import { parseRulePack, type RulePackInput, rulePackJsonSchema } from './pack-schema.ts';

function pack(overrides: Partial<RulePackInput> = {}): RulePackInput {
  return {
    operadora: { registroAns: '345474', nome: 'PAS SERPRO', chave: '345474' },
    versao: '1.0.0',
    vigencia: '2026-01-01',
    portal: { hosts: ['portalconectasaude.com.br'], labels: {}, situacoes: {} },
    tiposDocumento: ['04-INDICACAO CLINICA'],
    categorias: [],
    regras: [
      {
        id: 'lote-max-100',
        kind: 'lote-max-guias',
        severity: 'error',
        options: { max: 100 },
        message: 'O lote tem {quantidade} guias; o limite é {max}.',
        source: 'pasa-faturamento-2023 § Lotes',
      },
    ],
    ...overrides,
  };
}

function issuesOf(input: unknown) {
  const r = parseRulePack(input);
  if (r.ok) throw new Error('pack should have been refused');
  return r.issues;
}

describe('rule pack schema', () => {
  it('accepts a well-formed pack and fills defaults', () => {
    const r = parseRulePack(pack());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack.regras[0]!.enabled).toBe(true);
  });

  it('refuses an unknown rule kind, naming the field and the known kinds', () => {
    const p = pack();
    p.regras[0]!.kind = 'lote-maximo';
    const [issue] = issuesOf(p);
    expect(issue!.path).toBe('regras[0].kind');
    expect(issue!.message).toContain('tipo de regra desconhecido "lote-maximo"');
    expect(issue!.message).toContain('lote-max-guias');
  });

  it('refuses a misspelt portal label key instead of ignoring it', () => {
    const portal = (labels: Record<string, string[]>) =>
      pack({ portal: { hosts: ['portalconectasaude.com.br'], labels: labels as never, situacoes: {} } });
    expect(issuesOf(portal({ loteSitucao: ['Status'] })).map((i) => i.path)).toContain('portal.labels');
    expect(parseRulePack(portal({ loteSituacao: ['Status'] })).ok).toBe(true);
  });

  it("refuses options that fail the kind's own schema, with the path inside options (pt-BR)", () => {
    const p = pack();
    p.regras[0]!.options = { max: 'cem' };
    const [issue] = issuesOf(p);
    expect(issue!.path).toBe('regras[0].options.max');
    expect(issue!.message).toMatch(/esperava um número/);
  });

  it('refuses a placeholder the kind does not fill', () => {
    const p = pack();
    p.regras[0]!.message = 'Limite {maximo}';
    const [issue] = issuesOf(p);
    expect(issue!.path).toBe('regras[0].message');
    expect(issue!.message).toContain('{maximo}');
    // The word that agrees with a number names its placeholder too, and is checked the same way.
    p.regras[0]!.message = 'Limite {max} {maximo:guia|guias}';
    expect(issuesOf(p).map((i) => i.message)).toEqual([expect.stringContaining('{maximo}')]);
    p.regras[0]!.message = 'Limite {max} {max:guia|guias}';
    expect(parseRulePack(p).ok).toBe(true);
  });

  it('refuses repeated rule ids, a bad version and a source without a section', () => {
    const p = pack({ versao: '1.0' });
    p.regras.push({ ...p.regras[0]!, source: 'manual' });
    const paths = issuesOf(p).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['versao', 'regras[1].source', 'regras[1].id']));
  });

  it('refuses an inverted code range in a categoria', () => {
    const p = pack({
      categorias: [
        { id: 'rm', nome: 'RM', codigos: [{ de: '41102000', ate: '41101000' }], verificado: true, fonte: 'x' },
      ],
    });
    expect(issuesOf(p)[0]!.path).toMatch(/^categorias\[0\]\.codigos\[0\]/);
  });

  it('exports a JSON Schema whose rules carry each kind and its options', () => {
    const text = JSON.stringify(rulePackJsonSchema);
    expect(text).toContain('lote-max-guias');
    expect(text).toContain('"max"');
  });

  it('takes recurso de glosa templates per glosa code, refusing unknown placeholders, repeats and unsourced texts', () => {
    const recursoGlosa = {
      envio: 'portal' as const,
      fonte: 'pasa-recurso-glosa-2023 § 2.3',
      modeloPadrao: { justificativa: 'Revisão da glosa {codigoGlosa} ({referencia}).', neutro: true },
      modelos: [
        { codigo: '1705', justificativa: 'Valor {valorInformado} acordado.', reversivel: true, fonte: 'contrato § 4' },
      ],
    };
    const ok = parseRulePack(pack({ recursoGlosa }));
    expect(ok.ok && ok.pack.recursoGlosa?.modelos[0]).toMatchObject({
      codigo: '1705',
      reversivel: true,
      neutro: false,
    });

    const bad = issuesOf(
      pack({
        recursoGlosa: {
          ...recursoGlosa,
          modeloPadrao: { justificativa: 'Guia {numeroGuia}' },
          modelos: [
            { codigo: '1705', justificativa: 'a', neutro: true },
            { codigo: '1705', justificativa: 'b' },
          ],
        },
      }),
    );
    expect(bad.map((i) => i.path)).toEqual([
      'recursoGlosa.modeloPadrao.justificativa',
      'recursoGlosa.modelos[1].codigo',
      'recursoGlosa.modelos[1].fonte',
    ]);
    expect(bad[0]!.message).toContain('marcador {numeroGuia} desconhecido');
  });
});
