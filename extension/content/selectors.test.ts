// Every selector, caption and label the content script relies on, against the mock portal's saved pages,
// with the number of matches a clerk would see on that page.
import { describe, expect, it } from 'vitest';
import { findAction } from './adapter/actions.ts';
import { findTable, LabelIndex } from './adapter/dom-read.ts';
import { DEFAULT_HEADINGS, DEFAULT_LABELS } from './adapter/labels.ts';
import {
  hasAnexoDialog,
  isDocumentosComFalha,
  isLoteDetalhe,
  isNotaFiscal,
  isPesquisaLote,
  isUploadXml,
  type PageInfo,
} from './conecta-pages.ts';
import { BC, IDS } from './selectors.ts';
import { loadSnapshot } from './testing/snapshots.ts';

const LOTE = '/Pagamentos/LotePagamento/Detalhes/';

function page(name: string, path: string): PageInfo {
  const document = loadSnapshot(name, path);
  return { document, url: new URL(`http://127.0.0.1:5174${path}`) };
}

describe('selectors against the mock portal snapshots', () => {
  it('lote page at the limit: one of each lote action, 100 guia rows, the count sentence', () => {
    const p = page('lote-aberto-100-guias', `${LOTE}8501`);
    const d = p.document;
    expect(isLoteDetalhe(p)).toBe(true);
    expect(isPesquisaLote(p)).toBe(false);
    expect(isUploadXml(p)).toBe(false);
    expect(d.querySelectorAll(BC.detalhesLote)).toHaveLength(1);
    expect(findAction(d, 'fecharLote')).toHaveLength(1);
    expect(findAction(d, 'enviarLote')).toHaveLength(0);
    expect(findAction(d, 'incluirAnexo')).toHaveLength(1);
    expect(findAction(d, 'adicionarGuias')).toHaveLength(2); // "+ Adicionar Guias" and the dialog's "Adicionar ao Lote"
    const guias = findTable(d, DEFAULT_HEADINGS, ['numeroGuia', 'valorInformado']);
    expect(guias?.rows).toHaveLength(100);
    expect(d.getElementById(IDS.anexosGrid)).not.toBeNull();
    const index = new LabelIndex(d);
    expect(index.read(DEFAULT_LABELS.loteNumero)?.value).toBe('8501');
    expect(index.read(DEFAULT_LABELS.loteSituacao)?.value).toBe('Aberto');
    expect(index.read(DEFAULT_LABELS.loteTipoGuia)?.value).toBe('Cobrança SP/SADT');
    expect(index.match(/este lote ja possui (\d+) guias?\b/)?.match[1]).toBe('100');
  });

  it('closed lote: Enviar Lote instead of Fechar Lote; Incluir Anexo still enabled (000 Q2)', () => {
    const d = page('lote-fechado', `${LOTE}8503`).document;
    expect(findAction(d, 'fecharLote')).toHaveLength(0);
    expect(findAction(d, 'enviarLote')).toHaveLength(1);
    const [incluir] = findAction(d, 'incluirAnexo');
    expect(incluir?.hasAttribute('disabled')).toBe(false);
  });

  it('Faturado protocolo: Incluir Anexo greyed out (000 Q2 "faturado")', () => {
    const d = page('lote-enviado-faturado', `${LOTE}8470`).document;
    expect(findAction(d, 'incluirAnexo')[0]?.hasAttribute('disabled')).toBe(true);
  });

  it('bc-smart-table renders one <tbody> per record (conecta-portal.md): 101 guias, 101 rows', () => {
    const d = page('lote-funssest-101-guias', `${LOTE}8514`).document;
    const guias = findTable(d, DEFAULT_HEADINGS, ['numeroGuia', 'valorInformado']);
    expect(guias?.rows).toHaveLength(101);
    expect(guias!.table.querySelectorAll('tbody').length).toBeGreaterThanOrEqual(101);
  });

  it('Pesquisar Lotes: #DataGrid on PASA, #LotesDePagamento on IPAM, both a search page', () => {
    // Each snapshot replaces the test document: check one page before loading the next.
    const pasa = page('pesquisa-lote', '/Pagamentos/PesquisaLote/Index');
    expect(pasa.document.getElementById('DataGrid')).not.toBeNull();
    const ipam = page('pesquisa-lote-ipam', '/Pagamentos/PesquisaLote/Index');
    expect(ipam.document.getElementById('LotesDePagamento')).not.toBeNull();
    expect(isPesquisaLote(ipam)).toBe(true);
  });

  it('nota fiscal and Com falha no Envio pages are recognised by what they print', () => {
    const nf = page('pagamentos-pendentes-previa', '/Pagamentos/PagamentosPendentes/Index');
    expect(isNotaFiscal(nf)).toBe(true);
    expect(isDocumentosComFalha(nf)).toBe(false);
    const falha = page('documentos-com-falha', '/Faturamento/DocumentosAnexos/ComFalhaNoEnvio');
    expect(isDocumentosComFalha(falha)).toBe(true);
    expect(isNotaFiscal(falha)).toBe(false);
  });

  it("anexos grid: headings found by text, in 004's and in 000's column sets", () => {
    const d004 = page('lote-enviado-faturado', `${LOTE}8470`).document;
    const a004 = findTable(d004, DEFAULT_HEADINGS, ['numeroDocumento', 'dataAnexo']);
    expect(a004?.rows).toHaveLength(1);
    expect([...a004!.columns.keys()]).toEqual(
      expect.arrayContaining(['numeroDocumento', 'tipoDocumento', 'nomeArquivo', 'dataAnexo', 'situacao']),
    );
    const d000 = page('lote-aberto-anexos', `${LOTE}8504`).document;
    const a000 = findTable(d000, DEFAULT_HEADINGS, ['numeroDocumento', 'dataAnexo']);
    expect(a000?.rows).toHaveLength(1);
    expect([...a000!.columns.keys()]).toEqual(
      expect.arrayContaining(['numeroDocumento', 'tipoDocumento', 'dataAnexo', 'situacao']),
    );
    expect(a000!.columns.has('nomeArquivo')).toBe(false);
  });

  it('Incluir Anexo dialog: one dropzone with its hidden file input', () => {
    const p = page('lote-incluir-anexo', `${LOTE}8504`);
    expect(hasAnexoDialog(p)).toBe(true);
    expect(p.document.querySelectorAll(`${BC.anexoDropzone} input[type=file]`)).toHaveLength(1);
    expect(findAction(p.document, 'incluirArquivo')).toHaveLength(1);
  });

  it('notices modal after login covers the page but the lote is still readable', () => {
    const d = page('lote-aberto-anexos-informativos', `${LOTE}8504`).document;
    expect(d.querySelectorAll(`#${IDS.informativosModal}`)).toHaveLength(1);
    expect(new LabelIndex(d).read(DEFAULT_LABELS.loteNumero)?.value).toBe('8504');
  });

  it('lotes search: a search page, not a lote page; the header picker names the operadora', () => {
    const p = page('pesquisa-lote', '/Pagamentos/PesquisaLote/Index');
    expect(isPesquisaLote(p)).toBe(true);
    expect(isLoteDetalhe(p)).toBe(false);
    expect(p.document.querySelectorAll(`#${IDS.operadoraSelect}`)).toHaveLength(1);
    expect(findAction(p.document, 'recursoGlosa')).toHaveLength(1);
  });
});
