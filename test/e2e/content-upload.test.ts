// Uploads → Novo: the XML picked or dropped on the area is validated before the portal gets it (the content
// script sends its bytes to the background, which runs the TISS engine + the operadora's pack); with
// "bloquear envio com erros" the portal never sees a file with errors.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { closeInformativos, type E2eSession, extensionWarning, openSession, warningText } from './support/portal.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/tiss');
let s: E2eSession;

/** Drags a fixture onto "Clique aqui ou arraste um arquivo para esta área" (004 § 9.1), as a file manager would. */
async function dropFile(page: Page, file: string): Promise<void> {
  const bytes = [...readFileSync(join(fixtures, file))];
  const name = file.split('/').pop()!;
  const transfer = await page.evaluateHandle(
    ([b, n]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(b)], n, { type: 'text/xml' }));
      return dt;
    },
    [bytes, name] as const,
  );
  const area = page.getByText('Clique aqui ou arraste um arquivo para esta área');
  await area.dispatchEvent('dragover', { dataTransfer: transfer });
  await area.dispatchEvent('drop', { dataTransfer: transfer });
}

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
    const aviso = extensionWarning(page, 'antes do envio');
    await aviso.waitFor();
    expect(await warningText(aviso)).toMatch(/linha \d+: O hash do epílogo/);
    // Not blocking by default: the portal got the file and lets the clerk send it.
    await expect.poll(() => page.getByRole('button', { name: 'Incluir', exact: true }).isEnabled()).toBe(true);
    await screenshot(page, 'upload-precheck');
  });

  it('checks a lote dropped on the area too, and the portal still gets it', async () => {
    const { page, portal } = s;
    await page.goto(`${portal.url}/Uploads/UploadXML/Novo`);
    await closeInformativos(page);
    await dropFile(page, 'invalid/hash-wrong.xml');
    const aviso = extensionWarning(page, 'antes do envio');
    await aviso.waitFor();
    expect(await warningText(aviso)).toMatch(/"hash-wrong\.xml".*linha \d+: O hash do epílogo/s);
    await expect.poll(() => page.getByRole('button', { name: 'Incluir', exact: true }).isEnabled()).toBe(true);
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

  it('holds a dropped file with errors and hands a good dropped one to the portal when blocking is on', async () => {
    const { page, portal, browser } = s;
    await browser.seedStorage({ ...(await browser.readStorage()), bloquearEnvioComErros: true });
    await page.goto(`${portal.url}/Uploads/UploadXML/Novo`);
    await dropFile(page, 'invalid/hash-wrong.xml');
    await extensionWarning(page, 'envio bloqueado').waitFor();
    expect(await page.getByRole('button', { name: 'Incluir', exact: true }).isDisabled()).toBe(true);

    await dropFile(page, 'valid/consulta-3-guias.xml');
    await extensionWarning(page, 'nenhum erro encontrado').waitFor();
    // The drop was replayed to the portal: it shows the file and lets the clerk send it.
    await page.locator('bc-incluir-arquivo').getByText('consulta-3-guias.xml').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Incluir', exact: true }).isEnabled()).toBe(true);
  });
});
