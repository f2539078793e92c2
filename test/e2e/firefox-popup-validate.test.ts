// The toolbar popup in Firefox (firefox-esr, the add-on's Firefox test build as a temporary add-on, popup.html opened
// in a tab): the key findings of popup-validate.test.ts (Chromium) from the same fixtures, so the XML engine, its
// Web Worker and the pt-BR messages are proven in Gecko too.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pasSerpro from '../../shared/packs/345474.json' with { type: 'json' };
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './support/firefox.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'tiss');
let firefox: FirefoxWithExtension;
let page: Page;
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tiss-preflight-firefox-'));
  firefox = await launchFirefoxWithExtension();
  page = await firefox.openExtensionPage('popup.html');
  await page.setViewport({ width: 480, height: 760 });
});
afterAll(async () => {
  await firefox?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** Picks files in the popup's file input, as the clerk does, and waits until the card of `waitFor` shows a result. */
async function pick(files: string[], waitFor: string): Promise<void> {
  const input = (await page.$('#arquivos')) as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error('popup sem #arquivos');
  await input.uploadFile(...files);
  await page.waitForFunction(
    (name: string) =>
      Array.from(document.querySelectorAll('.file')).some(
        (f) => f.querySelector('h2')?.textContent === name && f.querySelector('.result'),
      ),
    { timeout: 30_000 },
    waitFor,
  );
}

function cardText(name: string): Promise<string> {
  return page.$$eval(
    '.file',
    (cards, n) => cards.find((c) => c.querySelector('h2')?.textContent === n)?.textContent ?? '',
    name,
  );
}

describe('Firefox popup: one-click XML validation', () => {
  it('shows the findings of a bad lote by guia, in pt-BR', async () => {
    expect(await page.$eval('body', (b) => b.textContent)).toContain(
      'Arraste aqui os arquivos XML do lote ou clique para escolher',
    );
    await pick(
      [join(fixtures, 'invalid', 'bad-date.xml'), join(fixtures, 'invalid', 'hash-wrong.xml')],
      'hash-wrong.xml',
    );
    await page.waitForFunction(() => document.querySelectorAll('.result').length === 2, { timeout: 30_000 });
    const first = await page.$eval('.file', (f) => ({
      name: f.querySelector('h2')?.textContent,
      headline: f.querySelector('.headline')?.textContent,
      summary: f.querySelector('.summary')?.textContent,
      guia: Array.from(f.querySelectorAll('details'))
        .filter((d) => d.textContent?.includes('Guia CON000000002'))
        .map((d) => ({ summary: d.querySelector('summary')?.textContent, item: d.querySelector('li')?.textContent })),
    }));
    expect(first.name).toBe('bad-date.xml');
    expect(first.headline).toMatch(/^1 erro, \d+ pontos? de atenção$/);
    expect(first.summary).toBe(
      `versão 4.01.00 · lote 000000000905 · operadora (registro ANS) 345474 · regras: ${pasSerpro.operadora.nome} ${pasSerpro.versao} · 3 guias · hash confere`,
    );
    expect(first.guia).toHaveLength(1);
    expect(first.guia[0]?.summary).toBe('Guia CON000000002 (1)');
    expect(first.guia[0]?.item).toContain('Guia CON000000002: data do atendimento "2026-02-30" não é uma data válida');
    expect(first.guia[0]?.item).toContain('(linha 82)');

    const second = await cardText('hash-wrong.xml');
    expect(second).toContain('hash NÃO confere');
    expect(second).toContain('O hash do epílogo (7f615ac4daa5f0be04dc0a6d91bc60d0) não confere');
  });

  it("applies the operadora's pack rules too, chosen by the registro ANS in the file", async () => {
    await pick([join(fixtures, 'valid', 'consulta-3-guias.xml')], 'consulta-3-guias.xml');
    const text = await cardText('consulta-3-guias.xml');
    expect(text).toContain('regras: PAS SERPRO');
    expect(text).toContain('A conta física deste lote deve chegar ao PAS SERPRO em até 90 dias');
  });

  it('explains a file that is not XML', async () => {
    // puppeteer picks files by path only: the bytes go to a scratch file first.
    const pdf = join(scratch, 'guia-digitalizada.pdf');
    await writeFile(pdf, '%PDF-1.4 fake');
    await pick([pdf], 'guia-digitalizada.pdf');
    expect(await cardText('guia-digitalizada.pdf')).toContain(
      'O arquivo "guia-digitalizada.pdf" não é um XML (não começa com "<").',
    );
  });
});
