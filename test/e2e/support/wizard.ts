// Typing a guia in the mock portal's Digitar Guia wizard as a clerk does (001 § 2.1, 004 § 9.2 a): one step in
// the DOM at a time, "Próximo" to the next. The steps are separate so a test can look at the page between them;
// `digitarSpSadtAteResumo` chains them for tests that only need a typed guia.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { angularEstavel } from '../../portal/snapshot.ts';

/** The seed's beneficiário in the step-1 datalist (test/portal/README.md). */
export const BENEFICIARIO = '9999900000000005 | BENEFICIARIO TESTE 05';

export const proximo = (page: Page) => page.click('.bc-wizard-acoes button:has-text("Próximo")');

/** Passo 1: the beneficiário, then Próximo. */
export async function preencherBeneficiario(page: Page, beneficiario = BENEFICIARIO): Promise<void> {
  await page.fill('#Beneficiario', beneficiario);
  await proximo(page);
}

/** Dados do Solicitante (SP/SADT passo 2) or Executante (SP/SADT passo 5, Consulta passo 2): the seed's doctor. */
export async function preencherProfissional(page: Page, papel: 'Solicitante' | 'Executante'): Promise<void> {
  await page.fill(`#${papel}_Nome`, 'MEDICO TESTE 01');
  await page.selectOption(`#${papel}_Conselho`, 'CRM');
  await page.fill(`#${papel}_Numero`, '3233');
  await page.selectOption(`#${papel}_Uf`, 'RS');
  await page.selectOption(`#${papel}_Cbo`, { index: 1 });
}

export interface Atendimento {
  carater?: string;
  tipo?: string;
  acidente?: string;
  regime?: string;
}

/** SP/SADT passo 3, Dados do Atendimento: an eletivo ambulatorial exam unless told otherwise. */
export async function preencherAtendimento(page: Page, a: Atendimento = {}): Promise<void> {
  await page.selectOption('#CaraterAtendimento', a.carater ?? 'Eletivo');
  await page.selectOption('#TipoAtendimento', a.tipo ?? 'Exame');
  await page.selectOption('#IndicacaoAcidente', a.acidente ?? 'Não acidente');
  await page.selectOption('#RegimeAtendimento', a.regime ?? 'Ambulatorial');
}

/**
 * The procedure lookup: types `busca` in the display field (null: nothing, the lookup lists all), Pesquisar,
 * picks the row of `codigo`.
 */
export async function incluirProcedimento(page: Page, codigo: string, busca: string | null = codigo): Promise<void> {
  if (busca !== null) await page.fill('#HandleTermoLookupDisplay', busca);
  await page.click('button[title="Pesquisar Procedimento"]');
  await angularEstavel(page);
  await page.locator('#modal-lookup tr.dataGridRow', { hasText: codigo }).click();
  await angularEstavel(page);
}

/** Data Realização (dd/mm/aaaa) and Vlr. Unit. of the procedure in row `i`. */
export async function preencherProcedimento(page: Page, data: string, valor: string, i = 0): Promise<void> {
  await page.fill(`#Procedimentos_${i}__DataRealizacao`, data);
  await page.fill(`#Procedimentos_${i}__ValorUnitario`, valor);
}

export interface GuiaSpSadt {
  codigo: string;
  /** What is typed in the lookup (default: the code). */
  busca?: string;
  /** dd/mm/aaaa */
  data: string;
  valor: string;
  atendimento?: Atendimento;
}

/** An SP/SADT typed from passo 1 to its Resumo, with one procedure and no anexo; Salvar is left to the test. */
export async function digitarSpSadtAteResumo(page: Page, guia: GuiaSpSadt): Promise<void> {
  await preencherBeneficiario(page);
  await preencherProfissional(page, 'Solicitante');
  await proximo(page);
  await preencherAtendimento(page, guia.atendimento);
  await proximo(page);
  await incluirProcedimento(page, guia.codigo, guia.busca);
  // SP/SADT's lookup keeps the picked code in a hidden HandleTermo (Consulta's has none).
  expect(await page.inputValue('#HandleTermo')).toBe(guia.codigo);
  await preencherProcedimento(page, guia.data, guia.valor);
  await proximo(page);
  await preencherProfissional(page, 'Executante');
  await proximo(page);
  await proximo(page);
  expect(await page.textContent('.bc-wizard-titulo')).toContain('Resumo');
}
