import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/findings.ts';
import { reportLabels } from '../entrypoints/popup/labels.ts';
import { groupByGuia, toCsv, toHtml } from './report-export.ts';
import { usePtBr } from './test-support.ts';

const f = (over: Partial<Finding> & { where?: Finding['where'] }): Finding => ({
  rule: 'r',
  kind: 'r',
  severity: 'error',
  message: 'm',
  where: {},
  ...over,
});

describe('report export', () => {
  usePtBr();

  it('groups findings by guia with the whole-file group first and lines in order', () => {
    const groups = groupByGuia([
      f({ where: { guia: '2', line: 9 } }),
      f({ where: { line: 100 } }),
      f({ where: { guia: '1', line: 5 } }),
      f({ where: { guia: '2', line: 3 } }),
    ]);
    expect(groups.map(([g, fs]) => [g, fs.map((x) => x.where.line)])).toEqual([
      ['', [100]],
      ['2', [3, 9]],
      ['1', [5]],
    ]);
  });

  it('writes CSV a spreadsheet opens safely: quotes, semicolons, and no formula injection', () => {
    const csv = toCsv(
      [
        {
          arquivo: 'lote;1.xml',
          findings: [f({ message: 'Valor "=SOMA(A1)" inválido', where: { guia: '=1+1', line: 2 } })],
          servidor: { findings: [f({ severity: 'warning', message: '@servidor', where: {} })] },
        },
      ],
      reportLabels(),
    );
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(`"lote;1.xml";'=1+1;Erro;r;"Valor ""=SOMA(A1)"" inválido";2;;;`);
    expect(lines[2]).toBe(`"lote;1.xml";;Atenção;r;'@servidor;;;;`);
  });

  it('escapes HTML in the printable report and says when a file has no problems', () => {
    const html = toHtml(
      [
        { arquivo: '<script>.xml', findings: [f({ message: '<b>x</b>', where: { guia: '7', line: 3 } })] },
        { arquivo: 'ok.xml', findings: [] },
      ],
      reportLabels(),
      new Date('2026-11-25T12:00:00Z'),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;b&#62;x&#60;/b&#62;');
    expect(html).toContain('<h3>Guia 7</h3>');
    expect(html).toContain('<h2>ok.xml</h2><p></p><p>Nenhum problema encontrado.</p>');
  });
});
