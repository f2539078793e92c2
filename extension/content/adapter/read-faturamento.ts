// The Faturamento pages around a lote: Pesquisar Lotes (004 § 13.1; 002 § 2.1: a grid, #DataGrid or
// #LotesDePagamento by tenant, situação as plain cell text), Documentos Anexos > Com falha no Envio (000 Q6) and
// Pagamentos Pendentes with the nota fiscal (004 § 11). Grids are found by their headings only.
import type { Anexo, LoteResumo, NotaFiscal, Pagamento } from '../../../shared/rules/context.ts';
import { cellText, findTable, isShown, type TableRead } from './dom-read.ts';
import { findControl } from './form-fields.ts';
import type { PortalWords } from './labels.ts';
import { parseTipoGuia } from './portal-values.ts';
import { parseDataBr, parseValorBr } from './text.ts';

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

export interface LotesRead {
  lotes: LoteResumo[];
  table: TableRead;
  rows: Map<string, HTMLTableRowElement>;
}

/** Pesquisar Lotes: one entry per listed lote (Nº Lote, Situação Lote, Data Inclusão, protocolo, tipo). */
export function readLotesGrid(doc: Document, words: PortalWords): LotesRead | undefined {
  const table = findTable(doc, words.headings, ['numeroLote', 'situacaoLote']);
  if (!table) return undefined;
  const lotes: LoteResumo[] = [];
  const rows = new Map<string, HTMLTableRowElement>();
  for (const row of table.rows) {
    const numero = cellText(table, row, 'numeroLote');
    if (!numero || !/^\d+$/.test(numero)) continue;
    lotes.push(
      defined({
        numero,
        situacao: cellText(table, row, 'situacaoLote'),
        dataInclusao: parseDataBr(cellText(table, row, 'dataInclusao')),
        protocolo: cellText(table, row, 'protocolo'),
        situacaoProtocolo: cellText(table, row, 'situacaoProtocolo'),
        tipoGuia: parseTipoGuia(cellText(table, row, 'tipoGuia')),
        operadora: cellText(table, row, 'operadora'),
      }),
    );
    rows.set(numero, row);
  }
  return { lotes, table, rows };
}

export interface DocumentosFalhaRead {
  documentos: Anexo[];
  table: TableRead;
}

/** Com falha no Envio: Tipo de Guia | Nº Guia Prestador / Nº Lote | Nº Documento | Tipo de Documento | … */
export function readDocumentosComFalha(doc: Document, words: PortalWords): DocumentosFalhaRead | undefined {
  const table = findTable(doc, words.headings, ['numeroDocumento', 'motivoFalha']);
  if (!table) return undefined;
  const documentos: Anexo[] = [];
  for (const row of table.rows) {
    const tipo = cellText(table, row, 'tipoDocumento');
    if (!tipo) continue;
    documentos.push(
      defined({
        tipo,
        numero: cellText(table, row, 'numeroDocumento'),
        data: parseDataBr(cellText(table, row, 'dataAnexo')),
        lote: cellText(table, row, 'guiaOuLote'),
        motivoFalha: cellText(table, row, 'motivoFalha'),
      }),
    );
  }
  return { documentos, table };
}

export interface PagamentoRead {
  pagamento: Pagamento;
  /** The NOTAS FISCAIS grid and the open Nota Fiscal form's Vlr. Nota: where NF findings go. */
  notasTable?: TableRead;
  valorNota?: Element;
}

const selected = (r: Element) =>
  r.classList.contains('selected') || !!r.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked;

/** Pagamentos Pendentes: the chosen payment, its prévia's Valor Base, its notas and the open Nota Fiscal form. */
export function readPagamento(doc: Document, words: PortalWords): PagamentoRead | undefined {
  const { headings, labels } = words;
  const grid = findTable(doc, headings, ['dataPagamento', 'valorPagamento']);
  if (!grid) return undefined;
  const rows = grid.rows.filter((r) => cellText(grid, r, 'dataPagamento'));
  const row = rows.find(selected) ?? (rows.length === 1 ? rows[0] : undefined);
  // The prévia counts once the clerk opened it ("Ver Prévia"): a closed modal's grid is not on screen.
  const prevista = findTable(doc, headings, ['valorBase']);
  const bases = prevista && isShown(prevista.table) ? prevista : undefined;
  const baseRow = bases?.rows.find((r) => cellText(bases, r, 'valorBase'));
  const valorBase = bases && baseRow ? parseValorBr(cellText(bases, baseRow, 'valorBase')) : undefined;
  const notasTable = findTable(doc, headings, ['numeroNotaFiscal', 'valorNota']);
  const notasFiscais: NotaFiscal[] = [];
  for (const r of notasTable?.rows ?? []) {
    const numero = cellText(notasTable!, r, 'numeroNotaFiscal');
    if (!numero) continue;
    const valor = parseValorBr(cellText(notasTable!, r, 'valorNota'));
    notasFiscais.push({
      numero,
      // An empty Status is a fact: saved, not sent yet (004 § 11 "Enviar Nota Fiscal").
      status: cellText(notasTable!, r, 'situacao') ?? '',
      ...(valor !== undefined ? { valor } : {}),
      ...(valorBase !== undefined ? { valorBase } : {}),
    });
  }
  // The form counts only while it is open (its modal stays in the DOM when closed).
  const valorInput = findControl(doc, labels.notaFiscalValor);
  const form = valorInput && isShown(valorInput) ? valorInput.closest('.modal, form, section') : undefined;
  let notaEmEdicao: NotaFiscal | undefined;
  if (form) {
    const value = (ls: readonly string[]) => findControl(form, ls)?.value.trim() || undefined;
    notaEmEdicao = defined({
      numero: value(labels.notaFiscalNumero),
      serie: value(labels.notaFiscalSerie),
      valor: parseValorBr(value(labels.notaFiscalValor)),
      emissao: parseDataBr(value(labels.notaFiscalEmissao)),
      ...(valorBase !== undefined ? { valorBase } : {}),
    });
  }
  const pagamento: Pagamento = {
    ...(row
      ? defined({
          dataPagamento: parseDataBr(cellText(grid, row, 'dataPagamento')),
          status: cellText(grid, row, 'situacao'),
          valor: parseValorBr(cellText(grid, row, 'valorPagamento')),
        })
      : {}),
    ...(valorBase !== undefined ? { valorBase } : {}),
    notasFiscais,
    ...(notaEmEdicao ? { notaEmEdicao } : {}),
  };
  return {
    pagamento,
    ...(notasTable ? { notasTable } : {}),
    ...(form && valorInput ? { valorNota: valorInput } : {}),
  };
}
