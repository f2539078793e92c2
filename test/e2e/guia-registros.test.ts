// Proof of issue 12: the lote page (number and values only, 004 § 9.2 b) checks the guias whose facts the
// extension kept. A clerk checks the lote's XML in the popup, opens the lote: all its guias are checked and the
// ones past the PASA's 90-day window are flagged on their rows; "Apagar dados de guias" forgets them again. A
// hemodiálise guia typed in Digitar Guia and saved into a lote gets its missing documents listed on its row.
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escolherOperadora } from '../portal/snapshot.ts';
import { addDays } from '../portal/state.ts';
import { xmlDoLoteConsulta } from './support/lote-xml.ts';
import {
  closeInformativos,
  contentChecked,
  type E2eSession,
  extensionWarning,
  openSession,
  warningText,
} from './support/portal.ts';
import { digitarSpSadtAteResumo } from './support/wizard.ts';

/** Seed lote 8504 (PAS SERPRO, Cobrança SP/SADT, open): the pack asks documents per procedure category. */
const LOTE_ANEXOS = 8504;
/** Seed lote 8505 (PASA, Consulta): atendimentos 120, 95 and 10 days old (test/portal/README.md). */
const LOTE = 8505;

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

/** The lote's own XML as the clerk's billing system would export it. */
const xmlDoLote = () => xmlDoLoteConsulta(s.portal.state, LOTE);

async function abrirLote() {
  const { page, portal } = s;
  await page.goto(`${portal.url}/Pagamentos/LotePagamento/Detalhes/${LOTE}`);
  await closeInformativos(page);
  await page.locator('tiss-preflight-aviso').getByText('3/100 guias').waitFor({ timeout: 15_000 });
}

/**
 * "✓ Digitar Guia" from lote 8504 (001 § 3): a hemodiálise SP/SADT (30909031, 3 days ago) typed to the Resumo
 * and saved into the lote; the portal then opens the lote page. Resolves to the new guia's number.
 */
async function digitarHemodialiseNoLote(): Promise<string> {
  const { page, portal } = s;
  await page.goto(`${portal.url}/Guias/SpSadt/FaturamentoNovaGuiaEletiva?lote=${LOTE_ANEXOS}`);
  await closeInformativos(page);
  const [ano, mes, dia] = addDays(portal.state.today(), -3).split('-');
  await digitarSpSadtAteResumo(page, {
    codigo: '30909031',
    busca: 'hemodi',
    data: `${dia}/${mes}/${ano}`,
    valor: '520,00',
  });
  // Saved into the lote, the portal opens the lote page.
  await Promise.all([
    page.waitForURL(`**/Pagamentos/LotePagamento/Detalhes/${LOTE_ANEXOS}`),
    page.click('.bc-wizard-acoes button:has-text("Salvar")'),
  ]);
  return portal.state.lote(LOTE_ANEXOS)!.guias.at(-1)!;
}

describe('guia records on the lote page', () => {
  it('checks every guia of an XML verified in the popup, and flags those past the 90-day window', async () => {
    const { page, browser, portal } = s;
    await abrirLote();
    await extensionWarning(page, 'Guias conferidas (anexos, prazos e senha): 0 de 3').waitFor();
    // Everything the browser sends from here on (pages, the popup and its worker, the background), to show below
    // that the guias' facts never leave the machine.
    const enviados: { url: string; corpo: string }[] = [];
    const anotar = (r: Request) => enviados.push({ url: r.url(), corpo: r.postData() ?? '' });
    browser.context.on('request', anotar);
    // The recorder hears the background's own requests too, so its silence below means something.
    const sonda = `${portal.url}/__sonda-do-teste__`;
    await browser.serviceWorker.evaluate((url) => fetch(url).then(() => undefined), sonda);
    await expect.poll(() => enviados.some((e) => e.url === sonda)).toBe(true);

    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.setInputFiles('#arquivos', await xmlDoLote());
    const card = popup.locator('.file', { hasText: 'lote-8505.xml' });
    await card.locator('.result').waitFor({ timeout: 30_000 });
    expect(await card.locator('.summary').textContent()).toContain('3 guias · hash confere');
    await popup.close();
    // Kept in this profile's storage.local, one key per guia, and nothing in storage.sync (which the browser would
    // copy to the user's other computers).
    expect(Object.keys(await browser.readStorage()).filter((k) => k.startsWith('guia:'))).toHaveLength(3);
    const sync = await browser.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<object> } } } }
      ).chrome.storage.sync.get(null),
    );
    expect(sync).toEqual({});

    await abrirLote();
    await extensionWarning(page, 'Guias conferidas (anexos, prazos e senha): 3 de 3.').waitFor();
    const [g120, g95, g10] = s.portal.state.guiasDoLote(s.portal.state.lote(LOTE)!);
    const row = (numero: string) => page.locator('tr.dataGridRow', { hasText: numero });
    await row(g120!.numero).locator('tiss-preflight-aviso').filter({ hasText: 'já tem 120 dias' }).waitFor();
    await row(g95!.numero).locator('tiss-preflight-aviso').filter({ hasText: 'já tem 95 dias' }).waitFor();
    await contentChecked(page);
    expect(await row(g10!.numero).locator('tiss-preflight-aviso').count()).toBe(0);

    // Nothing left the machine: no request but the portal's own pages and the extension's files, and none carrying
    // a guia of the XML (the portal's lote page asks for its lote by number only).
    browser.context.off('request', anotar);
    const daqui = [portal.url, `chrome-extension://${browser.extensionId}/`, 'data:', 'blob:'];
    expect(enviados.filter((e) => !daqui.some((origem) => e.url.startsWith(origem)))).toEqual([]);
    const numeros = [g120, g95, g10].map((g) => g!.numero);
    const comGuias = enviados.filter((e) => numeros.some((n) => e.url.includes(n) || e.corpo.includes(n)));
    expect(comGuias).toEqual([]);
  });

  it('lists the guias past their window at Fechar Lote before the confirmation; holds it back only when asked', async () => {
    const { page, browser } = s;
    const [g120, g95, g10] = s.portal.state.guiasDoLote(s.portal.state.lote(LOTE)!);
    const confirmacao = page.locator('#simpleConfirmationModal.in');
    await abrirLote();
    await extensionWarning(page, 'Guias conferidas (anexos, prazos e senha): 3 de 3.').waitFor();
    await page.getByRole('button', { name: 'Fechar Lote' }).click();
    const lista = extensionWarning(page, 'confira antes de fechar o lote');
    await lista.waitFor();
    const texto = await warningText(lista);
    expect(texto).toContain(`Guia ${g120!.numero}`);
    expect(texto).toContain(`Guia ${g95!.numero}`);
    expect(texto).not.toContain(g10!.numero);
    expect(texto).not.toContain('envio bloqueado');
    // The portal's own confirmation opens all the same; the clerk cancels it.
    await confirmacao.waitFor();
    await page.click('#simpleConfirmationModal_btCancel');
    await confirmacao.waitFor({ state: 'detached' });

    await browser.seedStorage({ ...(await browser.readStorage()), bloquearEnvioComErros: true });
    try {
      await abrirLote();
      await extensionWarning(page, 'Guias conferidas (anexos, prazos e senha): 3 de 3.').waitFor();
      await page.getByRole('button', { name: 'Fechar Lote' }).click();
      await extensionWarning(page, 'envio bloqueado').waitFor();
      // The portal never saw the click: no confirmation, the lote still open.
      await contentChecked(page);
      expect(await confirmacao.count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Fechar Lote' }).count()).toBe(1);
    } finally {
      await browser.seedStorage({ ...(await browser.readStorage()), bloquearEnvioComErros: false });
    }
  });

  it('"Apagar dados de guias" in the options page forgets them: the lote is 0 de 3 checked again', async () => {
    const { page, browser } = s;
    const options = await browser.newPage();
    options.on('dialog', (d) => void d.accept());
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText('3 guias guardadas, desde').waitFor();
    await options.getByRole('button', { name: 'Apagar dados de guias' }).click();
    await options.getByText('3 guias apagadas.').waitFor();
    await options.getByText('Nenhuma guia guardada.').waitFor();
    await options.close();
    expect(Object.keys(await browser.readStorage()).filter((k) => k.startsWith('guia:'))).toEqual([]);

    await abrirLote();
    await extensionWarning(page, 'Guias conferidas (anexos, prazos e senha): 0 de 3').waitFor();
    await contentChecked(page);
    expect(await page.locator('tr.dataGridRow tiss-preflight-aviso').count()).toBe(0);
  });

  it('keeps a hemodiálise guia typed in Digitar Guia: its row in the lote lists the missing documents', async () => {
    const { page, portal } = s;
    // The lote's operadora, picked in the header as the clerk does (004 § 2): its pack asks the documents.
    await page.goto(`${portal.url}/Pagamentos/LotePagamento/Detalhes/${LOTE_ANEXOS}`);
    await closeInformativos(page);
    await escolherOperadora(page, '345474');
    const antes = portal.state.lote(LOTE_ANEXOS)!.guias.length;
    const nova = await digitarHemodialiseNoLote();
    expect(portal.state.lote(LOTE_ANEXOS)!.guias).toHaveLength(antes + 1);

    const row = page.locator('tr.dataGridRow', { hasText: nova });
    await row.locator('tiss-preflight-aviso').filter({ hasText: 'Folha de hemodiálise' }).waitFor({ timeout: 15_000 });
    // The seed's guias were never typed nor checked here: nothing is said on their rows.
    expect(await page.locator('tr.dataGridRow tiss-preflight-aviso').count()).toBe(1);
    await extensionWarning(page, `Guias conferidas (anexos, prazos e senha): 1 de ${antes + 1}`).waitFor();
  });

  it("keeps a guia typed from PAS SERPRO's lote while the header says PASA under PAS SERPRO: its row is checked", async () => {
    const { page, portal } = s;
    // The clerk left PASA in the header; the wizard opened from lote 8504 names PAS SERPRO (the guia's operadora).
    await escolherOperadora(page, '331988');
    const antes = portal.state.lote(LOTE_ANEXOS)!.guias.length;
    const nova = await digitarHemodialiseNoLote();
    const row = page.locator('tr.dataGridRow', { hasText: nova });
    await row.locator('tiss-preflight-aviso').filter({ hasText: 'Folha de hemodiálise' }).waitFor({ timeout: 15_000 });
    await extensionWarning(page, `Guias conferidas (anexos, prazos e senha): 2 de ${antes + 1}`).waitFor();
  });
});
