// Recurso de glosa (PASA pack): a justificativa per glosa code and Vlr. Recursado not above Vlr. Glosado,
// said next to the fields of the portal's justificativa dialog while the clerk types.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { closeInformativos, type E2eSession, extensionWarning, openSession, warningText } from './support/portal.ts';
import { recursarProcedimento } from './support/recurso.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

describe('recurso de glosa', () => {
  it('asks for each justificativa and refuses a Vlr. Recursado above the glosado, next to the field', async () => {
    const { page, portal } = s;
    await page.goto(`${portal.url}/Pagamentos/LotePagamento/Detalhes/8470`);
    await closeInformativos(page);
    await recursarProcedimento(page, '1714');

    const justificativa = extensionWarning(page, 'Glosa 1714');
    await justificativa.waitFor();
    await page.fill('#ValorRecursado', '120,00');
    const valor = extensionWarning(page, '120,00');
    await valor.waitFor();
    expect(await warningText(valor)).toMatch(/^Erro: /);
    await screenshot(page, 'recurso-glosa');

    await page.fill('textarea[name="Justificativas[0].Justificativa"]', 'Valor conforme tabela contratada.');
    await justificativa.waitFor({ state: 'detached' });
    await page.fill('#ValorRecursado', '80,00');
    await valor.waitFor({ state: 'detached' });
    expect(await extensionWarning(page, 'Glosa 2607').count()).toBe(1);
  });
});
