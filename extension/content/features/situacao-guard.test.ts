import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const LOTE = '/Pagamentos/LotePagamento/Detalhes/';
const button = (r: ContentRun, text: string) =>
  [...r.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

describe('situacao-guard', () => {
  it('explains the greyed-out Incluir Anexo of a closed lote, next to the button', async () => {
    run = await runContent('lote-fechado', `${LOTE}8503`);
    const toolbar = button(run, 'Incluir Anexo').closest('.btn-toolbar')!;
    const aviso = toolbar.nextElementSibling!;
    expect(aviso.tagName.toLowerCase()).toBe('tiss-preflight-aviso');
    expect(shownText(aviso)).toContain(
      'Incluir Anexo: o portal não permite esta ação com o lote na situação "Fechado (envio pendente)".',
    );
  });

  it('says why Recurso de Glosa is not possible while the protocolo is not Faturado (PASA pack)', async () => {
    run = await runContent('lote-enviado-liberado', `${LOTE}8483`);
    const texto = run.texts().join('\n');
    expect(texto).toContain('Recurso de glosa: só é possível com o protocolo em "Faturado"');
    expect(texto).toContain('este está em "Liberado para Faturamento"');
    // Each explanation once, even though the page also holds the (closed) add-guias dialog.
    expect(texto.match(/Adicionar guia ao lote/g)).toHaveLength(1);
  });

  it('stays quiet on an open lote and on a Faturado protocolo', async () => {
    run = await runContent('lote-aberto-99-guias', `${LOTE}8502`);
    expect(run.texts().join('\n')).not.toMatch(/não permite|não é possível/);
    run.stop();
    run = await runContent('lote-enviado-faturado', `${LOTE}8470`);
    expect(run.texts().join('\n')).not.toContain('Recurso de glosa: só é possível');
  });
});
