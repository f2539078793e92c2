// In real Chromium with the built extension, the fourth author's lote page as the server sends it ("Aguarde", the
// guias grid empty; test/dom/paginas-manuais, "Quarto autor"), then the guias arriving in place as Angular renders
// them: the content script must see them without a reload (a browser's MutationObserver timing, not happy-dom's).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guiasChegam } from '../dom/paginas-manuais/guias-chegam.ts';
import { contentChecked, type E2eSession, extensionWarning, openSession, warningText } from './support/portal.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const PAGINA = readFileSync(
  new URL('../dom/paginas-manuais/paginas-4/lote-funssest-aguarde.html', import.meta.url),
  'utf8',
);
const numeros = (primeira: number, n: number) => Array.from({ length: n }, (_, i) => String(primeira + i));

async function abrirAguarde(): Promise<void> {
  const { page, portal } = s;
  const url = `${portal.url}/Pagamentos/LotePagamento/Detalhes/7970`;
  // The page as written from the manuals, served at a portal address (the extension runs there).
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGINA }),
  );
  await page.goto(url);
  await contentChecked(page);
}

describe('lote page: "Aguarde", then the guias arrive (004 § 9.2 b; 003 Q28)', () => {
  it('shows nothing over the limit while loading, then 101/100 and the Erro once the 101 rows are in', async () => {
    await abrirAguarde();
    const { page } = s;
    expect(await extensionWarning(page, '/100 guias').count()).toBe(0);
    await page.evaluate(guiasChegam, { numeros: numeros(90001, 101), total: 101 });
    await extensionWarning(page, '101/100 guias').waitFor();
    await contentChecked(page);
    expect(await extensionWarning(page, '101/100 guias').count()).toBe(1);
    const erro = extensionWarning(page, 'O lote 7970 tem 101 guias');
    expect(await erro.count()).toBe(1);
    expect(await warningText(erro)).toMatch(/Erro/);
  });

  it('follows two batches: 50/100 without Erro, then 101/100', async () => {
    await abrirAguarde();
    const { page } = s;
    await page.evaluate(guiasChegam, { numeros: numeros(90001, 50), total: 50 });
    await extensionWarning(page, '50/100 guias').waitFor();
    await contentChecked(page);
    expect(await extensionWarning(page, 'Erro').count()).toBe(0);
    await page.evaluate(guiasChegam, { numeros: numeros(90051, 51), total: 101, acrescentar: true });
    await extensionWarning(page, '101/100 guias').waitFor();
    await contentChecked(page);
    expect(await extensionWarning(page, '50/100 guias').count()).toBe(0);
    expect(await extensionWarning(page, 'O lote 7970 tem 101 guias').count()).toBe(1);
  });
});
