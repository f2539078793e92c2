// Proof in real Chromium that adding an operadora's own portal in the options page makes the background
// register the content script for that origin (chrome.scripting), and removing it drops the registration.
// Test builds already hold loopback host permissions and accept http on loopback, so the "grant" needs no
// prompt here; production builds take https origins only (unit-tested in tenants.test.tsx).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser.ts';

let browser: ExtensionBrowser;
let page: Page;
const ORIGIN = 'http://127.0.0.1:5577';

type Registered = { id: string; matches?: string[]; js?: string[] }[];
const registered = () =>
  browser.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Registered> } } }
    ).chrome.scripting.getRegisteredContentScripts(),
  );

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
});
afterAll(async () => {
  await browser?.close();
});

describe('operadora portals (tenant origins)', () => {
  it('registers the content script for an added portal and unregisters it when removed', async () => {
    expect(await registered()).toEqual([]);
    await page.getByLabel('Endereço do portal da operadora').fill(ORIGIN);
    await page.getByRole('button', { name: 'Adicionar portal' }).click();
    await page.getByText(`Portal ${ORIGIN} adicionado`).waitFor();

    // The background registers it on hearing the storage change: polled until then, and fails with what it saw.
    await expect
      .poll(registered, { timeout: 15_000 })
      .toMatchObject([{ matches: [`${ORIGIN}/*`], js: ['content-scripts/content.js'] }]);
    expect(((await browser.readStorage()) as { tenantOrigins?: string[] }).tenantOrigins).toEqual([ORIGIN]);

    await page.getByRole('button', { name: `Remover ${ORIGIN}` }).click();
    await page.getByText(`Portal ${ORIGIN} removido`).waitFor();
    await expect.poll(registered, { timeout: 15_000 }).toEqual([]);
  });
});
