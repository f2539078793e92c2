import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const LOTE_8504 = '/Pagamentos/LotePagamento/Detalhes/8504';

/** What AngularJS adds when the clerk selects a guia: its detail row under it. */
function openDetails(r: ContentRun, numeroGuia: string, detalhe: string): HTMLTableRowElement {
  const row = [...r.document.querySelectorAll('tr.dataGridRow')].find((tr) =>
    [...tr.children].some((td) => td.textContent?.trim() === numeroGuia),
  ) as HTMLTableRowElement;
  const detail = r.document.createElement('tr');
  detail.className = 'dataGridRowDetail';
  detail.innerHTML = `<td></td><td colspan="7">${detalhe}</td>`;
  row.after(detail);
  return row;
}

/** Nº Guia Prestador of the guia row of a beneficiary. */
function guiaDe(r: ContentRun, beneficiario: string): string {
  return [...r.document.querySelectorAll('tr.dataGridRow')]
    .map((tr) => [...tr.children].map((td) => td.textContent?.trim() ?? ''))
    .find((cells) => cells.some((c) => c.includes(beneficiario)))!
    .find((c) => /^\d{5}$/.test(c))!;
}

describe('anexos-checklist', () => {
  it('asks to open the guias whose procedures the page does not show yet', async () => {
    run = await runContent('lote-aberto-anexos', LOTE_8504);
    expect(run.texts().join('\n')).toContain('4 de 4 guia(s) ainda não conferida(s)');
  });

  it("lists, in the guia's row, the documents its procedure's category requires once its details are open", async () => {
    run = await runContent('lote-aberto-anexos', LOTE_8504);
    const numero = guiaDe(run, 'BENEFICIARIO TESTE 06');
    const row = openDetails(run, numero, 'Procedimentos: 40201082 - Colonoscopia (Data Realização: 14/11/2026)');
    await run.settle();
    const aviso = [...row.querySelectorAll('tiss-preflight-aviso')].map(shownText).join('\n');
    expect(aviso).toContain(`Guia ${numero}`);
    expect(aviso).toMatch(/Pedido médico/);
    expect(aviso).toMatch(/Laudo do exame/);
    expect(run.texts().join('\n')).toContain('3 de 4 guia(s) ainda não conferida(s)');
  });

  it('lists what is missing when the clerk clicks Fechar Lote, without stopping the click', async () => {
    run = await runContent('lote-aberto-anexos', LOTE_8504);
    const numero = guiaDe(run, 'BENEFICIARIO TESTE 04');
    openDetails(run, numero, 'Procedimentos: 30909031 - Hemodiálise (Data Realização: 14/11/2026)');
    await run.settle();
    const fechar = [...run.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Fechar Lote')!;
    let portalViu = false;
    fechar.addEventListener('click', () => {
      portalViu = true;
    });
    fechar.click();
    expect(portalViu).toBe(true);
    const aviso = run.hosts().find((h) => shownText(h).includes('confira antes de fechar o lote'));
    expect(shownText(aviso!)).toMatch(/Folha de hemodiálise/);
  });
});
