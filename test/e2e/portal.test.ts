// The mock Conecta portal in real Chromium (no extension): AngularJS renders the lote page and re-renders it
// in place, the notices modal covers the page after login, and the Digitar Guia wizard reaches the portal's
// own refusal of a 101st guia. Fails (never skips) when Chromium is missing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPortal, startPortal } from '../portal/server.ts';
import { angularEstavel } from '../portal/snapshot.ts';
import { launchChromium, type PlainBrowser } from './support/chromium.ts';
import { closeInformativos } from './support/portal.ts';
import { recursarProcedimento } from './support/recurso.ts';
import {
  digitarSpSadtAteResumo,
  incluirProcedimento,
  preencherBeneficiario,
  preencherProcedimento,
  preencherProfissional,
  proximo,
} from './support/wizard.ts';

let portal: RunningPortal;
let browser: PlainBrowser;

beforeAll(async () => {
  // A fixed clock: the dates typed below stay in the past whatever day the test runs.
  portal = await startPortal({ port: 0, now: () => new Date('2026-11-20T12:00:00-03:00') });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

async function entrar(page: Page, destino: string): Promise<void> {
  await page.goto(`${portal.url}${destino}`);
  await page.fill('#Email', 'faturamento@clinica-teste.com.br');
  await page.fill('#Senha', 'senha-de-teste');
  await Promise.all([page.waitForURL((u) => u.pathname === destino.split('?')[0]), page.click('#btnLogin')]);
  await angularEstavel(page);
}

/** A fresh portal state, signed in on `destino` with the notices closed, as most tests start. */
async function abrir(destino: string): Promise<Page> {
  portal.reset();
  const page = await browser.context.newPage();
  await entrar(page, destino);
  await closeInformativos(page);
  return page;
}

describe('mock portal in Chromium', () => {
  it('shows the notices modal over the lote page after login, and Angular renders the lote behind it', async () => {
    portal.reset();
    const page = await browser.context.newPage();
    await entrar(page, '/Pagamentos/LotePagamento/Detalhes/8501');

    const modal = page.locator('#bcInformativosModal');
    await expect.poll(() => modal.isVisible()).toBe(true);
    await expect.poll(() => modal.locator('.bc-informativo:visible h5').textContent()).toBe('Documentação obrigatória');
    await page.click('#bcInformativosModal button:has-text("Próximo")');
    await expect
      .poll(() => modal.locator('.bc-informativo:visible h5').textContent())
      .toBe('Prazo de envio do faturamento');

    // Rendered by bc-detalhes-lote from the JSON, not by the server.
    const detalhes = page.locator('bc-detalhes-lote');
    await expect
      .poll(() => detalhes.locator('.bc-limite-guias').textContent())
      .toBe('Este lote já possui 100 guias. Limite máximo permitido por lote é de 100 guias.');
    // PASA's tenant prints the header values in read-only inputs (conecta-portal.md, last section).
    const rotulo = (texto: string) =>
      detalhes.locator('.form-group', { has: page.locator(`label:text-is("${texto}")`) }).locator('input[readonly]');
    expect(await rotulo('Nº Lote').inputValue()).toBe('8501');
    expect(await rotulo('Situação do Lote').inputValue()).toBe('Aberto');
    expect(await rotulo('Operadora').inputValue()).toBe('PASA | 331988');
    expect(await detalhes.locator('section.bc-guias tr.dataGridRow').count()).toBe(100);
    // 004 § 9.2 b: no procedures and no atendimento dates on this page.
    expect(await detalhes.locator('section.bc-guias').textContent()).not.toMatch(/Procedimentos:|Data Realização/);

    await page.click('#bcInformativosModal button:has-text("Fechar")');
    await expect.poll(() => modal.isVisible()).toBe(false);
    // Under it, the second notices popup (bc-modal-evolution) still covers the page.
    await expect.poll(() => page.locator('#bcModalEvolution .modal').isVisible()).toBe(true);
    await closeInformativos(page);
    await expect.poll(() => page.locator('#bcModalEvolution .modal').isVisible()).toBe(false);
    await page.close();
  });

  it('re-renders the lote in place when it is closed through the confirmation modal', async () => {
    const page = await abrir('/Pagamentos/LotePagamento/Detalhes/8504');
    const situacao = page.locator('.bc-campo:has(label:text-is("Situação do Lote")) p');
    const antes = await situacao.elementHandle();
    expect(await page.isEnabled('#incluir-anexo')).toBe(true);

    await page.click('button:has-text("Fechar Lote")');
    await expect
      .poll(() => page.locator('#simpleConfirmationModal .modal-body').textContent())
      .toContain('Confirma o fechamento do lote 8504?');
    await page.click('#simpleConfirmationModal_btOk');
    await angularEstavel(page);

    await expect.poll(() => situacao.textContent()).toBe('Fechado (envio pendente)');
    expect(await antes?.evaluate((n) => (n as unknown as { isConnected: boolean }).isConnected)).toBe(true);
    // 000 Q1–Q2: anexos are still accepted once the lote is closed.
    expect(await page.isEnabled('#incluir-anexo')).toBe(true);
    expect(await page.isVisible('button:has-text("Enviar Lote")')).toBe(true);
    await page.close();
  });

  it('types a SP/SADT guia through the wizard and gets the portal refusal for a 101st guia', async () => {
    const page = await abrir('/Guias/SpSadt/FaturamentoNovaGuiaEletiva?lote=8501');
    await proximo(page);
    expect(await page.textContent('.field-validation-error')).toBe('O campo Beneficiário é obrigatório.');
    await digitarSpSadtAteResumo(page, { codigo: '30909031', busca: 'hemodi', data: '01/11/2026', valor: '520,00' });
    await page.click('.bc-wizard-acoes button:has-text("Salvar")');
    await angularEstavel(page);

    await expect
      .poll(() => page.locator('.bc-mensagens .alert-danger').textContent())
      .toBe(
        'Não foi possível adicionar a guia: o lote 8501 já possui 100 guias. Limite máximo permitido por lote é de 100 guias.',
      );
    // Nothing typed is lost: the Resumo still shows the procedure.
    expect(await page.textContent('.bc-resumo')).toContain('30909031 - Hemodiálise crônica (por sessão)');
    expect(portal.state.lote(8501)!.guias).toHaveLength(100);
    await page.close();
  });
  it('includes an anexo through the Incluir Anexo dialog (hidden file input) and refuses one over 15 MB', async () => {
    const page = await abrir('/Pagamentos/LotePagamento/Detalhes/8504');
    await page.click('#incluir-anexo');
    const dialogo = page.locator('#modal-incluir-anexo');
    await expect
      .poll(() => dialogo.locator('.dz-message').textContent())
      .toBe('Clique aqui ou arraste um arquivo para esta área');
    const arquivo = dialogo.locator('input[type=file]');
    await arquivo.setInputFiles({
      name: 'exames.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(15 * 1024 * 1024 + 1),
    });
    await expect
      .poll(() => dialogo.locator('.dz-error-message').textContent())
      .toBe('O arquivo "exames.pdf" excede o tamanho máximo de 15 MB.');
    await arquivo.setInputFiles({ name: 'indicacao.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2048) });
    await dialogo.locator('#TipoDocumento').selectOption('04-INDICACAO CLINICA');
    await dialogo.locator('button:has-text("Incluir")').click();
    await angularEstavel(page);
    const linhas = page.locator('#AnexosDataGrid tr.dataGridRow');
    await expect.poll(() => linhas.count()).toBe(2);
    // PAS SERPRO's tenant prints 000 Q1's grid (Nº Documento | Descrição | Data do Anexo | Situação).
    expect(await linhas.nth(1).textContent()).toMatch(/04-INDICACAO CLINICA\s*20\/11\/2026\s*Envio Pendente/);
    expect(portal.state.lote(8504)!.anexos.at(-1)!.nomeArquivo).toBe('indicacao.pdf');
    expect(await dialogo.locator('.modal').isVisible()).toBe(false);
    await page.close();
  });

  it('sends an XML through Uploads → Novo and lists it in the history', async () => {
    const page = await abrir('/Uploads/UploadXML/Novo');
    await page
      .locator('bc-incluir-arquivo input[type=file]')
      .setInputFiles({ name: 'lote.xml', mimeType: 'text/xml', buffer: Buffer.from('<a><b></a>') });
    await page.click('button:has-text("Incluir")');
    await expect
      .poll(() => page.locator('.alert-success').textContent())
      .toBe('Arquivo(s) enviado(s) para processamento...');
    const primeira = page.locator('bc-smart-table tr.dataGridRow').first();
    expect(await primeira.locator('td').nth(2).textContent()).toBe('lote.xml');
    expect(await primeira.locator('td').nth(3).textContent()).toBe('1');
    await page.close();
  });
  it('justifies a glosa per procedure, attaches a document and sends the recurso', async () => {
    const page = await abrir('/Pagamentos/LotePagamento/Detalhes/8470');
    await recursarProcedimento(page, '1714');
    const modal = page.locator('bc-modal-justificar-glosa');
    expect(await modal.locator('.modal-title').textContent()).toBe('Justificar a Nível de Procedimento');
    await page.fill('#ValorRecursado', '120,00');
    await page.fill('textarea[name="Justificativas[0].Justificativa"]', 'Valor conforme tabela contratada.');
    await page.fill('textarea[name="Justificativas[1].Justificativa"]', 'Cobrança única, sem duplicidade.');
    await modal.locator('button:has-text("Salvar Justificativas")').click();
    await expect
      .poll(() => page.locator('.bc-mensagens .alert-danger').textContent())
      .toBe('O Vlr. Recursado não pode ser maior que o Vlr. Glosado.');
    await page.fill('#ValorRecursado', '80,00');
    await modal.locator('button:has-text("Salvar Justificativas")').click();
    await angularEstavel(page);
    const recursado = page.locator('.bc-campo:has(label:text-is("Vlr. Recursado")) p');
    await expect.poll(() => recursado.textContent()).toBe('R$ 80,00');

    await page.click('button:has-text("Incluir Anexo")');
    const dialogo = page.locator('#modal-anexo-recurso');
    await dialogo
      .locator('input[type=file]')
      .setInputFiles({ name: 'justificativa.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(1024) });
    await dialogo.locator('#TipoDocumentoRecurso').selectOption('05-JUSTIFIC');
    await dialogo.locator('button:has-text("Incluir")').click();
    await angularEstavel(page);
    expect(
      await page.locator('section:has(h3:text-is("DOCUMENTOS ANEXOS DO RECURSO")) tr.dataGridRow').textContent(),
    ).toContain('Envio Pendente');

    await page.click('button:has-text("Enviar Recurso")');
    await page.click('#simpleConfirmationModal_btOk');
    await angularEstavel(page);
    await expect
      .poll(() => page.locator('.bc-campo:has(label:text-is("Situação do Recurso")) p').textContent())
      .toBe('Enviando');
    expect(await page.isVisible('button:has-text("Enviar Recurso")')).toBe(false);
    await page.close();
  });
  it('adds a typed guia with "+ Adicionar Guias" and types another from "✓ Digitar Guia" (Consulta)', async () => {
    const page = await abrir('/Pagamentos/LotePagamento/Detalhes/8435');
    const limite = page.locator('.bc-limite-guias');
    expect(await limite.textContent()).toBe(
      'Este lote já possui 0 guia. Limite máximo permitido por lote é de 100 guias.',
    );

    await page.click('button:has-text("+ Adicionar Guias")');
    await angularEstavel(page);
    const encontradas = page.locator('#modal-adicionar-guias tr.dataGridRow');
    expect(await encontradas.count()).toBe(1);
    await encontradas.first().click();
    await page.click('#modal-adicionar-guias button:has-text("Adicionar ao Lote")');
    await expect
      .poll(() => limite.textContent())
      .toBe('Este lote já possui 1 guia. Limite máximo permitido por lote é de 100 guias.');

    await Promise.all([
      page.waitForURL(/FaturamentoNovaGuiaEletiva\?lote=8435$/),
      page.click('a:has-text("✓ Digitar Guia")'),
    ]);
    await angularEstavel(page);
    expect(await page.textContent('.bc-wizard-titulo')).toContain('Guia de Faturamento de Consulta - Passo 1 de 3');
    await preencherBeneficiario(page, '9999900000000002 | BENEFICIARIO TESTE 02');
    await preencherProfissional(page, 'Executante');
    await proximo(page);
    await page.selectOption('#TipoConsulta', 'Primeira Consulta');
    await incluirProcedimento(page, '10101012', null);
    await preencherProcedimento(page, '19/11/2026', '150,00');
    await proximo(page);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/Pagamentos/LotePagamento/Detalhes/8435'),
      page.click('.bc-wizard-acoes button:has-text("Salvar")'),
    ]);
    await angularEstavel(page);
    await expect
      .poll(() => page.locator('.bc-limite-guias').textContent())
      .toBe('Este lote já possui 2 guias. Limite máximo permitido por lote é de 100 guias.');
    expect(await page.locator('section.bc-guias').textContent()).toContain('BENEFICIARIO TESTE 02');
    await page.close();
  });
});
