import { describe, expect, it } from 'vitest';
import { INTERNAL_ERROR } from '../findings.ts';
import { ENGINE_CONTEXT, ENGINE_KIND, fillMessage, runRules } from './engine.ts';
import type { RuleKind } from './kind.ts';
import { ruleKinds } from './kinds/index.ts';
import { parseRulePack, type RulePack, type RulePackInput } from './pack-schema.ts';
import { testPortal } from './testing.ts';

function pack(regras: RulePackInput['regras']): RulePack {
  const r = parseRulePack({
    operadora: { nome: 'Teste', chave: 'teste' },
    versao: '1.0.0',
    vigencia: '2026-01-01',
    portal: testPortal,
    regras,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.pack;
}

const maxGuias = {
  id: 'lote-max',
  kind: 'lote-max-guias',
  severity: 'error' as const,
  options: { max: 100 },
  message: 'Lote {lote}: {quantidade} guias, limite {max}.',
  source: 'pasa-faturamento-2023 § 3. Inclusão de Lote de Pagamento',
};
const versao = {
  id: 'versao',
  kind: 'versao-tiss',
  severity: 'error' as const,
  options: { versoes: ['4.01.00'] },
  message: 'Versão {versao} não aceita.',
  source: 'funssest-conecta-2024 § 5. Perguntas e Repostas',
};

describe('runRules', () => {
  it('turns reports into findings with the rule id, its kind, severity, filled message and source', () => {
    const findings = runRules(pack([maxGuias]), { hoje: '2026-01-01', lote: { numero: '7', quantidadeGuias: 101 } });
    expect(findings).toEqual([
      {
        rule: 'lote-max',
        kind: 'lote-max-guias',
        severity: 'error',
        message: 'Lote 7: 101 guias, limite 100.',
        where: { field: 'quantidadeGuias' },
        source: 'pasa-faturamento-2023 § 3. Inclusão de Lote de Pagamento',
      },
    ]);
  });

  it("keeps which of the kind's messages was used (messageId), so callers need not compare texts", () => {
    const findings = runRules(pack([maxGuias]), {
      hoje: '2026-01-01',
      acao: 'adicionar-guia',
      lote: { numero: '7', quantidadeGuias: 100 },
    });
    expect(findings).toMatchObject([{ rule: 'lote-max', kind: 'lote-max-guias', messageId: 'adicionar' }]);
  });

  it('runs only rules whose facts are present', () => {
    // No versaoTiss in a portal context: the version rule stays silent instead of guessing.
    expect(runRules(pack([versao]), { hoje: '2026-01-01' })).toEqual([]);
    expect(runRules(pack([versao]), { hoje: '2026-01-01', versaoTiss: '4.00.01' })).toHaveLength(1);
  });

  it('on an XSD-validated XML leaves out only the rules that would repeat an XSD error', () => {
    const lote = { numero: '7', quantidadeGuias: 101 };
    const limite50 = { ...maxGuias, id: 'lote-max-50', options: { max: 50 } };
    const both = pack([maxGuias, limite50]);
    // From the portal (or an XML whose version was not validated) both limits speak.
    expect(runRules(both, { hoje: '2026-01-01', lote }).map((f) => f.rule)).toEqual(['lote-max', 'lote-max-50']);
    // The XSD already refuses 101 guias; the operadora's own lower limit is still news.
    expect(runRules(both, { hoje: '2026-01-01', lote }, { xsdValidated: true }).map((f) => f.rule)).toEqual([
      'lote-max-50',
    ]);
  });

  it('skips disabled rules', () => {
    expect(runRules(pack([{ ...versao, enabled: false }]), { hoje: '2026-01-01', versaoTiss: '3.05.00' })).toEqual([]);
  });

  it('isolates a rule that throws: one internal finding, the other rules still run', () => {
    const kinds = ruleKinds as Record<string, RuleKind>;
    const original = kinds['lote-max-guias']!;
    kinds['lote-max-guias'] = {
      meta: original.meta,
      check: () => {
        throw new Error('boom');
      },
    };
    try {
      const findings = runRules(pack([maxGuias, versao]), {
        hoje: '2026-01-01',
        versaoTiss: '4.00.01',
        lote: { quantidadeGuias: 5 },
      });
      expect(findings.map((f) => f.rule)).toEqual([INTERNAL_ERROR, 'versao']);
      expect(findings[0]!.kind).toBe(ENGINE_KIND);
      expect(findings[0]!.message).toContain('"lote-max" não pôde ser feita');
      expect(findings[0]!.detail).toBe('boom');
    } finally {
      kinds['lote-max-guias'] = original;
    }
  });

  it('reports an invalid context as a finding, without throwing', () => {
    const findings = runRules(pack([maxGuias]), { hoje: '10/03/2026' } as never);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.rule).toBe(ENGINE_CONTEXT);
    expect(findings[0]!.detail).toContain('hoje');
  });

  it('is deterministic: same input, same output', () => {
    const p = pack([maxGuias, versao]);
    const ctx = { hoje: '2026-01-01', versaoTiss: '4.00.01', lote: { quantidadeGuias: 101 } };
    expect(runRules(p, ctx)).toEqual(runRules(p, ctx));
  });
});

describe('fillMessage', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fillMessage('{a} e {b}', { a: 1 })).toBe('1 e {b}');
  });

  it('makes {n:singular|plural} agree with the number, instead of "dia(s)"', () => {
    const t = '{n:falta|faltam} {n} {n:dia|dias}';
    expect(fillMessage(t, { n: 1 })).toBe('falta 1 dia');
    expect(fillMessage(t, { n: 3 })).toBe('faltam 3 dias');
    expect(fillMessage(t, {})).toBe(t);
  });
});
