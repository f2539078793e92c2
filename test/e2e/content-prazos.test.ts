// The built extension on the mock portal's lote pages (004 § 9.2 b Detalhes; 000 Q5–Q6; 003 Q28), with the
// operadora's pack chosen from the lote's Operadora field: a passed Enviar Até, the recurso countdown of a
// paid IPAM lote, a document still Envio Pendente on a sent PAS SERPRO lote, a FUNSSEST lote of 101 guias.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeInformativos,
  contentChecked,
  type E2eSession,
  extensionWarning,
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

async function abrirLote(numero: number): Promise<void> {
  const { page, portal } = s;
  await page.goto(`${portal.url}/Pagamentos/LotePagamento/Detalhes/${numero}`);
  await closeInformativos(page);
}

/** Text of the one extension warning holding `text`. */
async function aviso(text: string): Promise<string> {
  const w = extensionWarning(s.page, text);
  await w.first().waitFor();
  return warningText(w.first());
}

describe('deadlines and documents on the lote page', () => {
  it('a PASA lote whose Enviar Até passed two days ago: an error next to the date, again at Fechar Lote', async () => {
    await abrirLote(8510);
    const texto = await aviso('(Enviar Até');
    expect(texto).toMatch(/^Erro/);
    expect(texto).toContain('O prazo para enviar o lote 8510 terminou em');
    await s.page.getByRole('button', { name: 'Fechar Lote' }).first().click();
    expect(await aviso('Prazo de envio do lote (Enviar Até)')).toContain('terminou em');
  });

  it('a paid IPAM lote 55 days after Data Pagamento: 5 days left for the recurso', async () => {
    await abrirLote(8512);
    const texto = await aviso('após o pagamento');
    expect(texto).toMatch(/^Atenção/);
    expect(texto).toContain('faltam 5 dias');
  });

  it('a sent PAS SERPRO lote with a document still Envio Pendente: warning in its row, with the way to resend', async () => {
    await abrirLote(8513);
    const texto = await aviso('04-INDICACAO CLINICA');
    expect(texto).toContain('"Envio Pendente" com o lote já enviado');
    expect(texto).toContain('Faturamento > Documentos Anexos > Com falha no Envio');
    // The document sent is left alone.
    await contentChecked(s.page);
    expect(await extensionWarning(s.page, '03-EXAMES COMPLEMENTARES').count()).toBe(0);
  });

  it('a FUNSSEST lote of 101 guias: the FUNSSEST pack is chosen and its limit of 100 is an error', async () => {
    await abrirLote(8514);
    await extensionWarning(s.page, '101/100 guias').waitFor();
    expect(await aviso('o limite é 100')).toMatch(/^Erro|Atenção/);
  });
});
