// Issue 11 § 4 on lote pages as the manuals show them (004 § 9.2 b, § 13.3; 000 Q2): why an action is not
// possible is a quiet note beside its button, an error only once the clerk clicks it.
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

  it('notes quietly, beside the greyed-out Incluir Anexo of a Faturado protocolo, why (000 Q2)', async () => {
    run = await runContent('lote-enviado-faturado', `${LOTE}8470`);
    const toolbar = button(run, 'Incluir Anexo').closest('.btn-toolbar')!;
    const nota = toolbar.nextElementSibling!;
    expect(nota.tagName.toLowerCase()).toBe('tiss-preflight-aviso');
    expect(shownText(nota)).toContain('Incluir Anexo: o portal não permite esta ação');
    expect(shownText(nota)).toContain('protocolo "Faturado"');
    expect(shownText(nota)).not.toMatch(/Erro/);
  });

  it("PAS SERPRO: reads 'faturado' where the page shows it, the Situação Protocolo (001 § 4; 002 § 2.1), not the Situação do Lote", async () => {
    run = await runContent('lote-serpro-envio-pendente', `${LOTE}8513`);
    expect(run.texts().join('\n')).not.toContain('não é possível com o protocolo');
    // The lote stays "Enviado à operadora"; the protocolo reaches Faturado (Atualizar Situação Protocolo).
    const campo = [...run.document.querySelectorAll('.bc-campo')].find(
      (c) => c.querySelector('label')?.textContent === 'Situação Protocolo',
    )!;
    campo.querySelector('p')!.textContent = 'Faturado';
    await run.settle();
    const nota = button(run, 'Incluir Anexo').closest('.btn-toolbar')!.nextElementSibling!;
    expect(shownText(nota)).toContain('não é possível com o protocolo do lote na situação "Faturado"');
    expect(shownText(nota)).toContain('0800 888 9504');
    expect(shownText(nota)).not.toMatch(/Erro/);
  });

  it('says nothing unprompted about Recurso de Glosa or Adicionar Guias on a sent lote (issue 11 § 4)', async () => {
    run = await runContent('lote-enviado-liberado', `${LOTE}8483`);
    const texto = run.texts().join('\n');
    expect(texto).not.toMatch(/Recurso de glosa|Adicionar guia/i);
    expect(texto).not.toMatch(/Erro/);
  });

  it('answers with an error when the clerk clicks + Adicionar Guias on a sent lote', async () => {
    run = await runContent('lote-enviado-liberado', `${LOTE}8483`);
    button(run, '+ Adicionar Guias').click();
    const aviso = run.hosts().find((h) => shownText(h).includes('Adicionar guia ao lote'));
    expect(shownText(aviso!)).toMatch(/Erro/);
    expect(shownText(aviso!)).toContain('Enviado à operadora');
  });

  it('stays quiet on an open lote', async () => {
    run = await runContent('lote-aberto-99-guias', `${LOTE}8502`);
    expect(run.texts().join('\n')).not.toMatch(/não permite|não é possível/);
  });
});
