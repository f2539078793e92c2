// Proof that the built extension's content script runs on the portal's lote page: the lote size badge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import {
  closeInformativos,
  contentChecked,
  type E2eSession,
  extensionWarning,
  openSession,
  signedInUrl,
} from './support/portal.ts';

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

  it('marks the FUNSSEST lote of 101 guias as an error (limit 100, 003 Q28), under both notices popups', async () => {
    const { page, portal } = s;
    // Signed in again so both notices popups cover the page: the badge must not wait for them.
    await page.goto(signedInUrl(portal.url, '/Pagamentos/LotePagamento/Detalhes/8514', '1'));
    await page.locator('#bcInformativosModal').waitFor({ state: 'visible' });
    const badge = page.locator('tiss-preflight-aviso').getByText('101/100 guias');
    await badge.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await badge.getAttribute('aria-label')).toBe('Este lote tem 101 de no máximo 100 guias');
    expect(await page.locator('#bcModalEvolution .modal').isVisible()).toBe(true);
    await closeInformativos(page);
    // Anexos are still accepted on an open lote; nothing is said about them (the popups closed, checked again).
    expect(await page.locator('#incluir-anexo').isEnabled()).toBe(true);
    await contentChecked(page);
    expect(await extensionWarning(page, 'Incluir Anexo').count()).toBe(0);
  });
});
