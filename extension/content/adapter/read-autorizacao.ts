// Autorização → Pesquisar Guias: the Pesquisa de Guias grid (004 §§ 6, 8, 9.2) and a guia's Detalhes (004 § 6),
// whose "Dados da Autorização" prints Data da Autorização, Senha and Validade and whose "Numeração da Guia e
// Identificação do Beneficiário" the Nº Guia Prestador. Read by label text inside the "Dados da Autorização"
// section only (the page prints no procedures); the beneficiário is read on neither page.
import type { Autorizacao } from '../../../shared/rules/context.ts';
import { cellText, findTable, LabelIndex, type TableRead } from './dom-read.ts';
import type { PortalWords } from './labels.ts';
import { parseDataBr } from './text.ts';

export const DADOS_DA_AUTORIZACAO = 'Dados da Autorização';

export interface AutorizacaoRead {
  autorizacao: Autorizacao;
  /** Where a finding about the senha's validade goes: its Validade, else the section. */
  anchor: Element;
}

export function readAutorizacao(index: LabelIndex, words: PortalWords): AutorizacaoRead | undefined {
  const heading = index.find([DADOS_DA_AUTORIZACAO]);
  const section = heading?.closest('section, .panel, fieldset') ?? heading?.parentElement;
  if (!heading || !section) return undefined;
  const own = new LabelIndex(section);
  const { labels } = words;
  const senha = own.read(labels.senha);
  const validade = own.read(labels.dataValidadeSenha);
  const dataAutorizacao = parseDataBr(own.read(labels.dataAutorizacao)?.value);
  const dataValidadeSenha = parseDataBr(validade?.value);
  // The guia's number is in the next section ("Numeração da Guia…"): read on the whole page, exact label.
  const numero = index.read(labels.numeroGuia)?.value.trim();
  return {
    autorizacao: {
      ...(numero && /^\d+$/.test(numero) ? { numero } : {}),
      ...(senha ? { senha: senha.value.trim().length > 0 } : {}),
      ...(dataAutorizacao ? { dataAutorizacao } : {}),
      ...(dataValidadeSenha ? { dataValidadeSenha } : {}),
    },
    anchor: validade?.element ?? section,
  };
}

/** A row of Pesquisa de Guias (004 § 6): the guia's number, type, situação and Data Solicit/Digitação. */
export interface GuiaPesquisada {
  numero: string;
  /** As the grid writes it: "Consulta", "SP/SADT", "Solicit. Internação", "Anexo OPME"… */
  tipo?: string;
  /** As the grid writes it: "Em análise", "Autorizada", "Não solicitada (envio pendente)". */
  situacao?: string;
  /** Day of the Data Solicit/Digitação (YYYY-MM-DD). */
  dataSolicitacao?: string;
}

export interface PesquisaGuiasRead {
  guias: GuiaPesquisada[];
  table: TableRead;
  rows: Map<string, HTMLTableRowElement>;
}

/**
 * Autorização → Pesquisar Guias → Pesquisa de Guias (004 §§ 6, 8, 9.2): the GUIAS ENCONTRADAS grid, found by its
 * headings (Data Solicit/Digitação, Nº Guia Prestador, Situação; the lote page's "Adicionar Guias" grid has no
 * Situação). The Beneficiário column is not read.
 */
export function readPesquisaGuias(doc: Document, words: PortalWords): PesquisaGuiasRead | undefined {
  const table = findTable(doc, words.headings, ['dataDigitacao', 'numeroGuia', 'situacao']);
  if (!table) return undefined;
  const guias: GuiaPesquisada[] = [];
  const rows = new Map<string, HTMLTableRowElement>();
  for (const row of table.rows) {
    const numero = cellText(table, row, 'numeroGuia');
    if (!numero || !/^\d+$/.test(numero)) continue;
    const tipo = cellText(table, row, 'tipoGuia');
    const situacao = cellText(table, row, 'situacao');
    const dataSolicitacao = parseDataBr(cellText(table, row, 'dataDigitacao'));
    guias.push({
      numero,
      ...(tipo ? { tipo } : {}),
      ...(situacao ? { situacao } : {}),
      ...(dataSolicitacao ? { dataSolicitacao } : {}),
    });
    rows.set(numero, row);
  }
  return { guias, table, rows };
}
