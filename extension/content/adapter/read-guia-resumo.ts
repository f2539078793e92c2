// Digitar Guia → Resumo (004 § 4 "Passo N de 6" + Resumo; 001 § 2): the whole guia on one screen just before
// "Salvar" (the wizard keeps one step in the DOM at a time). Read for the kept guia record: billing facts
// only — the Beneficiário and the professionals printed there are never read.
import type { Guia, Procedimento, TipoGuia } from '../../../shared/rules/context.ts';
import { earliest } from '../../../shared/rules/dates.ts';
import { cellText, findTable, LabelIndex } from './dom-read.ts';
import type { PortalWords } from './labels.ts';
import { parseTipoGuia, splitCodigos } from './portal-values.ts';
import { normalizeLabel, parseDataBr, parseValorBr } from './text.ts';

/** The wizard's options (004 § 9.2 a) as TISS domain codes (dm_caraterAtendimento, dm_regimeAtendimento, dm_tipoAtendimento). */
const CARATER: [RegExp, string][] = [
  [/eletiv/, '1'],
  [/urgencia|emergencia/, '2'],
];
const REGIME: [RegExp, string][] = [
  [/ambulatorial/, '01'],
  [/domiciliar/, '02'],
  [/internacao/, '03'],
  [/pronto/, '04'],
];
const TIPO_ATENDIMENTO: [RegExp, string][] = [
  [/remocao/, '01'],
  [/pequena cirurgia/, '02'],
  [/outras terapias/, '03'],
  [/^consulta/, '04'],
  [/exame/, '05'],
  [/atendimento domiciliar/, '06'],
  [/internacao/, '07'],
  [/quimioterapia/, '08'],
  [/radioterapia/, '09'],
  [/terapia renal|trs/, '10'],
  [/pronto/, '11'],
];

export function codigoDe(table: [RegExp, string][], text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = normalizeLabel(text);
  return table.find(([re]) => re.test(t))?.[1];
}
export const caraterDe = (t: string | undefined) => codigoDe(CARATER, t);
export const regimeDe = (t: string | undefined) => codigoDe(REGIME, t);
export const tipoAtendimentoDe = (t: string | undefined) => codigoDe(TIPO_ATENDIMENTO, t);

/** The guia type from the wizard's title ("Guia de Faturamento de SP/SADT - Resumo"). */
export function tipoDoAssistente(index: LabelIndex): TipoGuia | undefined {
  const m = index.match(/guia de faturamento (?:de )?(.+?)(?: - |$)/);
  return m ? parseTipoGuia(m.match[1]) : undefined;
}

/**
 * The guia on the Resumo screen, or undefined when the Resumo is not shown. `numeroDigitado`: the Nº Guia Prestador
 * typed in Passo 1 of the same wizard, for a Resumo that does not print it (001 § 2.1 Etapa 6, odonto).
 */
export function readGuiaResumo(doc: Document, words: PortalWords, numeroDigitado?: string): Guia | undefined {
  const { labels, headings } = words;
  const columns = {
    procedimento: headings.procedimentoItem,
    data: headings.dataItem,
    tabela: headings.tabela,
    valor: headings.valorTotalItem,
    denteRegiao: headings.denteRegiao,
  };
  // SP/SADT and Consulta print each item's date; the odonto Resumo its Dente/Região instead (001 § 2.1 Etapa 6).
  const table =
    findTable(doc, columns, ['procedimento', 'data']) ?? findTable(doc, columns, ['procedimento', 'denteRegiao']);
  if (!table) return undefined;
  const index = new LabelIndex(doc);
  const numero = index.read(labels.numeroGuia)?.value || numeroDigitado;
  if (!numero) return undefined;
  const procedimentos: Procedimento[] = [];
  for (const row of table.rows) {
    const codigo = splitCodigos(cellText(table, row, 'procedimento'))[0];
    if (!codigo) continue;
    const data = parseDataBr(cellText(table, row, 'data'));
    const tabela = cellText(table, row, 'tabela')?.match(/^\d{2}/)?.[0];
    const valorTotal = parseValorBr(cellText(table, row, 'valor'));
    // "ASA1" (a região) or "11" (a dente): two digits is a dente (XSD dm_dente), letters a região (dm_regiao).
    const denteRegiao = cellText(table, row, 'denteRegiao')?.slice(0, 10);
    procedimentos.push({
      ...(denteRegiao ? (/^\d{2}$/.test(denteRegiao) ? { dente: denteRegiao } : { regiao: denteRegiao }) : {}),
      item: procedimentos.length + 1,
      codigo,
      ...(tabela ? { tabela } : {}),
      ...(data ? { dataRealizacao: data } : {}),
      ...(valorTotal !== undefined ? { valorTotal } : {}),
    });
  }
  const tipo = tipoDoAssistente(index);
  const dataAtendimento = earliest(procedimentos.map((p) => p.dataRealizacao));
  const caraterAtendimento = caraterDe(index.read(labels.caraterAtendimento)?.value);
  const tipoAtendimento = tipoAtendimentoDe(index.read(labels.tipoAtendimento)?.value);
  const regimeAtendimento = regimeDe(index.read(labels.regimeAtendimento)?.value);
  const valorTotal = parseValorBr(index.read(labels.totalGeral)?.value);
  return {
    numero,
    procedimentos,
    outrasDespesas: [],
    anexos: [],
    ...(tipo ? { tipo } : {}),
    ...(dataAtendimento ? { dataAtendimento } : {}),
    ...(caraterAtendimento ? { caraterAtendimento } : {}),
    ...(tipoAtendimento ? { tipoAtendimento } : {}),
    ...(regimeAtendimento ? { regimeAtendimento } : {}),
    ...(valorTotal !== undefined ? { valorTotal } : {}),
  };
}
