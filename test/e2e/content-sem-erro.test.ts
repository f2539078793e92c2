// Issue 11 § 4 in real Chromium with the built extension: on the mock portal's pages, rebuilt from the
// manuals, where the clerk has done nothing wrong, no "Erro" box shows (notices popups closed as a clerk does).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { angularEstavel } from '../portal/snapshot.ts';
import { closeInformativos, contentChecked, type E2eSession, openSession, warningText } from './support/portal.ts';

let s: E2eSession;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const LOTE = '/Pagamentos/LotePagamento/Detalhes/';
/** Lotes whose page shows no mistake of the clerk's (8510: Enviar Até passed, 8514: 101 guias are left out). */
const LOTES = [8501, 8502, 8503, 8504, 8505, 8470, 8483, 8436, 8435, 8511, 8512, 8513, 8515, 8516];
const OUTRAS = [
  '/Home/Index',
  '/Pagamentos/PesquisaLote/Index',
  '/Pagamentos/PesquisaLote/PesquisaComValorGlosado',
  '/Pagamentos/RecursoGlosa/Editar/52531',
  '/Pagamentos/PagamentosPendentes/Index',
  '/Faturamento/DocumentosAnexos/ComFalhaNoEnvio',
  '/Uploads/UploadXML/Novo',
  '/Guias/PesquisaGuias/Index',
];

async function erros(): Promise<string[]> {
  const textos = await Promise.all(
    (await s.page.locator('tiss-preflight-aviso').all()).map((aviso) => warningText(aviso)),
  );
  return textos.filter((t) => /\bErro\b/.test(t));
}

describe('no "Erro" where the clerk did nothing wrong', () => {
  it.each(LOTES)(`lote %i`, async (numero) => {
    await s.page.goto(`${s.portal.url}${LOTE}${numero}`);
    await closeInformativos(s.page);
    // The content script has read this page once the guia count badge is there.
    await s.page
      .locator('tiss-preflight-aviso')
      .getByText(/\d+\/100 guias/)
      .waitFor({ timeout: 15_000 });
    await angularEstavel(s.page);
    // And every run since (the badge is the first run's) is done with the page as it is now.
    await contentChecked(s.page);
    expect(await erros()).toEqual([]);
  });

  it.each(OUTRAS)('%s', async (path) => {
    await s.page.goto(`${s.portal.url}${path}`);
    await closeInformativos(s.page);
    await angularEstavel(s.page);
    await contentChecked(s.page);
    expect(await erros()).toEqual([]);
  });
});
