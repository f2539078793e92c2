// Proof that a clerk can validate XML files from the toolbar popup in real Chromium with the built extension:
// a bad lote shows the right pt-BR findings grouped by guia, a non-XML file is explained, and the CSV export
// carries the findings.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pasSerpro from '../../shared/packs/345474.json' with { type: 'json' };
import { type ExtensionBrowser, launchWithExtension, screenshot } from './support/browser.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'tiss');
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.newPage();
  await page.setViewportSize({ width: 480, height: 760 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
});
afterAll(async () => {
  await browser?.close();
});

describe('popup: one-click XML validation', () => {
  it('shows the findings of a bad lote by guia, in pt-BR, computed in the Web Worker', async () => {
    await expect(page.getByText('Arraste aqui os arquivos XML do lote ou clique para escolher')).toBeTruthy();
    await page.setInputFiles('#arquivos', [
      join(fixtures, 'invalid', 'bad-date.xml'),
      join(fixtures, 'invalid', 'hash-wrong.xml'),
    ]);
    await page.locator('.result').nth(1).waitFor({ timeout: 30_000 });
    const first = page.locator('.file').nth(0);
    expect(await first.locator('h2').textContent()).toBe('bad-date.xml');
    expect(await first.locator('.headline').textContent()).toMatch(/^1 erro, \d+ pontos? de atenção$/);
    expect(await first.locator('.summary').textContent()).toBe(
      `versão 4.01.00 · lote 000000000905 · operadora (registro ANS) 345474 · regras: ${pasSerpro.operadora.nome} ${pasSerpro.versao} · 3 guias · hash confere`,
    );
    const guiaGroup = first.locator('details', { hasText: 'Guia CON000000002' });
    expect(await guiaGroup.locator('summary').textContent()).toBe('Guia CON000000002 (1)');
    expect(await guiaGroup.locator('li').textContent()).toContain(
      'Guia CON000000002: data do atendimento "2026-02-30" não é uma data válida',
    );
    expect(await guiaGroup.locator('li').textContent()).toContain('(linha 82)');

    const second = page.locator('.file').nth(1);
    expect(await second.locator('.summary').textContent()).toContain('hash NÃO confere');
    expect(await second.textContent()).toContain('O hash do epílogo (7f615ac4daa5f0be04dc0a6d91bc60d0) não confere');
    // The parsing ran off the popup's UI thread, in the validation Web Worker.
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/validate\.worker-.*\.js$/)]);
    await screenshot(page, 'popup-validacao');
  });

  it("applies the operadora's pack rules too, chosen by the registro ANS in the file", async () => {
    await page.setInputFiles('#arquivos', join(fixtures, 'valid', 'consulta-3-guias.xml'));
    const card = page.locator('.file', { hasText: 'consulta-3-guias.xml' });
    await card.locator('.result').waitFor({ timeout: 30_000 });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('regras: PAS SERPRO');
    expect(text).toContain('A conta física deste lote deve chegar ao PAS SERPRO em até 90 dias');
  });

  it('says a lote over 100 guias once, not again through the pack', async () => {
    await page.setInputFiles('#arquivos', join(fixtures, 'invalid', 'sadt-101-guias.xml'));
    const card = page.locator('.file', { hasText: 'sadt-101-guias.xml' });
    await card.locator('.result').waitFor({ timeout: 30_000 });
    const text = (await card.textContent()) ?? '';
    expect(text.split('Lote com 101 guias: o máximo permitido é 100')).toHaveLength(2);
    expect(text).not.toContain('tem 101 guias; o limite é 100');
  });

  it('says when the TISS version does not exist', async () => {
    await page.setInputFiles('#arquivos', join(fixtures, 'invalid', 'wrong-padrao.xml'));
    const card = page.locator('.file', { hasText: 'wrong-padrao.xml' });
    await card.locator('.result').waitFor({ timeout: 30_000 });
    expect(await card.textContent()).toContain(
      'A versão TISS "4.01.01" informada no campo Padrao não existe no padrão TISS (de 3.05.00 a 4.02.00, as versões publicadas são 3.05.00, 4.00.00, 4.00.01, 4.01.00 e 4.02.00). Corrija a versão no sistema que gerou o arquivo.',
    );
  });

  it('explains a file that is not XML', async () => {
    await page.setInputFiles('#arquivos', {
      name: 'guia-digitalizada.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 fake'),
    });
    const card = page.locator('.file', { hasText: 'guia-digitalizada.pdf' });
    await card.locator('.result').waitFor();
    expect(await card.locator('.finding').textContent()).toContain(
      'O arquivo "guia-digitalizada.pdf" não é um XML (não começa com "<").',
    );
  });

  it('exports the findings as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Baixar CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('validacao-tiss.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFArquivo;Guia;Gravidade;Regra;Mensagem;Linha;Coluna;Campo;Fonte');
    expect(csv).toContain('bad-date.xml;CON000000002;Erro;tiss/schema;');
    expect(csv).toContain('guia-digitalizada.pdf;;Erro;arquivo/formato;');
  });
});
