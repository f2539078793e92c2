// Proof that the built extension's content script runs on the portal's lote page: the lote size badge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { type E2eSession, openSession } from './support/portal.ts';

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
});
