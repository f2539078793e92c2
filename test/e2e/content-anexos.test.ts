// Anexos per procedure category (PAS SERPRO manual): opening a guia's details in the lote lets the extension
// see its procedures and list the documents they require; Fechar Lote lists what is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { closeInformativos, type E2eSession, extensionWarning, openSession, warningText } from './support/portal.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

describe('anexos checklist on the lote page', () => {
  it('lists the documents a hemodiálise guia needs once its details are open, and again on Fechar Lote', async () => {
    const { page, portal } = s;
    await page.goto(`${portal.url}/Pagamentos/LotePagamento/Detalhes/8504`);
    await closeInformativos(page);
    await extensionWarning(page, '4 de 4 guia(s) ainda não conferida(s)').waitFor();

    // The clerk selects the guia: the portal opens its detail row with the procedures (in place).
    const linha = page.locator('tr.dataGridRow', { hasText: 'BENEFICIARIO TESTE 04' });
    await linha.locator('td').nth(2).click();
    const aviso = linha.locator('tiss-preflight-aviso');
    await aviso.waitFor();
    const texto = await warningText(aviso);
    expect(texto).toMatch(/Hemodiálise/i);
    expect(texto).toMatch(/Folha de hemodiálise/);
    await extensionWarning(page, '3 de 4 guia(s) ainda não conferida(s)').waitFor();
    await aviso.scrollIntoViewIfNeeded();
    await screenshot(page, 'lote-anexos-checklist');

    await page.getByRole('button', { name: 'Fechar Lote', exact: true }).click();
    await extensionWarning(page, 'confira antes de fechar o lote').waitFor();
    // Not blocking by default: the portal's own confirmation opens as usual.
    await page.locator('#simpleConfirmationModal.in').waitFor();
  });
});
