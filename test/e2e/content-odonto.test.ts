// Issue 12, odonto dente/região in Digitar Guia itself (001 § 2.1 Etapa 3, "Referente a" Região / Dente), in
// Chromium with the extension: FUNSSEST asks área/dente ou região on every odonto procedure (003 Q32).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escolherOperadora } from '../portal/snapshot.ts';
import { closeInformativos, type E2eSession, openSession } from './support/portal.ts';
import { incluirProcedimento, preencherBeneficiario, preencherProfissional, proximo } from './support/wizard.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

describe('Digitar Guia Tratamento Odontológico, FUNSSEST', () => {
  it('warns next to "Referente a" until the região is typed; the guia is then saved', async () => {
    const { page, portal } = s;
    await page.goto(`${portal.url}/Guias/Odonto/FaturamentoNovaGuiaEletiva`);
    await closeInformativos(page);
    await escolherOperadora(page, '330809');
    await preencherBeneficiario(page);
    await preencherProfissional(page, 'Solicitante');
    await proximo(page);

    await page.selectOption('#TipoAtendimento', 'Tratamento Odontológico');
    await page.selectOption('#TipoFaturamento', 'Total');
    await incluirProcedimento(page, '81000065', 'odonto');
    await page.fill('#Procedimentos_0__DataRealizacao', '17/11/2026');
    await page.fill('#Procedimentos_0__ValorUnitario', '100,00');
    const aviso = page
      .locator('.bc-procedimento-campos tiss-preflight-aviso')
      .filter({ hasText: 'informe o dente ou a região' });
    await aviso.waitFor({ timeout: 15_000 });
    expect(await aviso.evaluate((h) => h.previousElementSibling?.classList.contains('bc-referente'))).toBe(true);

    await page.fill('#Procedimentos_0__DenteRegiao', '01. ASAI - Arcadas Superiores e inferiores');
    await aviso.waitFor({ state: 'detached' });
    await proximo(page);
    await preencherProfissional(page, 'Executante');
    await proximo(page);
    await proximo(page);
    expect(await page.textContent('.bc-wizard-titulo')).toContain('Resumo');
    expect(await page.locator('.bc-resumo td', { hasText: 'ASAI' }).count()).toBe(1);
    await page.click('.bc-wizard-acoes button:has-text("Salvar")');
    await page.getByText('foi salva').waitFor();
  });
});
