// Anexos per procedure category (PAS SERPRO manual) on the lote page as 004 § 9.2 b shows it: no procedures
// and no atendimento dates. Without a known guia record the checklist has nothing to say, and it never
// pretends otherwise; the clerk's Fechar Lote goes through to the portal's own confirmation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeInformativos, type E2eSession, extensionWarning, openSession } from './support/portal.ts';

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
    expect(await extensionWarning(page, 'Anexos').count()).toBe(0);
    expect(await extensionWarning(page, 'não conferida').count()).toBe(0);

    await page.getByRole('button', { name: 'Fechar Lote', exact: true }).click();
    await page.locator('#simpleConfirmationModal.in').waitFor();
  });
});
