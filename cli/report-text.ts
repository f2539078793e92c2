// Human-readable report of one validated file, for support staff at a terminal: a summary line, then the
// findings grouped by guia (findings outside any guia first, under "Arquivo").

import type { Finding, Severity } from '../shared/findings.ts';
import { countBySeverity } from '../shared/findings.ts';
import { contagem } from '../shared/plural.ts';
import { countText, severityWord } from '../shared/severity-words.ts';
import type { TissSummary } from '../shared/tiss/report.ts';

/** The severity words in capitals, padded to one width so the messages line up. */
const width = Math.max(...Object.values(severityWord).map((w) => w.length));
const LABEL = Object.fromEntries(
  Object.entries(severityWord).map(([k, w]) => [k, w.toLocaleUpperCase('pt-BR').padEnd(width)]),
) as Record<Severity, string>;

const TIPO_GUIA: Record<string, string> = {
  consulta: 'consulta',
  'sp-sadt': 'SP/SADT',
  'resumo-internacao': 'resumo de internação',
  honorarios: 'honorários',
  odonto: 'odontologia',
  'recurso-glosa': 'recurso de glosa',
};

function summaryLine(s: TissSummary): string {
  const parts: string[] = [];
  if (s.versao) parts.push(`TISS ${s.versao}${s.versaoSuportada ? '' : ' (estrutura não conferida)'}`);
  if (s.tipoTransacao) parts.push(s.tipoTransacao);
  if (s.numeroLote) parts.push(`lote ${s.numeroLote}`);
  if (s.quantidadeGuias !== undefined) {
    parts.push(
      `${contagem(s.quantidadeGuias, 'guia', 'guias')}${s.tipoGuia ? ` de ${TIPO_GUIA[s.tipoGuia] ?? s.tipoGuia}` : ''}`,
    );
  }
  if (s.origem) parts.push(`prestador ${s.origem}`);
  if (s.registroAnsDestino) parts.push(`operadora ${s.registroAnsDestino}`);
  if (s.encoding) parts.push(s.encoding);
  return parts.join(' · ');
}

function position(f: Finding): string {
  const w = f.where;
  const parts: string[] = [];
  if (w.line) parts.push(`linha ${w.line}${w.column ? `:${w.column}` : ''}`);
  if (w.item) parts.push(`item ${w.item}`);
  return parts.length ? `[${parts.join(', ')}] ` : '';
}

export function formatReportText(arquivo: string, summary: TissSummary, findings: readonly Finding[]): string {
  const lines: string[] = [`${arquivo}`];
  const line = summaryLine(summary);
  if (line) lines.push(`  ${line}`);
  if (summary.hash) {
    lines.push(
      summary.hash.confere
        ? `  hash do epílogo: confere (${summary.hash.calculado})`
        : `  hash do epílogo: NÃO confere (declarado ${summary.hash.declarado ?? '—'}, correto ${summary.hash.calculado})`,
    );
  }
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.where.guia ? `Guia ${f.where.guia}` : 'Arquivo';
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === 'Arquivo' ? -1 : b === 'Arquivo' ? 1 : 0));
  for (const key of keys) {
    lines.push(`  ${key}:`);
    for (const f of groups.get(key)!) lines.push(`    ${LABEL[f.severity]} ${position(f)}${f.message}`);
  }
  const n = countBySeverity(findings);
  lines.push(
    n.error === 0 && n.warning === 0
      ? '  Resultado: nenhum problema encontrado.'
      : `  Resultado: ${countText('error', n.error)}, ${countText('warning', n.warning)}.`,
  );
  return `${lines.join('\n')}\n`;
}
