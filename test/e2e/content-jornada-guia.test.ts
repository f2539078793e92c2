// In real Chromium with the built extension, the fifth author's pages (test/dom/paginas-manuais, "Quinto autor"):
// a hemodiálise guia typed in Digitar Guia for PAS SERPRO step by step (the steps swapped in place as the wizard does),
// saved, then the lote that holds it (issue 12). The record is the one the extension itself wrote on Salvar, in its
// own storage.local, read on the next page: a browser's storage and navigation, not the DOM tests' stand-ins.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentChecked, type E2eSession, extensionWarning, openSession, warningText } from './support/portal.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const pagina = (nome: string) =>
  readFileSync(new URL(`../dom/paginas-manuais/paginas-5/${nome}.html`, import.meta.url), 'utf8');
const CORPO = '.wizard-corpo';

/** The page written from the manuals, served at a portal address (the extension runs there). */
async function servir(page: Page, path: string, html: string): Promise<void> {
  const url = `${s.portal.url}${path}`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
  await contentChecked(page);
}

/** The wizard's next step replaces the current one in place (AngularJS), from the step's page file. */
async function passo(page: Page, html: string): Promise<void> {
  await page.evaluate(
    ({ seletor, html }) => {
      const novo = new DOMParser().parseFromString(html, 'text/html').querySelector(seletor)!;
      document
        .querySelector(seletor)!
        .replaceChildren(...Array.from(novo.childNodes).map((n) => document.importNode(n, true)));
    },
    { seletor: CORPO, html },
  );
  await contentChecked(page);
}

describe('Digitar Guia SP/SADT (PAS SERPRO) typed and saved, then its lote (004 § 9.2 a–b; 000 documentos por tipo)', () => {
  it('lists the hemodiálise documents in the row of the guia typed, and names the guia never typed as não conferida', async () => {
    const { page } = s;
    await servir(page, '/Faturamento/DigitarGuia/SpSadt', pagina('digitar-spsadt-serpro'));
    await page.fill('#guiaBeneficiario', '0100000165000154 | BENEFICIARIO TESTE');
    await page.fill('#guiaNumeroPrestador', '63001');
    await passo(page, pagina('spsadt-passo3'));
    await passo(page, pagina('spsadt-passo4'));
    // The code picked in the lookup; the ng-repeat adds the procedure's tbody; the clerk types its date.
    await page.fill('input[name="HandleTermoLookupDisplay"]', '30909023');
    const procedimento = pagina('spsadt-procedimento')
      .replaceAll('CODIGO', '30909023')
      .replaceAll('DESCRICAO', 'Hemodiálise crônica (por sessão)')
      .replaceAll('VALOR', '1.250,00');
    await page.evaluate((html) => {
      const tbody = new DOMParser().parseFromString(html, 'text/html').querySelector('tbody')!;
      document.querySelector('.tabela-procedimentos')!.append(document.importNode(tbody, true));
    }, procedimento);
    await page.fill('input[name="HandleTermoLookupDisplay"]', '');
    await page.fill('.data-realizacao input', '12/11/2026');
    await contentChecked(page);
    // The Resumo as Angular binds it to what was typed.
    const linha =
      '<tbody class="linhas-resumo"><tr><td>1</td><td>22</td><td>30909023 - Hemodiálise crônica (por sessão)</td>' +
      '<td>1</td><td>12/11/2026</td><td></td><td></td><td></td><td></td><td>1</td><td></td><td>R$1.250,00</td>' +
      '<td>R$1.250,00</td></tr></tbody>';
    await passo(
      page,
      pagina('spsadt-resumo')
        .replace('</small> NUMERO', '</small> 63001')
        .replace('</small> BENEFICIARIO', '</small> 0100000165000154 - BENEFICIARIO TESTE')
        .replace('</small> TOTAL', '</small> R$1.250,00')
        .replace('<tbody class="linhas-resumo"></tbody>', linha),
    );
    await page.click('button:has-text("Salvar")');

    await servir(page, '/Faturamento/LotePagamento/Visualizar/8120', pagina('lote-serpro'));
    const linha63001 = page.locator('tbody', { has: page.locator('a', { hasText: '63001' }) });
    // The record may land a moment after the page opened: the lote follows storage changes.
    const documentos = linha63001.locator('tiss-preflight-aviso').filter({ hasText: 'Folha de hemodiálise' });
    await documentos.waitFor();
    expect(await documentos.count()).toBe(1);
    expect(await warningText(documentos)).toMatch(/Etiqueta (do )?dialisador/);
    const resumo = extensionWarning(page, 'não conferida');
    expect(await resumo.count()).toBe(1);
    expect(await warningText(resumo)).toMatch(/1 de 2[\s\S]*63002/);
    expect(await warningText(resumo)).not.toContain('63001');
  });
});
