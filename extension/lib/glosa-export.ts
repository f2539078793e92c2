// Exports of a glosa report: CSV (one row per glosa, for a spreadsheet) and a printable HTML page. Same
// CSV and page code as the validation report (formula guard, BOM, print styles); no beneficiary data.
import { reais } from '../../shared/glosas/money.ts';
import type { RelatorioGlosas } from '../../shared/glosas/report.ts';
import { prazoTexto, totaisTexto } from '../../shared/glosas/report-text.ts';
import { csvTable, esc, printablePage } from './report-export.ts';

/** 8000 → "80,00": a number a pt-BR spreadsheet sums. */
const decimalBr = (centavos: number) =>
  (centavos / 100).toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

export const GLOSAS_CSV_HEADER = [
  'Protocolo',
  'Lote',
  'Guia',
  'Procedimento',
  'Nível',
  'Códigos de glosa',
  'Motivo (Tabela 38)',
  'Grupo',
  'Valor glosado (R$)',
  'Costuma ser revertida',
] as const;

export function glosasCsv(r: RelatorioGlosas): string {
  return csvTable(
    GLOSAS_CSV_HEADER,
    r.ocorrencias.map((o) => [
      o.protocolo,
      o.lote,
      o.guia,
      o.item?.codigo,
      o.nivel,
      o.codigos.join(' + '),
      o.motivo,
      o.grupo.nome,
      decimalBr(o.valor),
      o.reversivel ? 'sim' : '',
    ]),
  );
}

function table(header: string[], rows: (string | number)[][], numeric: number[] = []): string {
  return `<table><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (row) => `<tr>${row.map((c, i) => `<td${numeric.includes(i) ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

export function glosasHtml(arquivo: string, r: RelatorioGlosas, geradoEm: Date): string {
  const parts = [
    `<section><h2>${esc(arquivo)}</h2><p>${esc(`${r.operadora.nome} (registro ANS ${r.operadora.registroANS})`)}</p><p>${esc(totaisTexto(r))}</p></section>`,
  ];
  if (r.ocorrencias.length) {
    parts.push(
      `<section><h2>Glosas por grupo</h2>${table(
        ['Grupo', 'Glosas', 'Valor'],
        r.porGrupo.map((g) => [g.grupo.nome, g.ocorrencias, reais(g.valor)]),
        [1, 2],
      )}</section>`,
      `<section><h2>Glosas por código (Tabela 38)</h2>${table(
        ['Código', 'Motivo', 'Grupo', 'Glosas', 'Valor'],
        r.porCodigo.map((c) => [c.chave, c.motivo, c.grupo.nome, c.ocorrencias, reais(c.valor)]),
        [3, 4],
      )}</section>`,
      `<section><h2>Guias que mais perderam</h2>${table(
        ['Guia', 'Protocolo', 'Informado', 'Glosado', 'Códigos'],
        r.guiasMaisGlosadas.map((g) => [
          g.guia,
          g.protocolo,
          reais(g.informado),
          reais(g.glosado),
          g.codigos.join(', '),
        ]),
        [2, 3],
      )}</section>`,
      `<section><h2>Prazo do recurso</h2><ul>${r.prazos
        .map((p) => `<li>${esc(`Protocolo ${p.protocolo} (lote ${p.lote}): ${prazoTexto(p)}`)}</li>`)
        .join('')}</ul></section>`,
    );
  } else parts.push('<p>Nenhuma glosa neste demonstrativo.</p>');
  return printablePage('Relatório de glosas', `Gerado em ${geradoEm.toLocaleString('pt-BR')}`, parts.join(''));
}
