// Opening a recurso de glosa in the mock portal as a clerk does (002 § 2.3, 004 § 13.5): from a paid lote's
// page, Recurso de Glosa and its confirmation, then one guia's procedure to justify.
import type { Page } from 'playwright-core';
import { angularEstavel } from '../../portal/snapshot.ts';

/**
 * From the lote page (notices closed): Recurso de Glosa → OK, the glosas row holding `linha` (its Nº Guia or a
 * glosa code) → Buscar Procedimentos → the first procedure → Recursar Procedimento. Resolves once the
 * "Justificar a Nível de Procedimento" dialog shows its Vlr. Recursado.
 */
export async function recursarProcedimento(page: Page, linha: string): Promise<void> {
  await page.click('#recurso-glosa');
  await page.click('#simpleConfirmationModal_btOk');
  await page.waitForURL((u) => u.pathname.startsWith('/Pagamentos/RecursoGlosa/Editar/'));
  await angularEstavel(page);
  await page.locator('#GuiasGlosadasTable tr.dataGridRow', { hasText: linha }).click();
  await page.click('button:has-text("Buscar Procedimentos")');
  await page.locator('#ProcedimentosGlosadosTable tr.dataGridRow').first().click();
  await page.click('a:has-text("Recursar Procedimento")');
  await angularEstavel(page);
  await page.locator('#ValorRecursado').waitFor();
}
