import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const MB = 1024 * 1024;

/** The clerk picks a file in the dialog's dropzone (its hidden input), as the portal's widget lets them. */
function pick(r: ContentRun, file: File): void {
  const input = r.document.querySelector<HTMLInputElement>('bc-anexo-dropzone input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('arquivo-check (PAS SERPRO: 15 MB, PDF/JPEG preferred)', () => {
  it('flags a file over the limit next to the dropzone, before the upload', async () => {
    run = await runContent('lote-incluir-anexo', '/Pagamentos/LotePagamento/Detalhes/8504');
    pick(run, new File([new Uint8Array(20 * MB)], 'relatorio-medico.pdf', { type: 'application/pdf' }));
    await run.settle();
    const zone = run.document.querySelector('bc-anexo-dropzone')!;
    const aviso = zone.nextElementSibling!;
    expect(shownText(aviso)).toContain('Erro: O arquivo "relatorio-medico.pdf" tem 20 MB; o limite é 15 MB');
    expect(aviso.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('only informs about a format the operadora accepts but does not prefer', async () => {
    run = await runContent('lote-incluir-anexo', '/Pagamentos/LotePagamento/Detalhes/8504');
    pick(run, new File(['x'], 'justificativa.docx'));
    await run.settle();
    const texto = run.texts().join('\n');
    expect(texto).toContain('Informação: O arquivo "justificativa.docx" (DOCX) é aceito, mas o PAS SERPRO prefere');
    expect(texto).not.toContain('Erro');
  });

  it('says nothing about a small PDF', async () => {
    run = await runContent('lote-incluir-anexo', '/Pagamentos/LotePagamento/Detalhes/8504');
    pick(run, new File(['%PDF'], 'laudo.pdf'));
    await run.settle();
    expect(run.texts().join('\n')).not.toContain('laudo.pdf');
  });

  it('on the nota fiscal (IPAM, 004 § 11: DOC, DOCX, XLS, PDF, JPEG, PNG, ZIP, RAR): a TXT is refused before the upload', async () => {
    run = await runContent('pagamentos-pendentes-nota-salva', '/Faturamento/PagamentosPendentes/Index');
    pick(run, new File(['x'], 'nota.txt'));
    await run.settle();
    expect(run.texts().join('\n')).toMatch(/Erro: O arquivo "nota\.txt" \(TXT\)/);
  });
});
