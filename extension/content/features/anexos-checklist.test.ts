// The lote page (004 § 9.2 b; snapshot lote-aberto-anexos, PAS SERPRO with 000's anexos grid) shows no
// procedures: the checklist speaks only for guias whose procedures a known guia record gives.
import { afterEach, describe, expect, it } from 'vitest';
import type { Guia } from '../../../shared/rules/context.ts';
import type { PortalPage } from '../adapter/read-page.ts';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const LOTE_8504 = '/Pagamentos/LotePagamento/Detalhes/8504';

/** Nº Guia Prestador of the guia row of a beneficiary. */
function guiaDe(r: ContentRun, beneficiario: string): string {
  return [...r.document.querySelectorAll('tr.dataGridRow')]
    .map((tr) => [...tr.children].map((td) => td.textContent?.trim() ?? ''))
    .find((cells) => cells.some((c) => c.includes(beneficiario)))!
    .find((c) => /^\d{5}$/.test(c))!;
}

/** Guia records kept on this machine: one procedure for the guia of the given row (by its position in the lote). */
const registros =
  (porPosicao: Record<number, string>) =>
  (page: PortalPage): Guia[] =>
    page.context.guias!.flatMap((g, i) =>
      porPosicao[i]
        ? [{ numero: g.numero, procedimentos: [{ codigo: porPosicao[i]! }], outrasDespesas: [], anexos: [] }]
        : [],
    );

describe('anexos-checklist', () => {
  it('says nothing from the lote page alone: it shows no procedures (004 § 9.2 b)', async () => {
    run = await runContent('lote-aberto-anexos', LOTE_8504);
    expect(run.texts().join('\n')).not.toMatch(/anexo|não conferida/i);
  });

  it("lists, in the guia's row, the documents a known procedure's category requires (000 § Endoscopia)", async () => {
    run = await runContent('lote-aberto-anexos', LOTE_8504, {}, undefined, registros({ 2: '40201082' }));
    const numero = guiaDe(run, 'BENEFICIARIO TESTE 06');
    const row = [...run.document.querySelectorAll('tr.dataGridRow')].find((tr) => tr.textContent?.includes(numero))!;
    const aviso = [...row.querySelectorAll('tiss-preflight-aviso')].map(shownText).join('\n');
    expect(aviso).toContain(`Guia ${numero}`);
    expect(aviso).toMatch(/Pedido médico/);
    expect(aviso).toMatch(/Laudo do exame/);
  });

  it('lists what is missing when the clerk clicks Fechar Lote, without stopping the click', async () => {
    run = await runContent('lote-aberto-anexos', LOTE_8504, {}, undefined, registros({ 0: '30909031' }));
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
