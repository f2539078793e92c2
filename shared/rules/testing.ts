// A small tester so each rule kind's test reads as a table of valid and invalid cases (ESLint's RuleTester
// idea): every case builds a one-rule pack, validates it with the real pack schema and runs the real engine.
import { describe, expect, it } from 'vitest';
import { type Finding, type FindingWhere, INTERNAL_ERROR, type Severity } from '../findings.ts';
import type { RuleContextInput } from './context.ts';
import { runRules } from './engine.ts';
import type { RuleKind } from './kind.ts';
import { type PackRule, parseRulePack, type RulePack, type RulePackInput } from './pack-schema.ts';

/** Situações and categorias most kinds' cases need; a case can replace them. */
export const testPortal: RulePackInput['portal'] = {
  hosts: ['portalconectasaude.com.br'],
  labels: {},
  situacoes: {
    aberto: ['Aberto', 'Em Aberto'],
    'fechado-envio-pendente': ['Fechado (envio pendente)'],
    enviando: ['Enviando'],
    'enviado-operadora': ['Enviado à operadora', 'Enviada para a operadora', 'Lote enviado para a Operadora'],
    faturado: ['Faturado'],
    'pagamento-efetuado': ['Pagamento efetuado'],
    cancelado: ['Cancelado'],
  },
};

export interface RuleCase {
  name: string;
  context: RuleContextInput;
  options?: Record<string, unknown>;
  /** Extra pack fields (categorias, portal, tiposDocumento). */
  pack?: Partial<RulePackInput>;
  severity?: Severity;
  /** The pack rule's own message, as its author writes it for these options; the kind's default when absent. */
  message?: string;
}

export interface ExpectedFinding {
  /** Substring or pattern the filled message must show. */
  message?: string | RegExp;
  severity?: Severity;
  where?: Partial<FindingWhere>;
}

export interface InvalidRuleCase extends RuleCase {
  findings: ExpectedFinding[];
}

export interface BadOptionsCase {
  name: string;
  options: Record<string, unknown>;
  /** Expected dotted path of the first issue, e.g. "regras[0].options.max". */
  path: string;
  pack?: Partial<RulePackInput>;
}

export function packFor(kind: RuleKind, c: Pick<RuleCase, 'options' | 'pack' | 'severity' | 'message'>): RulePackInput {
  const rule: PackRule = {
    id: `teste-${kind.meta.kind}`,
    kind: kind.meta.kind,
    enabled: true,
    severity: c.severity ?? 'error',
    options: c.options ?? {},
    message: c.message ?? kind.meta.defaultMessage,
    source: kind.meta.defaultSource,
  };
  return {
    operadora: { nome: 'Operadora de teste', chave: 'operadora-teste' },
    versao: '1.0.0',
    vigencia: '2026-01-01',
    portal: testPortal,
    tiposDocumento: [],
    categorias: [],
    ...c.pack,
    regras: [rule],
  };
}

function validPack(kind: RuleKind, c: RuleCase): RulePack {
  const parsed = parseRulePack(packFor(kind, c));
  if (!parsed.ok) throw new Error(`pacote de teste inválido: ${JSON.stringify(parsed.issues)}`);
  return parsed.pack;
}

function run(kind: RuleKind, c: RuleCase): Finding[] {
  return runRules(validPack(kind, c), c.context);
}

export function testRuleKind(
  kind: RuleKind,
  cases: { valid: RuleCase[]; invalid: InvalidRuleCase[]; badOptions?: BadOptionsCase[] },
): void {
  describe(`rule kind ${kind.meta.kind}`, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(kind, c)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = run(kind, c);
        expect(found.map((f) => f.rule)).not.toContain(INTERNAL_ERROR);
        expect(found).toHaveLength(c.findings.length);
        c.findings.forEach((want, i) => {
          const got = found[i]!;
          expect(got.message, 'placeholders must all be filled').not.toMatch(/\{\w+\}/);
          if (want.message instanceof RegExp) expect(got.message).toMatch(want.message);
          else if (want.message) expect(got.message).toContain(want.message);
          if (want.severity) expect(got.severity).toBe(want.severity);
          if (want.where) expect(got.where).toMatchObject(want.where);
        });
      });
    }
    for (const c of cases.badOptions ?? []) {
      it(`refused options: ${c.name}`, () => {
        const parsed = parseRulePack(packFor(kind, { options: c.options, pack: c.pack }));
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toContain(c.path);
      });
    }
  });
}
