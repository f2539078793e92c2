// From the demonstrativo to the recurso in real Chromium with the built extension: the clerk drops the
// demonstrativo de análise de conta in the popup, sees the glosa report with its totals, exports the CSV,
// prepares the recurso (a Vlr. Recursado above the glosado is refused) and keeps it; on the mock portal's
// recurso page (PASA) the draft fills the justificativas and the Vlr. Recursado.
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demonstrativoXml } from '../support/tiss-demonstrativo.ts';
import { screenshot } from './support/browser.ts';
import { closeInformativos, type E2eSession, extensionWarning, openSession } from './support/portal.ts';
import { recursarProcedimento } from './support/recurso.ts';

let s: E2eSession;
let demonstrativo: string;
beforeAll(async () => {
  s = await openSession();
  // PASA's lote 8470 / protocolo 103 as the mock portal shows it: guia 72010, procedimento 10101012 glosado
  // R$ 100,00 under 1714 and 2607; a second guia lost R$ 30,00 to 1705.
  demonstrativo = join(tmpdir(), `demonstrativo-${process.pid}.xml`);
  await writeFile(
    demonstrativo,
    demonstrativoXml({
      registroANS: '331988',
      protocolos: [
        {
          lote: '8470',
          protocolo: '103',
          guias: [
            {
              numero: '72010',
              itens: [
                {
                  informado: '300.00',
                  liberado: '200.00',
                  glosas: [
                    ['1714', '60.00'],
                    ['2607', '40.00'],
                  ],
                },
              ],
              informado: '300.00',
              liberado: '200.00',
              glosado: '100.00',
            },
            { numero: '72009', glosas: ['1705'], informado: '300.00', liberado: '270.00', glosado: '30.00' },
          ],
          informado: '600.00',
          liberado: '470.00',
          glosado: '130.00',
        },
      ],
      informado: '600.00',
      liberado: '470.00',
      glosado: '130.00',
    }).bytes,
  );
});
afterAll(async () => {
  await s?.close();
});

describe('glosas: demonstrativo → report → recurso in the portal', () => {
  it('reads the demonstrativo in the popup, exports the CSV and keeps a reviewed draft', async () => {
    const popup = await s.browser.newPage();
    await popup.setViewportSize({ width: 480, height: 900 });
    await popup.goto(`chrome-extension://${s.browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Glosas do demonstrativo' }).click();
    await popup.setInputFiles('#demonstrativo', demonstrativo);
    await popup.locator('.glosas-totais').waitFor({ timeout: 30_000 });
    expect(await popup.locator('.glosas-totais').textContent()).toBe(
      'Informado R$ 600,00 · Processado R$ 600,00 · Liberado R$ 470,00 · Glosado R$ 130,00',
    );
    expect(await popup.locator('.glosas-relatorio').textContent()).toContain(
      'Guia 72010: R$ 100,00 de R$ 300,00 [1714, 2607]',
    );

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('.glosas-relatorio').getByRole('button', { name: 'Baixar CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('glosas.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain(
      '103;8470;72010;10101012;item;1714;VALOR DO SERVIÇO SUPERIOR AO VALOR DE TABELA;Valor / cobrança;60,00;',
    );
    expect(csv).toContain('103;8470;72009;;guia;1705;VALOR APRESENTADO A MAIOR;Valor / cobrança;30,00;');

    // PASA takes the recurso in the portal's form (002 § 2.3): no XML here.
    expect(await popup.getByRole('button', { name: 'Baixar XML do recurso' }).count()).toBe(0);
    const valor = popup.locator('#rec-103-0-valor');
    await valor.fill('120,00');
    await valor.press('Tab');
    await expect
      .poll(() => popup.locator('#rec-103-0-valor-erro').textContent())
      .toBe('O Vlr. Recursado (R$ 120,00) não pode passar do Vlr. Glosado (R$ 100,00).');
    expect(await valor.inputValue()).toBe('100,00');
    await valor.fill('80,00');
    await valor.press('Tab');
    await popup.locator('#rec-103-0-j0').fill('Valor conforme a tabela acordada em contrato.');
    await popup.locator('#rec-103-0-j1').fill('Honorários cobrados uma única vez neste atendimento.');
    await popup.getByRole('button', { name: 'Guardar para preencher no portal' }).click();
    await popup.getByText('Rascunho do protocolo 103 guardado').waitFor();
    await screenshot(popup, 'popup-glosas');
    await popup.close();
  });

  it('fills the justificativas and the Vlr. Recursado of the procedimento on the recurso page', async () => {
    const { page, portal } = s;
    await page.goto(`${portal.url}/Pagamentos/LotePagamento/Detalhes/8470`);
    await closeInformativos(page);
    await recursarProcedimento(page, '72010');

    const offer = extensionWarning(page, 'rascunho');
    await offer.getByRole('button', { name: /Preencher 3 campos com o rascunho/ }).click();
    expect(await page.inputValue('textarea[name="Justificativas[0].Justificativa"]')).toBe(
      'Valor conforme a tabela acordada em contrato.',
    );
    expect(await page.inputValue('textarea[name="Justificativas[1].Justificativa"]')).toBe(
      'Honorários cobrados uma única vez neste atendimento.',
    );
    expect(await page.inputValue('#ValorRecursado')).toBe('80,00');
    // Angular saw the values (input/change): the portal's own save takes them.
    await page.click('button:has-text("Salvar Justificativas")');
    await page.locator('#ValorRecursado').waitFor({ state: 'hidden' });
    expect(await page.locator('#ProcedimentosGlosadosTable').textContent()).toContain('R$ 80,00');
  });
});
