// Uploads → Novo: the chosen XML is validated inside the content script (TISS engine + the operadora's pack)
// before the portal gets it; with "bloquear envio com erros" the portal never sees a file with errors.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { closeInformativos, type E2eSession, extensionWarning, openSession, warningText } from './support/portal.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/tiss');
let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

describe('XML upload pre-check', () => {
  it('lists the errors of a bad XML next to the upload area as soon as it is chosen', async () => {
    const { page, portal } = s;
    await page.goto(`${portal.url}/Uploads/UploadXML/Novo`);
    await closeInformativos(page);
    await page.locator('bc-incluir-arquivo input[type=file]').setInputFiles(join(fixtures, 'invalid/hash-wrong.xml'));
    const aviso = extensionWarning(page, 'erro(s) encontrados antes do envio');
    await aviso.waitFor();
    expect(await warningText(aviso)).toMatch(/linha \d+: O hash do epílogo/);
    // Not blocking by default: the portal got the file and lets the clerk send it.
    await expect.poll(() => page.getByRole('button', { name: 'Incluir', exact: true }).isEnabled()).toBe(true);
    await screenshot(page, 'upload-precheck');
  });

  it('keeps a file with errors from the portal when "bloquear envio com erros" is on', async () => {
    const { page, portal, browser } = s;
    await browser.seedStorage({ ...(await browser.readStorage()), bloquearEnvioComErros: true });
    await page.goto(`${portal.url}/Uploads/UploadXML/Novo`);
    await page.locator('bc-incluir-arquivo input[type=file]').setInputFiles(join(fixtures, 'invalid/hash-wrong.xml'));
    await extensionWarning(page, 'envio bloqueado').waitFor();
    expect(await page.getByRole('button', { name: 'Incluir', exact: true }).isDisabled()).toBe(true);

    await page
      .locator('bc-incluir-arquivo input[type=file]')
      .setInputFiles(join(fixtures, 'valid/consulta-3-guias.xml'));
    await extensionWarning(page, 'nenhum erro encontrado').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Incluir', exact: true }).isEnabled()).toBe(true);
  });
});
