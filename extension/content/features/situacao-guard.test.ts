import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const LOTE = '/Pagamentos/LotePagamento/Detalhes/';
const button = (r: ContentRun, text: string) =>
  [...r.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

describe('situacao-guard', () => {
  it('says nothing about Incluir Anexo on a closed lote: anexos are still accepted (000 Q2)', async () => {
    run = await runContent('lote-fechado', `${LOTE}8503`);
    expect(button(run, 'Incluir Anexo').hasAttribute('disabled')).toBe(false);
    expect(run.texts().join('\n')).not.toContain('Incluir Anexo');
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
