// Exports of a popup validation: CSV (for a spreadsheet) and a printable HTML report. Both carry only what the
// findings and the file summary say (file, guia number, rule, message, position): no beneficiary data.
import { type Finding, sortFindings } from '../../shared/findings.ts';
import type { TissSummary } from '../../shared/tiss/report.ts';

export interface FileResult {
  arquivo: string;
  summary?: TissSummary;
  findings: Finding[];
  /** Findings of the worker's POST /v1/validate, when asked for. */
  servidor?: { findings: Finding[] } | { erro: string };
  /** Name of the pack used ("Postal Saúde 1.0.2"), when an operadora was recognised. */
  pacote?: string;
}

export interface ReportLabels {
  titulo: string;
  colunas: [
    arquivo: string,
    guia: string,
    gravidade: string,
    regra: string,
    mensagem: string,
    linha: string,
    coluna: string,
    campo: string,
    fonte: string,
  ];
  gravidade: Record<Finding['severity'], string>;
  semGuia: string;
  semProblemas: string;
  geradoEm: string;
  resumo: (r: FileResult) => string;
}

/** Groups findings by guia number (findings about the whole file first, under `''`), each group sorted. */
export function groupByGuia(findings: readonly Finding[]): [guia: string, findings: Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of sortFindings(findings)) {
    const key = f.where.guia ?? '';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : 0));
}

// A cell starting with = + - @ would run as a formula in a spreadsheet; a leading apostrophe keeps it text.
export function csvCell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Semicolon-separated with a BOM: what a pt-BR spreadsheet opens correctly (comma is the decimal mark). */
export function csvTable(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

export function toCsv(results: readonly FileResult[], labels: ReportLabels): string {
  const rows: (string | number | undefined)[][] = [];
  for (const r of results) {
    for (const f of sortFindings([
      ...r.findings,
      ...(r.servidor && 'findings' in r.servidor ? r.servidor.findings : []),
    ])) {
      rows.push([
        r.arquivo,
        f.where.guia,
        labels.gravidade[f.severity],
        f.rule,
        f.message,
        f.where.line,
        f.where.column,
        f.where.field,
        f.source,
      ]);
    }
  }
  return csvTable(labels.colunas, rows);
}

export function esc(s: string | number | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A self-contained printable page (no scripts, inline styles). */
export function toHtml(results: readonly FileResult[], labels: ReportLabels, geradoEm: Date): string {
  const sections = results.map((r) => {
    const groups = groupByGuia(r.findings);
    const body = groups.length
      ? groups
          .map(
            ([guia, fs]) =>
              `<h3>${esc(guia ? `Guia ${guia}` : labels.semGuia)}</h3><ul>${fs
                .map(
                  (f) =>
                    `<li class="${f.severity}"><strong>${esc(labels.gravidade[f.severity])}</strong> ${esc(f.message)}${
                      f.where.line ? ` <small>(${esc(labels.colunas[5])} ${esc(f.where.line)})</small>` : ''
                    } <small>[${esc(f.rule)}]</small></li>`,
                )
                .join('')}</ul>`,
          )
          .join('')
      : `<p>${esc(labels.semProblemas)}</p>`;
    return `<section><h2>${esc(r.arquivo)}</h2><p>${esc(labels.resumo(r))}</p>${body}</section>`;
  });
  return printablePage(labels.titulo, `${labels.geradoEm} ${geradoEm.toLocaleString('pt-BR')}`, sections.join(''));
}

/** A self-contained printable page around `bodyHtml` (already escaped): title, a "generated at" line, print styles. */
export function printablePage(titulo: string, geradoEm: string, bodyHtml: string): string {
  return `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>${esc(titulo)}</title><style>
body{font:14px system-ui,sans-serif;margin:2em;color:#111}h2{border-bottom:1px solid #999}
li.error strong{color:#a00}li.warning strong{color:#8a5a00}li.info strong{color:#035}small{color:#555}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:2px 6px;text-align:left}td.n{text-align:right}
@media print{section{break-inside:avoid-page}}</style></head><body><h1>${esc(titulo)}</h1><p>${esc(
    geradoEm,
  )}</p>${bodyHtml}</body></html>`;
}
