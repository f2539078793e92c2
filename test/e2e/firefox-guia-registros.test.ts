// Issue 12 in Firefox (firefox-esr, the add-on's Firefox test build as a temporary add-on): the journey of
// guia-registros.test.ts (Chromium) through Gecko's storage.local and its background: the lote's XML checked in
// the popup, then the lote page checks its 3 guias from the kept records and flags the 2 past PASA's 90 days.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCheckedFirefox, type FirefoxSession, openFirefoxSession, warningTexts } from './support/firefox.ts';
import { xmlDoLoteConsulta } from './support/lote-xml.ts';
import { shownText } from './support/portal.ts';

/** Seed lote 8505 (PASA, Consulta): atendimentos 120, 95 and 10 days old (test/portal/README.md). */
const LOTE = 8505;

let s: FirefoxSession;
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tiss-preflight-firefox-'));
  s = await openFirefoxSession();
});
afterAll(async () => {
  await s?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** Waits until some extension warning on the page shows `text`. */
function warningShown(page: Page, text: string): Promise<unknown> {
  return page.waitForFunction(
    (t: string) =>
      Array.from(document.querySelectorAll('tiss-preflight-aviso')).some((w) => w.shadowRoot?.textContent?.includes(t)),
    { timeout: 15_000 },
    text,
  );
}

/** What the extension's warnings say in the lote's row of guia `numero`. */
async function rowWarnings(page: Page, numero: string): Promise<string[]> {
  for (const row of await page.$$('tr.dataGridRow')) {
    if (!(await row.evaluate((r, n) => r.textContent?.includes(n), numero))) continue;
    return Promise.all((await row.$$('tiss-preflight-aviso')).map((w) => w.evaluate(shownText)));
  }
  throw new Error(`lote sem a guia ${numero}`);
}

describe('Firefox: guia records on the lote page', () => {
  it('checks every guia of an XML verified in the popup, and flags those past the 90-day window', async () => {
    const { page, portal } = s;
    await s.open(`/Pagamentos/LotePagamento/Detalhes/${LOTE}`, '0');
    await warningShown(page, 'Guias conferidas (anexos, prazos e senha): 0 de 3');

    // puppeteer picks files by path only: the lote's XML goes to a scratch file first.
    const xml = await xmlDoLoteConsulta(portal.state, LOTE);
    const file = join(scratch, xml.name);
    await writeFile(file, xml.buffer);
    const popup = await s.firefox.openExtensionPage('popup.html');
    const input = (await popup.$('#arquivos')) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('popup sem #arquivos');
    await input.uploadFile(file);
    await popup.waitForFunction(
      (name: string) =>
        Array.from(document.querySelectorAll('.file')).some(
          (f) => f.querySelector('h2')?.textContent === name && f.querySelector('.result'),
        ),
      { timeout: 30_000 },
      xml.name,
    );
    expect(await popup.$eval('.file .summary', (e) => e.textContent)).toContain('3 guias · hash confere');
    await popup.close();

    await s.open(`/Pagamentos/LotePagamento/Detalhes/${LOTE}`, '0');
    await warningShown(page, 'Guias conferidas (anexos, prazos e senha): 3 de 3.');
    await contentCheckedFirefox(page);
    const [g120, g95, g10] = portal.state.guiasDoLote(portal.state.lote(LOTE)!);
    expect((await rowWarnings(page, g120!.numero)).join(' ')).toContain('já tem 120 dias');
    expect((await rowWarnings(page, g95!.numero)).join(' ')).toContain('já tem 95 dias');
    expect(await rowWarnings(page, g10!.numero)).toEqual([]);
    expect((await warningTexts(page)).join(' ')).not.toContain('não conferida');
  });
});
