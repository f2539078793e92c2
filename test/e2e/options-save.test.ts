// Proof that the options page saves what a clerk sets, with the keyboard only, in real Chromium: an autofill
// profile (kept in storage.local, never storage.sync), a portal check switched off and "bloquear envio".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser.ts';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
});
afterAll(async () => {
  await browser?.close();
});

describe('options page', () => {
  it('creates an autofill profile with the keyboard and keeps it after a reload', async () => {
    await page.getByRole('button', { name: 'Novo perfil' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Nome do perfil').waitFor();
    await page.getByLabel('Nome do perfil').focus();
    for (const value of ['Dra. Ana', 'Ana Souza', 'CRM', '123456', 'SP', '225125', '1234567', 'Clínica Exemplo']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    // Focus is now on "Salvar perfil".
    await page.keyboard.press('Enter');
    await page.getByText('Dra. Ana').waitFor();

    await page.reload();
    await page.getByText('Dra. Ana').waitFor();
    expect(await page.locator('.profiles li').textContent()).toContain('Dra. Ana — Ana Souza CRM 123456/SP');
    const local = (await browser.readStorage()) as { autofillProfiles?: unknown[] };
    expect(local.autofillProfiles).toMatchObject([
      { rotulo: 'Dra. Ana', cbo: '225125', cnes: '1234567', contratadoExecutante: 'Clínica Exemplo' },
    ]);
    const synced = await browser.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<object> } } } }
      ).chrome.storage.sync.get(null),
    );
    expect(synced).toEqual({});
  });

  it('switches a portal check off and turns on "bloquear envio com erros", kept after a reload', async () => {
    const first = page.locator('.features input[type=checkbox]').first();
    const id = await first.getAttribute('name');
    await first.focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Bloquear o envio do lote quando houver erros').focus();
    await page.keyboard.press('Space');
    await page.reload();
    await page.locator('.features input[type=checkbox]').first().waitFor();
    expect(await page.locator(`input[name="${id}"]`).isChecked()).toBe(false);
    expect(await page.getByLabel('Bloquear o envio do lote quando houver erros').isChecked()).toBe(true);
    const local = (await browser.readStorage()) as {
      features?: Record<string, boolean>;
      bloquearEnvioComErros?: boolean;
    };
    expect(local.features).toEqual({ [id!]: false });
    expect(local.bloquearEnvioComErros).toBe(true);
  });
});
