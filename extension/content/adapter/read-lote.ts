// Lote de pagamento details: Nº Lote, Situação do Lote, Tipo de Guia, protocolo, the guias table and the
// "DOCUMENTOS ANEXADOS AO LOTE" grid, as the rule context's `lote` and `guias`.

import type { Anexo, Guia, Lote, NotaFiscal, TipoGuia } from '../../../shared/rules/context.ts';
import { IDS } from '../selectors.ts';
import { cellsOf, cellText, findTable, type LabeledValue, LabelIndex, type TableRead } from './dom-read.ts';
import type { PortalWords } from './labels.ts';
import { parseOperadora, parseTipoGuia } from './portal-values.ts';
import { parseDataBr, parseValorBr } from './text.ts';

export interface LoteRead {
  lote: Lote;
  guias: Guia[];
  /** Where warnings go. */
  anchors: {
    situacao?: Element;
    quantidade?: Element;
    guiasTable?: TableRead;
    guiaRows: Map<string, HTMLTableRowElement>;
    anexosTable?: TableRead;
    /** Header fields by context key (enviarAte, dataPagamento, dataEnvio, operadora…): where a date warning goes. */
    campos: Map<HeaderKey, Element>;
    /** The NOTA FISCAL block. */
    notaFiscal?: Element;
  };
}

/** Header dates of the lote page, as context keys and the label words they are printed under. */
const DATAS = ['dataInclusao', 'dataFechamento', 'enviarAte', 'dataEnvio', 'dataPagamento'] as const;
const VALORES = ['valorInformado', 'valorProcessado', 'valorGlosado', 'valorLiberado'] as const;
type HeaderKey = (typeof DATAS)[number] | (typeof VALORES)[number] | 'operadora' | 'canal';

export function readLote(doc: Document, index: LabelIndex, words: PortalWords): LoteRead {
  const { labels, headings } = words;
  const numero = index.read(labels.loteNumero);
  const situacao = index.read(labels.loteSituacao);
  const tipo = index.read(labels.loteTipoGuia);
  const protocolo = index.read(labels.protocoloNumero);
  const protocoloSituacao = index.read(labels.protocoloSituacao);
  const count = index.match(/este lote ja possui (\d+) guias?\b/);

  const guiasTable = findTable(doc, headings, ['numeroGuia', 'valorInformado']);
  const guias: Guia[] = [];
  const guiaRows = new Map<string, HTMLTableRowElement>();
  if (guiasTable) {
    for (const row of guiasTable.rows) {
      // Listed once per row: the detail-row test and the three cells read below use them.
      const cells = cellsOf(row);
      if (isDetailRow(row, cells)) continue;
      const numeroGuia = cellText(guiasTable, row, 'numeroGuia', cells);
      if (!numeroGuia) continue;
      const tipoGuia = parseTipoGuia(cellText(guiasTable, row, 'tipoGuia', cells));
      const valor = parseValorBr(cellText(guiasTable, row, 'valorInformado', cells));
      // 004 § 9.2 b: the grid shows no procedures and no atendimento dates (known guia records add them).
      // Field by field, not spreads of one-key objects: a hundred rows on every run.
      const guia: Guia = { numero: numeroGuia, procedimentos: [], outrasDespesas: [], anexos: [] };
      if (tipoGuia) guia.tipo = tipoGuia;
      if (valor !== undefined) guia.valorTotal = valor;
      guias.push(guia);
      guiaRows.set(numeroGuia, row);
    }
  }

  const anexosTable = readAnexosTable(doc, words);
  const anexos = anexosTable ? anexosFrom(anexosTable) : [];
  // Anexos sent per guia name it in their file name ("Guia_Cobranca_SPSADT_61699_….pdf"): attach them there.
  if (anexos.length)
    for (const guia of guias)
      guia.anexos = anexos.filter((a) => a.guia === guia.numero || nameMentions(a, guia.numero));

  const tipoGuia: TipoGuia | undefined = parseTipoGuia(tipo?.value);
  // A lote holds one guia type: without a Tipo column, each guia is of the lote's type.
  if (tipoGuia) for (const g of guias) g.tipo ??= tipoGuia;
  // Header: read-only inputs on some pages, text on others (dom-read reads both).
  const campos = new Map<HeaderKey, Element>();
  const header: Partial<Lote> = {};
  const keep = (key: HeaderKey, found: LabeledValue | undefined) => {
    if (found) campos.set(key, found.element);
    return found?.value;
  };
  for (const key of DATAS) {
    const data = parseDataBr(keep(key, index.read(labels[key])));
    if (data) header[key] = data;
  }
  for (const key of VALORES) {
    const valor = parseValorBr(keep(key, index.read(labels[key])));
    if (valor !== undefined) header[key] = valor;
  }
  const operadora = parseOperadora(keep('operadora', index.read(labels.operadora)));
  if (operadora) header.operadora = operadora;
  const canal = keep('canal', index.read(labels.canal));
  if (canal) header.canal = canal;
  const nf = readNotaFiscal(index, words);

  const lote: Lote = {
    ...(numero?.value ? { numero: numero.value } : {}),
    ...(situacao?.value ? { situacao: situacao.value } : {}),
    ...(tipoGuia ? { tipoGuia } : {}),
    // Without "Este lote já possui N guia(s)", the rows shown; an empty grid without it says nothing: the page may
    // still be fetching the guias ("Aguarde", the count not rendered yet), and "0/100" would be a wrong fact.
    ...(count
      ? { quantidadeGuias: Number(count.match[1]) }
      : guiasTable && guias.length
        ? { quantidadeGuias: guias.length }
        : {}),
    ...(protocolo?.value || protocoloSituacao?.value
      ? {
          protocolo: {
            ...(protocolo?.value ? { numero: protocolo.value } : {}),
            ...(protocoloSituacao?.value ? { situacao: protocoloSituacao.value } : {}),
          },
        }
      : {}),
    anexos,
    ...header,
    ...(nf ? { notaFiscal: nf.notaFiscal } : {}),
  };
  return {
    lote,
    guias,
    anchors: {
      ...(situacao ? { situacao: situacao.element } : {}),
      ...(count ? { quantidade: count.element } : {}),
      ...(guiasTable ? { guiasTable } : {}),
      guiaRows,
      ...(anexosTable ? { anexosTable } : {}),
      campos,
      ...(nf ? { notaFiscal: nf.element } : {}),
    },
  };
}

/** The NOTA FISCAL block (004 § 9.2 b): "Situação: Não exigida | Nº Nota Fiscal: | Vlr. Nota: | Emissão: …". */
function readNotaFiscal(
  index: LabelIndex,
  words: PortalWords,
): { notaFiscal: NotaFiscal; element: Element } | undefined {
  const heading = index.find(['NOTA FISCAL']);
  const block = heading?.closest('section, .panel, fieldset') ?? heading?.parentElement;
  if (!block) return undefined;
  const own = new LabelIndex(block);
  const { labels } = words;
  const text = (ls: readonly string[]) => own.read(ls)?.value || undefined;
  const valor = parseValorBr(text(labels.notaFiscalValor));
  const emissao = parseDataBr(text(labels.notaFiscalEmissao));
  const fields: NotaFiscal = {
    situacao: text(labels.notaFiscalSituacao),
    numero: text(labels.notaFiscalNumero),
    ...(valor !== undefined ? { valor } : {}),
    ...(emissao ? { emissao } : {}),
    documento: text(labels.notaFiscalDocumento),
    descricao: text(labels.notaFiscalDescricao),
    situacaoEnvio: text(labels.notaFiscalSituacaoEnvio),
  };
  const notaFiscal = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as NotaFiscal;
  return { notaFiscal, element: block };
}

/** The anexos grid: `#AnexosDataGrid` when present, else the table with Nº Documento + Data do Anexo. */
export function readAnexosTable(doc: Document, words: PortalWords): TableRead | undefined {
  const grid = doc.getElementById(IDS.anexosGrid);
  return (
    (grid && findTable(grid.parentElement ?? doc, words.headings, ['numeroDocumento', 'tipoDocumento'])) ||
    findTable(doc, words.headings, ['numeroDocumento', 'dataAnexo'])
  );
}

function anexosFrom(read: TableRead): Anexo[] {
  const out: Anexo[] = [];
  for (const row of read.rows) {
    const tipo = cellText(read, row, 'tipoDocumento');
    if (!tipo) continue;
    const nome = cellText(read, row, 'nomeArquivo');
    const situacao = cellText(read, row, 'situacao');
    const numero = cellText(read, row, 'numeroDocumento');
    const data = parseDataBr(cellText(read, row, 'dataAnexo'));
    out.push({
      tipo,
      ...(nome ? { nome } : {}),
      ...(situacao ? { situacao } : {}),
      ...(numero ? { numero } : {}),
      ...(data ? { data } : {}),
    });
  }
  return out;
}

/** A row that details the record above it (one wide cell), not a guia of its own. */
function isDetailRow(row: HTMLTableRowElement, cells: readonly HTMLTableCellElement[]): boolean {
  return row.classList.contains('dataGridRowDetail') || cells.some((c) => Number(c.getAttribute('colspan')) > 2);
}

function nameMentions(anexo: Anexo, numeroGuia: string): boolean {
  return !!anexo.nome && new RegExp(`(^|[^0-9])${numeroGuia}([^0-9]|$)`).test(anexo.nome);
}
