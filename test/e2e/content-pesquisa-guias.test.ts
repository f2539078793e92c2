// Issue 12, Autorização → Pesquisar Guias → Pesquisa de Guias (004 §§ 6, 9.2) in Chromium with the extension:
// the grid prints no senha dates, so an Autorizada guia is checked once its Detalhes da Guia was opened (004 § 6
// "clicar na guia desejada … Detalhes"; senha-autorizacao keeps its senha's dates). FUNSSEST's senha is valid 60
// days (003 Q22): back on Pesquisa de Guias, the expired one is flagged in its row, before Gerar Cobrança.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { angularEstavel, escolherOperadora, pesquisarGuiasDesde } from '../portal/snapshot.ts';
import { addDays } from '../portal/state.ts';
import { closeInformativos, contentChecked, type E2eSession, extensionWarning, openSession } from './support/portal.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const br = (iso: string) => iso.split('-').reverse().join('/');

describe('Pesquisa de Guias: senha vencida na linha', () => {
  it('flags 71791 in its row once its Detalhes da Guia was opened; 71790 (valid) never', async () => {
    const { page, portal } = s;
    const hoje = portal.state.today();
    const linha = (numero: string) => page.locator('bc-smart-table tr.dataGridRow', { hasText: numero });
    const pesquisar = async () => {
      await closeInformativos(page);
      await pesquisarGuiasDesde(page, br(addDays(hoje, -90)));
      await linha('71791').waitFor();
    };

    // The clerk picks FUNSSEST in the header and goes Autorização → Pesquisar Guias → Pesquisa de Guias.
    await page.goto(`${portal.url}/Home/Index`);
    await closeInformativos(page);
    await escolherOperadora(page, '330809');
    await page.hover('.bc-menu .dropdown-toggle:has-text("Autorização")');
    await Promise.all([
      page.waitForURL('**/Guias/PesquisaGuias/Index'),
      page.click('.bc-menu a:has-text("Pesquisa de Guias")'),
    ]);
    await angularEstavel(page);
    await pesquisar();
    // Nothing is known of its senha yet: nothing said, once the content script has read the grid as it is.
    await contentChecked(page);
    expect(await extensionWarning(page, 'senha venceu').count()).toBe(0);

    // Ticks 71791, Detalhes: the page of 004 § 6, where the senha's Validade is read (and said expired).
    await linha('71791').click();
    await Promise.all([
      page.waitForURL('**/Guias/Autorizacao/Detalhes/71791'),
      page.click('.bc-pesquisa-guias .bc-toolbar button:has-text("Detalhes")'),
    ]);
    await extensionWarning(page, 'Guia 71791: a senha venceu').waitFor({ timeout: 15_000 });

    await page.goBack();
    await page.waitForURL('**/Guias/PesquisaGuias/Index');
    await angularEstavel(page);
    await pesquisar();
    const validade = br(addDays(hoje, -10));
    const aviso = linha('71791').locator('tiss-preflight-aviso');
    await aviso.filter({ hasText: `Guia 71791: a senha venceu em ${validade}` }).waitFor({ timeout: 15_000 });
    expect(await aviso.textContent()).not.toContain('Erro');
    // In the Situação cell, next to "Autorizada".
    expect(await aviso.evaluate((h) => h.closest('td')?.textContent)).toContain('Autorizada');
    expect(await linha('71790').locator('tiss-preflight-aviso').count()).toBe(0);
  });
});
