// Anexos per procedure category (PAS SERPRO manual) on the lote page as 004 § 9.2 b shows it: no procedures
// and no atendimento dates. Without a known guia record the checklist says nothing about any guia; the lote
// summary says none was checked and how to check them; the clerk's Fechar Lote goes through to the portal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeInformativos, contentChecked, type E2eSession, extensionWarning, openSession } from './support/portal.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

describe('anexos checklist on the lote page', () => {
  it('says nothing it cannot know from the page, and lets Fechar Lote through', async () => {
    const { page, portal } = s;
    await page.goto(`${portal.url}/Pagamentos/LotePagamento/Detalhes/8504`);
    await closeInformativos(page);
    // The content script ran: the lote size badge is there.
    await page.locator('tiss-preflight-aviso').getByText('4/100 guias').waitFor({ timeout: 15_000 });
    expect(await page.locator('section.bc-guias').textContent()).not.toMatch(/Procedimentos:|Data Realização/);
    // Nothing on any guia row once every feature is done with the page (the badge is one feature's); the lote
    // summary names the 4 guias as not checked and says how (issue 12).
    await contentChecked(page);
    expect(await page.locator('tr.dataGridRow tiss-preflight-aviso').count()).toBe(0);
    await extensionWarning(page, 'Guias conferidas (anexos, prazos e senha): 0 de 4').waitFor();

    await page.getByRole('button', { name: 'Fechar Lote', exact: true }).click();
    await page.locator('#simpleConfirmationModal.in').waitFor();
  });
});
