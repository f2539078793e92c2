// Proof that the built extension's content script runs on the portal's lote page: the lote size badge.
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

describe('content script on the lote page', () => {
  it('shows "100/100 guias" next to the guia count of a full lote, read from the page and the pack', async () => {
    await s.page.goto(`${s.portal.url}/Pagamentos/LotePagamento/Detalhes/8501`);
    const badge = s.page.locator('tiss-preflight-aviso').getByText('100/100 guias');
    await badge.waitFor({ timeout: 15_000 });
    expect(await badge.getAttribute('aria-label')).toBe('Este lote tem 100 de no máximo 100 guias');
    await badge.scrollIntoViewIfNeeded();
    await screenshot(s.page, 'lote-limite-guias');
  });

  it('explains, next to Incluir Anexo, why a closed lote takes no more anexos, with the notices modal still open', async () => {
    const { page, portal } = s;
    // Signed in again so the portal's notices modal covers the page: the warning must not wait for it.
    const destino = encodeURIComponent('/Pagamentos/LotePagamento/Detalhes/8503');
    await page.goto(`${portal.url}/__test__/login?informativos=1&ReturnUrl=${destino}`);
    await page.locator('#bcInformativosModal').waitFor({ state: 'visible' });
    const aviso = extensionWarning(page, 'Incluir Anexo: o portal não permite esta ação');
    await aviso.waitFor({ state: 'attached' });
    const texto = await warningText(aviso);
    expect(texto).toContain('com o lote na situação "Fechado (envio pendente)"');
    expect(await page.locator('#bcInformativosModal').isVisible()).toBe(true);
    await closeInformativos(page);
    expect(await page.locator('#incluir-anexo').isDisabled()).toBe(true);
    await aviso.scrollIntoViewIfNeeded();
    await screenshot(page, 'lote-fechado-anexo');
  });
});
