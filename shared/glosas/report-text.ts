// The glosa report in words (pt-BR): the CLI prints it, the popup and the exports reuse its phrases so a
// deadline or a total reads the same everywhere.
import { contagem, plural } from '../plural.ts';
import { formatDateBr } from '../rules/dates.ts';
import { SITUACOES_PROTOCOLO } from './demonstrativo.ts';
import { reais } from './money.ts';
import type { PrazoProtocolo, RelatorioGlosas } from './report.ts';

/** "até 14/12/2026 (60 dias após o pagamento de 15/10/2026): faltam 4 dias". */
export function prazoTexto(p: PrazoProtocolo): string {
  switch (p.estado) {
    case 'sem-regra':
      return 'o pacote da operadora não informa prazo para o recurso';
    case 'sem-data':
      return `informe a data de pagamento para calcular o prazo (${p.dias} dias após o pagamento)`;
    case 'vencido':
      return `prazo terminou em ${formatDateBr(p.dataLimite!)} (${p.dias} dias após o pagamento de ${formatDateBr(p.dataPagamento!)})`;
    case 'no-prazo':
      return `até ${formatDateBr(p.dataLimite!)} (${p.dias} dias após o pagamento de ${formatDateBr(p.dataPagamento!)}): ${
        p.restam === 0 ? 'último dia' : `${plural(p.restam!, 'falta', 'faltam')} ${contagem(p.restam!, 'dia', 'dias')}`
      }`;
  }
}

export function situacaoTexto(codigo: string): string {
  return SITUACOES_PROTOCOLO[codigo] ?? codigo;
}

export function totaisTexto(r: RelatorioGlosas): string {
  const t = r.totais;
  return `Informado ${reais(t.informado)} · Processado ${reais(t.processado)} · Liberado ${reais(t.liberado)} · Glosado ${reais(t.glosado)}`;
}

export function formatRelatorioText(arquivo: string, r: RelatorioGlosas): string {
  const lines = [
    `${arquivo}: ${r.operadora.nome} (registro ANS ${r.operadora.registroANS})${
      r.pacote ? ` · pacote ${r.pacote.nome} ${r.pacote.versao}` : ' · sem pacote de regras desta operadora'
    }`,
    totaisTexto(r),
  ];
  if (!r.ocorrencias.length) return `${[...lines, 'Nenhuma glosa neste demonstrativo.'].join('\n')}\n`;
  lines.push('', 'Glosas por grupo:');
  for (const g of r.porGrupo)
    lines.push(`  ${g.grupo.nome}: ${contagem(g.ocorrencias, 'glosa', 'glosas')}, ${reais(g.valor)}`);
  lines.push('', 'Glosas por código (Tabela 38):');
  for (const c of r.porCodigo)
    lines.push(
      `  ${c.chave} ${c.motivo}: ${contagem(c.ocorrencias, 'glosa', 'glosas')}, ${reais(c.valor)}${c.reversivel ? ' · costuma ser revertida' : ''}`,
    );
  lines.push('', 'Guias que mais perderam:');
  for (const g of r.guiasMaisGlosadas)
    lines.push(
      `  Guia ${g.guia} (protocolo ${g.protocolo}): ${reais(g.glosado)} de ${reais(g.informado)} [${g.codigos.join(', ')}]`,
    );
  lines.push('', 'Prazo do recurso:');
  for (const p of r.prazos) lines.push(`  Protocolo ${p.protocolo} (lote ${p.lote}): ${prazoTexto(p)}`);
  if (r.reversiveis.length) {
    lines.push('', 'Glosas que a operadora costuma reverter no recurso:');
    for (const o of r.reversiveis)
      lines.push(
        `  ${o.guia ? `Guia ${o.guia}` : `Protocolo ${o.protocolo}`}: ${o.codigos.join(' + ')} ${o.motivo} (${reais(o.valor)})`,
      );
  }
  return `${lines.join('\n')}\n`;
}
