import { describe, expect, it } from 'vitest';
import { checkPackText } from '../views/json-tab.tsx';
import { lineOf, locateJson } from './json-lines.ts';

const pack = {
  operadora: { nome: 'Operadora Exemplo', chave: '331988', registroAns: '331988' },
  versao: '1.0.0',
  vigencia: '2026-01-01',
  portal: { hosts: ['portalconectasaude.com.br'] },
  regras: [
    {
      id: 'lote-max-guias',
      kind: 'lote-max-guias',
      severity: 'error',
      options: { max: 100 },
      message: 'O lote {lote} tem {quantidade} guias; o limite é {max}.',
      source: '001.txt § Lotes',
    },
  ],
};
const text = (p: unknown) => JSON.stringify(p, null, 2);
const lineContaining = (t: string, needle: string) => t.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('raw JSON tab: errors at the right line', () => {
  it('a valid pack has no issues', () => {
    expect(checkPackText(text(pack)).issues).toEqual([]);
  });

  it('an option the kind refuses is reported at the line of that option', () => {
    const bad = structuredClone(pack);
    bad.regras[0]!.options.max = 0;
    const t = text(bad);
    const { issues } = checkPackText(t);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('regras[0].options.max');
    expect(issues[0]?.line).toBe(lineContaining(t, '"max": 0'));
  });

  it('an unknown placeholder points at the message; a missing field at its parent', () => {
    const withBadMessage = structuredClone(pack);
    withBadMessage.regras[0]!.message = 'Lote {nada}';
    const t1 = text(withBadMessage);
    const [issue] = checkPackText(t1).issues;
    expect(issue?.path).toBe('regras[0].message');
    expect(issue?.line).toBe(lineContaining(t1, '"message"'));
    const { vigencia: _omit, ...noVigencia } = pack;
    const issues = checkPackText(text(noVigencia)).issues;
    expect(issues.map((i) => [i.path, i.line])).toEqual([['vigencia', 1]]);
  });

  it('a syntax error gives line and column in Portuguese, not a crash', () => {
    const t = `{\n  "versao": "1.0.0",\n  "regras": [\n    { "id": "x", }\n  ]\n}`;
    const { issues, value } = checkPackText(t);
    expect(value).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(4);
    expect(issues[0]?.message).toMatch(/vírgula sobrando/);
    const unterminated = locateJson('{\n "a": "sem fim\n}');
    expect(unterminated.ok).toBe(false);
    if (!unterminated.ok) expect(unterminated.error.line).toBe(2);
  });

  it('accepts the API path notation (regras.0.options.max) as well', () => {
    const t = text(pack);
    const located = locateJson(t);
    if (!located.ok) throw new Error('JSON válido esperado');
    expect(lineOf(located.positions, 'regras.0.options.max')).toBe(lineContaining(t, '"max"'));
    expect(located.value).toEqual(pack);
  });
});
