// Issue 12, the senha facts: an autorização's Detalhes da Guia (004 § 6: "Dados da Autorização: Data da
// Autorização … Senha … Validade") in Chromium with the extension. FUNSSEST's senha is valid 60 days (003 Q22):
// the expired one is said next to its Validade; a cobrança typed in Digitar Guia with that autorização in
// Nº Guia Prestador Ref. (the wizard shows no senha, 001 § 2.1) is flagged on its lote row, realizada after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../portal/state.ts';
import { closeInformativos, contentChecked, type E2eSession, extensionWarning, openSession } from './support/portal.ts';
import { digitarSpSadtAteResumo } from './support/wizard.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const br = (iso: string) => iso.split('-').reverse().join('/');

describe('autorização: validade da senha', () => {
  it('says next to the Validade that the senha expired (header on PASA: the page names FUNSSEST); nothing on a valid one', async () => {
    const { page, portal } = s;
    await page.goto(`${portal.url}/Guias/Autorizacao/Detalhes/71791`);
    await closeInformativos(page);
    const validade = br(addDays(portal.state.today(), -10));
    const aviso = page.locator('.bc-campo', { hasText: 'Validade' }).locator('tiss-preflight-aviso');
    await aviso.filter({ hasText: `Guia 71791: a senha venceu em ${validade}` }).waitFor({ timeout: 15_000 });
    expect(await aviso.textContent()).not.toContain('Erro');

    await page.goto(`${portal.url}/Guias/Autorizacao/Detalhes/71790`);
    await page.locator('h3', { hasText: 'Dados da Autorização' }).waitFor();
    await contentChecked(page);
    expect(await page.locator('tiss-preflight-aviso', { hasText: 'senha venceu' }).count()).toBe(0);
  });

  it('a cobrança referencing the expired autorização, realizada 3 days ago, is flagged on its lote row', async () => {
    const { page, portal } = s;
    // Its Detalhes da Guia opened first (test above keeps it; opened again so this test stands alone).
    await page.goto(`${portal.url}/Guias/Autorizacao/Detalhes/71791`);
    await extensionWarning(page, 'a senha venceu').waitFor({ timeout: 15_000 });

    const criado = portal.state.criarLote('330809', 'Cobrança SP/SADT');
    if (!criado.ok) throw new Error(criado.message);
    const lote = criado.value.numero;
    await page.goto(`${portal.url}/Guias/SpSadt/FaturamentoNovaGuiaEletiva?lote=${lote}`);
    await closeInformativos(page);
    await page.fill('#NumeroGuiaReferenciada', '71791');
    const [ano, mes, dia] = addDays(portal.state.today(), -3).split('-');
    await digitarSpSadtAteResumo(page, { codigo: '41101014', data: `${dia}/${mes}/${ano}`, valor: '450,00' });
    await Promise.all([
      page.waitForURL(`**/Pagamentos/LotePagamento/Detalhes/${lote}`),
      page.click('.bc-wizard-acoes button:has-text("Salvar")'),
    ]);
    const nova = portal.state.lote(lote)!.guias.at(-1)!;
    const row = page.locator('tr.dataGridRow', { hasText: nova });
    const validade = br(addDays(portal.state.today(), -10));
    await row
      .locator('tiss-preflight-aviso')
      .filter({ hasText: `depois do fim da validade da senha (${validade}` })
      .waitFor({ timeout: 15_000 });
  });
});
