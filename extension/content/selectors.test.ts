// Every selector, caption and label the content script relies on, against the mock portal's saved pages,
// with the number of matches a clerk would see on that page.
import { describe, expect, it } from 'vitest';
import { findAction } from './adapter/actions.ts';
import { findTable, LabelIndex } from './adapter/dom-read.ts';
import { DEFAULT_HEADINGS, DEFAULT_LABELS } from './adapter/labels.ts';
import { hasAnexoDialog, isLoteDetalhe, isPesquisaLote, isUploadXml, type PageInfo } from './conecta-pages.ts';
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

  it('closed lote: Enviar Lote instead of Fechar Lote; Incluir Anexo greyed out', () => {
    const d = page('lote-fechado', `${LOTE}8503`).document;
    expect(findAction(d, 'fecharLote')).toHaveLength(0);
    expect(findAction(d, 'enviarLote')).toHaveLength(1);
    const [incluir] = findAction(d, 'incluirAnexo');
    expect(incluir?.hasAttribute('disabled')).toBe(true);
  });

  it('anexos grid: headings found by text, one document row', () => {
    const d = page('lote-aberto-anexos', `${LOTE}8504`).document;
    const anexos = findTable(d, DEFAULT_HEADINGS, ['numeroDocumento', 'dataAnexo']);
    expect(anexos?.rows).toHaveLength(1);
    expect([...anexos!.columns.keys()]).toEqual(
      expect.arrayContaining(['numeroDocumento', 'tipoDocumento', 'nomeArquivo', 'dataAnexo', 'situacao']),
    );
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
