// The lote page in Firefox (firefox-esr, the add-on's Firefox test build installed as a temporary add-on): the
// content script's key warnings of content-lote.test.ts (Chromium), read the same way from the same mock portal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCheckedFirefox, type FirefoxSession, openFirefoxSession, warningTexts } from './support/firefox.ts';

let s: FirefoxSession;
beforeAll(async () => {
  s = await openFirefoxSession();
});
afterAll(async () => {
  await s?.close();
});

describe('Firefox: content script on the lote page', () => {
  it('has the portal granted at install (MV3 host permissions are opt-in in Firefox)', async () => {
    const popup = await s.firefox.openExtensionPage('popup.html');
    const granted = await popup.evaluate(() =>
      (
        globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins: string[] }> } } }
      ).browser.permissions.getAll(),
    );
    await popup.close();
    expect(granted.origins).toEqual(expect.arrayContaining(['http://127.0.0.1/*']));
  });

  it('shows "100/100 guias" next to the guia count of a full lote', async () => {
    await s.open('/Pagamentos/LotePagamento/Detalhes/8501', '0');
    const badge = await s.page.waitForSelector('tiss-preflight-aviso >>> ::-p-text(100/100 guias)', {
      timeout: 15_000,
    });
    expect(await badge?.evaluate((e) => e.getAttribute('aria-label'))).toBe('Este lote tem 100 de no máximo 100 guias');
  });

  it('marks the FUNSSEST lote of 101 guias, under both notices popups, and says nothing of anexos', async () => {
    const { page } = s;
    await s.open('/Pagamentos/LotePagamento/Detalhes/8514', '1');
    await page.waitForSelector('#bcInformativosModal', { visible: true });
    const badge = await page.waitForSelector('tiss-preflight-aviso >>> ::-p-text(101/100 guias)', {
      timeout: 15_000,
    });
    expect(await badge?.evaluate((e) => e.getAttribute('aria-label'))).toBe('Este lote tem 101 de no máximo 100 guias');
    expect(await page.$eval('#incluir-anexo', (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    await contentCheckedFirefox(page);
    expect((await warningTexts(page)).filter((t) => t.includes('Incluir Anexo'))).toEqual([]);
  });
});
