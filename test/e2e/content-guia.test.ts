// Digitar Guia (SP/SADT) filled from a saved autofill profile: one click, AngularJS sees the values (the
// wizard's own validation lets the clerk go on), and a field the clerk already chose is kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { closeInformativos, type E2eSession, extensionWarning, openSession } from './support/portal.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const PERFIL = {
  id: 'perfil-1',
  rotulo: 'Dra. Teste — clínica',
  nome: 'MEDICA TESTE 02',
  conselho: 'CRM',
  numeroConselho: '45678',
  uf: 'RS',
  cbo: '225125',
  cnes: '9999999',
  contratadoExecutante: 'CLINICA TESTE LTDA (FICTICIA)',
};

describe('autofill of the Digitar Guia wizard', () => {
  it('fills the solicitante from the profile with one click, keeping what the clerk chose', async () => {
    const { page, portal, browser } = s;
    // As the options page saves it: storage.local, next to the rest of the settings.
    await browser.seedStorage({ ...(await browser.readStorage()), autofillProfiles: [PERFIL] });

    await page.goto(`${portal.url}/Guias/SpSadt/FaturamentoNovaGuiaEletiva?lote=8502`);
    await closeInformativos(page);
    await page.fill('#Beneficiario', '9999900000000001 | BENEFICIARIO TESTE 01');
    await page.getByRole('button', { name: 'Próximo' }).click();
    await page.locator('#Solicitante_Nome').waitFor();

    // The clerk already picked a UF: the profile must not replace it without asking.
    await page.selectOption('#Solicitante_Uf', 'SP');
    const preencher = page.getByRole('button', { name: `Preencher com "${PERFIL.rotulo}" (Alt+Shift+P)` });
    await preencher.click();

    await expect.poll(() => page.inputValue('#Solicitante_Nome')).toBe('MEDICA TESTE 02');
    expect(await page.inputValue('#Solicitante_Conselho')).toBe('CRM');
    expect(await page.inputValue('#Solicitante_Numero')).toBe('45678');
    expect(await page.locator('#Solicitante_Cbo option:checked').textContent()).toBe('225125 - Médico clínico');
    expect(await page.inputValue('#Solicitante_Uf')).toBe('SP');
    await extensionWarning(page, 'Substituir 1 campo').waitFor();
    // Nothing left to fill: the offer goes away, only the question about the kept field stays.
    await preencher.waitFor({ state: 'detached' });
    await screenshot(page, 'guia-autofill');

    // The wizard's AngularJS validation saw every value: it moves on to Dados do Atendimento.
    await page.getByRole('button', { name: 'Próximo' }).click();
    await page.locator('#CaraterAtendimento').waitFor();
    expect(await page.locator('.field-validation-error').count()).toBe(0);
  });

  it('replaces the kept field only when the clerk asks', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Anterior' }).click();
    await page.locator('#Solicitante_Nome').waitFor();
    expect(await page.inputValue('#Solicitante_Uf')).toBe('SP');
    await page.getByRole('button', { name: /^Substituir 1 campo / }).click();
    await expect.poll(() => page.inputValue('#Solicitante_Uf')).toBe('RS');
  });

  it('fills from the keyboard shortcut (the background forwards it to the portal tab)', async () => {
    const { page, portal, browser } = s;
    await page.goto(`${portal.url}/Guias/SpSadt/FaturamentoNovaGuiaEletiva?lote=8502`);
    await page.fill('#Beneficiario', '9999900000000002 | BENEFICIARIO TESTE 02');
    await page.getByRole('button', { name: 'Próximo' }).click();
    await page.locator('#Solicitante_Nome').waitFor();
    await page.bringToFront();
    // What the background does on Alt+Shift+P: the `autofill` message to the active tab.
    const reply = await browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: {
            query(q: object): Promise<{ id?: number }[]>;
            sendMessage(id: number, msg: object): Promise<{ preenchidos: number; mensagem: string }>;
          };
        };
      };
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'autofill' });
    });
    expect(reply).toEqual({ preenchidos: 5, mensagem: `5 campos preenchidos com "${PERFIL.rotulo}".` });
    expect(await page.inputValue('#Solicitante_Nome')).toBe('MEDICA TESTE 02');
    expect(await page.inputValue('#Solicitante_Uf')).toBe('RS');
  });
});
