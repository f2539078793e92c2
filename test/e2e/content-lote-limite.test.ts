// A lote built up to the limit in the portal itself: the badge follows the in-place re-render, and adding a
// guia beyond the pack's limit is warned about (and held back when the clerk asked for that in options).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import {
  closeInformativos,
  type E2eSession,
  extensionWarning,
  login,
  openSession,
  warningText,
} from './support/portal.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

async function adicionarGuia(): Promise<void> {
  const { page } = s;
  await page.getByRole('button', { name: '+ Adicionar Guias' }).click();
  const dialog = page.locator('#modal-adicionar-guias');
  const linha = dialog.locator('tbody tr.dataGridRow').first();
  await linha.waitFor();
  await linha.click();
  await dialog.getByRole('button', { name: 'Adicionar ao Lote' }).click();
}

describe('lote at the guia limit', () => {
  it('follows the lote from 99 to 100 guias and warns before the 101st', async () => {
    const { page, portal } = s;
    await page.goto(`${portal.url}/Pagamentos/LotePagamento/Detalhes/8502`);
    await closeInformativos(page);
    await extensionWarning(page, '99/100 guias').waitFor();

    await adicionarGuia();
    // The portal re-renders the count in place; the badge follows without a reload.
    await extensionWarning(page, '100/100 guias').waitFor();
    expect(await page.getByText('Este lote já possui 100 guias').count()).toBe(1);

    await adicionarGuia();
    const aviso = extensionWarning(page, 'Limite de guias por lote');
    await aviso.waitFor();
    const texto = await warningText(aviso);
    expect(texto).toContain('O lote 8502 já tem 100 guias; o limite é 100');
    await screenshot(page, 'lote-101a-guia');
  });

  it('holds the click back when "bloquear envio com erros" is on', async () => {
    const { page, portal, browser } = s;
    portal.reset();
    await login(page, portal.url);
    const atual = await browser.readStorage();
    await browser.seedStorage({ ...atual, bloquearEnvioComErros: true });
    await page.goto(`${portal.url}/Pagamentos/LotePagamento/Detalhes/8501`);
    await closeInformativos(page);
    await extensionWarning(page, '100/100 guias').waitFor();
    await page.getByRole('button', { name: '+ Adicionar Guias' }).click();
    await extensionWarning(page, 'envio bloqueado').waitFor();
    // The portal never saw the click: its guias dialog did not open and the lote still has 100 guias.
    expect(await page.locator('#modal-adicionar-guias .modal.in').count()).toBe(0);
    expect(portal.state.lote(8501)?.guias).toHaveLength(100);
  });
});
