// What a billing clerk reads: schema findings name the guia, the procedimento, the field and the bad value in
// Portuguese, keep the technical reason in `detail`, and point to the line of the element.
import { describe, expect, it } from 'vitest';
import { findingSchema } from '../../shared/finding-schemas.ts';
import { decodeTissBytes } from '../../shared/tiss/decode.ts';
import { parseXml } from '../../shared/tiss/parse.ts';
import { validateSchema } from '../../shared/tiss/schema/index.ts';
import { MAX_SCHEMA_FINDINGS } from '../../shared/tiss/schema/validate.ts';
import type { XmlElement } from '../../shared/tiss/xml-tree.ts';
import { fixtureBytes } from '../support/tiss-fixtures.ts';
import { findFirst, serialize, signature } from '../support/tiss-mutants.ts';

function fixtureRoot(file: string): XmlElement {
  const decoded = decodeTissBytes(fixtureBytes(file));
  if (!decoded.ok) throw new Error('decode');
  const parsed = parseXml(decoded.text, decoded.encoding);
  if (!parsed.ok) throw new Error(parsed.finding.message);
  return parsed.document.root;
}

/** Findings after a change to the tree, re-serialised and re-parsed so lines are real. */
function findingsAfter(file: string, change: (root: XmlElement) => void, versao = '4.01.00') {
  const root = fixtureRoot(file);
  change(root);
  const parsed = parseXml(serialize(root));
  if (!parsed.ok) throw new Error(parsed.finding.message);
  const findings = validateSchema(parsed.document, versao);
  if (!findings) throw new Error('no model');
  for (const f of findings) findingSchema.parse(f);
  return findings;
}

const schemaFindings = (file: string) =>
  validateSchema({ root: fixtureRoot(file), encoding: 'UTF-8' }, '4.01.00') ?? [];

describe('schema findings in pt-BR', () => {
  it('name the guia, the field and the invalid date, with line and technical detail', () => {
    const [f, ...rest] = schemaFindings('invalid/bad-date.xml');
    expect(rest).toEqual([]);
    expect(f?.message).toMatch(/^Guia CON000000002: data do atendimento "2026-02-30" não é uma data válida/);
    expect(f).toMatchObject({
      rule: 'tiss/schema',
      severity: 'error',
      source: 'TISS 4.01.00 XSD',
      where: { guia: 'CON000000002', field: 'dataAtendimento', line: 82 },
    });
    expect(f?.detail).toContain('st_data');
  });

  it('name the procedimento position inside the guia', () => {
    const findings = findingsAfter('valid/sadt-5-guias.xml', (root) => {
      const guia = findFirst(root, 'guiaSP-SADT') as XmlElement;
      const procs = (findFirst(guia, 'procedimentosExecutados') as XmlElement).children;
      (findFirst(procs[1] as XmlElement, 'dataExecucao') as XmlElement).text = '2026-02-30';
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(
      /^Guia SADT00000001, procedimento 2: data de execução "2026-02-30" não é uma data válida/,
    );
    expect(findings[0]?.where.item).toBe(2);
  });

  it('explain comma decimals, the lote limit, mixed guia types and missing fields', () => {
    expect(schemaFindings('invalid/decimal-comma.xml')[0]?.message).toContain(
      'valor do procedimento "10,50" não é um número válido (use ponto como separador decimal, ex.: 10.50)',
    );
    expect(schemaFindings('invalid/sadt-101-guias.xml')[0]?.message).toBe(
      'Lote com 101 guias: o máximo permitido é 100',
    );
    expect(schemaFindings('invalid/mixed-guia-types.xml')[0]?.message).toMatch(
      /^Lote mistura tipos de guia \(guiaConsulta, guiaSP-SADT\)/,
    );
    expect(schemaFindings('invalid/missing-mandatory.xml')[0]?.message).toMatch(
      /^Guia CON000000002: falta o campo número da carteira \(numeroCarteira\) antes de atendimentoRN/,
    );
    expect(schemaFindings('invalid/unknown-element.xml')[0]?.message).toContain('campoInexistente não era esperado');
  });

  it('point out invisible spaces around a value, and keep values out of the technical detail', () => {
    const findings = findingsAfter('valid/consulta-3-guias.xml', (root) => {
      (findFirst(root, 'dataAtendimento') as XmlElement).text = ' 2026-01-10\n';
      (findFirst(root, 'numeroCarteira') as XmlElement).text = '99999'.repeat(5);
    });
    const byField = (field: string) => findings.find((f) => f.where.field === field)?.message;
    expect(byField('dataAtendimento')).toBe(
      'Guia CON000000001: data do atendimento "2026-01-10" não é uma data válida (formato AAAA-MM-DD, sem espaços) (há espaços ou quebras de linha antes ou depois do valor; remova-os)',
    );
    expect(byField('numeroCarteira')).toContain(
      'número da carteira "9999999999999999999999999" tem 25 caracteres; o máximo é 20',
    );
    for (const f of findings) expect(f.detail).not.toMatch(/2026-01-10|99999/);
  });

  it('report every independent error, each with its own guia', () => {
    const findings = findingsAfter('valid/consulta-3-guias.xml', (root) => {
      const guias = (findFirst(root, 'guiasTISS') as XmlElement).children;
      (findFirst(guias[0] as XmlElement, 'dataAtendimento') as XmlElement).text = '2025-02-29';
      (findFirst(guias[2] as XmlElement, 'valorProcedimento') as XmlElement).text = '150.001';
    });
    expect(findings.map((f) => f.where.guia)).toEqual(['CON000000001', 'CON000000003']);
    expect(findings[1]?.message).toContain('tem casas decimais demais (máximo de 2)');
  });

  it('judge each message by the XSD of its version (CBO 223575 exists from 4.02.00 on)', () => {
    const withCbo = (versao: string) =>
      findingsAfter(
        'valid/consulta-3-guias.xml',
        (root) => {
          (findFirst(root, 'Padrao') as XmlElement).text = versao;
          (findFirst(root, 'CBOS') as XmlElement).text = '223575';
        },
        versao,
      );
    expect(withCbo('4.02.00')).toEqual([]);
    expect(withCbo('4.01.00')[0]?.message).toContain('CBO "223575" não é um dos valores permitidos');
    expect(
      validateSchema({ root: fixtureRoot('valid/consulta-3-guias.xml'), encoding: 'UTF-8' }, '4.00.00'),
    ).toBeUndefined();
  });
});

describe('a file that is not a TISS message', () => {
  it('says what the file starts with and what a TISS message starts with', () => {
    const root = fixtureRoot('valid/consulta-3-guias.xml');
    const findings = validateSchema({ root: { ...root, ns: '' }, encoding: 'UTF-8' }, '4.01.00') ?? [];
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      'O elemento mensagemTISS não está no namespace da ANS (http://www.ans.gov.br/padroes/tiss/schemas); confira a declaração xmlns no início do arquivo',
    );
    const other = validateSchema({ root: { ...root, name: 'loteGuias' }, encoding: 'UTF-8' }, '4.01.00') ?? [];
    expect(other[0]?.message).toBe('O arquivo começa com loteGuias, mas uma mensagem TISS começa com mensagemTISS');
  });
});

describe('hostile element names', () => {
  it('are reported as unexpected fields, by name, without crashing', () => {
    const findings = findingsAfter('valid/consulta-3-guias.xml', (root) => {
      const cabecalho = findFirst(root, 'cabecalho') as XmlElement;
      for (const name of ['constructor', '__proto__', 'toString']) {
        cabecalho.children.push({
          name,
          ns: cabecalho.ns,
          attributes: {},
          children: [],
          text: '',
          line: 1,
          column: 1,
          parent: cabecalho,
        });
      }
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/^O campo constructor não era esperado aqui em cabecalho/);
  });
});

describe('a file full of errors', () => {
  it(`lists the first ${MAX_SCHEMA_FINDINGS} schema errors and counts the rest in one finding`, () => {
    const findings = findingsAfter('valid/sadt-100-guias.xml', (root) => {
      // Every date and every money value of the lote becomes invalid: far more than the cap.
      const stack = [root];
      while (stack.length > 0) {
        const el = stack.pop() as XmlElement;
        if (/^\d{4}-\d\d-\d\d$/.test(el.text)) el.text = '2026-02-30';
        if (/^\d+\.\d\d$/.test(el.text)) el.text = el.text.replace('.', ',');
        stack.push(...el.children);
      }
    });
    expect(findings).toHaveLength(MAX_SCHEMA_FINDINGS + 1);
    expect(findings.at(-1)?.message).toMatch(/^Há mais \d+ erros de estrutura além dos 1000 listados/);
  });
});

describe('ds:Signature (optional, validated with the xmldsig schema)', () => {
  const signed = (damage?: (sig: XmlElement) => void) =>
    findingsAfter('valid/consulta-3-guias.xml', (root) => {
      const sig = signature(() => 0);
      damage?.(sig);
      sig.parent = root;
      root.children.push(sig);
    });

  it('accepts a well-formed signature at the end of the message', () => {
    expect(signed()).toEqual([]);
  });

  it('refuses a signature without SignatureValue, a bad digest or a missing Algorithm', () => {
    expect(signed((s) => s.children.splice(1, 1))[0]?.message).toContain('SignatureValue');
    expect(
      signed((s) => {
        (findFirst(s, 'DigestValue') as XmlElement).text = 'AB==';
      })[0]?.message,
    ).toContain('não é um conteúdo base64 válido');
    expect(
      signed((s) => {
        delete (findFirst(s, 'DigestMethod') as XmlElement).attributes.Algorithm;
      })[0]?.message,
    ).toContain('atributo obrigatório Algorithm em DigestMethod');
  });

  it('skips foreign elements where xmldsig allows them (lax wildcard)', () => {
    const foreign: XmlElement = {
      name: 'x',
      ns: 'urn:outro',
      attributes: {},
      children: [],
      text: '1',
      line: 1,
      column: 1,
    };
    expect(
      signed((s) => {
        const keyInfo = findFirst(s, 'KeyInfo') as XmlElement;
        foreign.parent = keyInfo;
        keyInfo.children.unshift(foreign);
      }),
    ).toEqual([]);
  });

  it('is only accepted in the xmldsig namespace', () => {
    const findings = signed((s) => {
      s.ns = 'urn:outro';
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('Signature não era esperado aqui em mensagemTISS');
  });
});

describe('deeply nested foreign content in a signature', () => {
  it('is walked without exhausting the stack', () => {
    let inner: XmlElement = { name: 'n', ns: 'urn:outro', attributes: {}, children: [], text: 'x', line: 1, column: 1 };
    for (let i = 0; i < 200_000; i++) {
      const outer: XmlElement = {
        name: 'n',
        ns: 'urn:outro',
        attributes: {},
        children: [inner],
        text: '',
        line: 1,
        column: 1,
      };
      inner.parent = outer;
      inner = outer;
    }
    const root = fixtureRoot('valid/consulta-3-guias.xml');
    const sig = signature(() => 0);
    const keyInfo = findFirst(sig, 'KeyInfo') as XmlElement;
    inner.parent = keyInfo;
    keyInfo.children.unshift(inner);
    sig.parent = root;
    root.children.push(sig);
    expect(validateSchema({ root, encoding: 'UTF-8' }, '4.01.00')).toEqual([]);
  });
});
