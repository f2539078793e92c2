// The recurso deadline (IPAM: 60 days after payment, 004 § 13) on the pages that show its inputs: the lote's
// "Data Pagamento" (004 § 9.2 b Detalhes) and the recurso's "Data de Pagamento" / "Lote Original" (004 § 13.7,
// where Data de Pagamento is empty). The snapshots show another operadora; each case writes IPAM's header in.
import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, setHeaderField, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => {
  run?.stop();
  sessionStorage.clear();
});

const IPAM = 'IPAM - ANS nº 999991';

async function loteIpamPago(dataPagamento: string): Promise<ContentRun> {
  const r = await runContent('lote-enviado-faturado', '/Pagamentos/LotePagamento/Detalhes/8470');
  setHeaderField(r.document, ['Operadora'], IPAM);
  setHeaderField(r.document, ['Data Pagamento'], dataPagamento);
  await r.settle();
  return r;
}

const prazo = (r: ContentRun) => r.hosts().find((h) => shownText(h).includes('dias após o pagamento'));

describe('recurso-prazo (hoje 20/11/2026)', () => {
  it('paid IPAM lote, 55 days after Data Pagamento: warning, 5 days left, next to the date', async () => {
    run = await loteIpamPago('26/09/2026');
    const aviso = prazo(run);
    expect(shownText(aviso!)).toContain('Atenção');
    expect(shownText(aviso!)).toContain(
      'termina em 25/11/2026 (60 dias após o pagamento de 26/09/2026); faltam 5 dias',
    );
  });

  it('paid long ago: the lote page only informs; clicking Recurso de Glosa makes it an error', async () => {
    run = await loteIpamPago('01/08/2026');
    expect(shownText(prazo(run)!)).toMatch(/^Informação/);
    const botao = run.document.getElementById('recurso-glosa');
    expect(botao).not.toBeNull();
    botao!.removeAttribute('disabled');
    botao!.click();
    const noBotao = run.hosts().find((h) => shownText(h).includes('Prazo do recurso de glosa'));
    expect(shownText(noBotao!)).toContain('Erro');
  });

  it('the recurso page leaves Data de Pagamento empty: the date read on its Lote Original’s page counts', async () => {
    // The clerk opens the paid lote 8470 first (004 § 13.2), then its recurso (13.3–13.7).
    run = await loteIpamPago('26/09/2026');
    run.stop();
    run = await runContent('recurso-glosa', '/Pagamentos/RecursoGlosa/Detalhes/52538');
    setHeaderField(run.document, ['Operadora'], IPAM);
    setHeaderField(run.document, ['Data de Pagamento'], '');
    setHeaderField(run.document, ['Lote Original'], '8470');
    await run.settle();
    expect(shownText(prazo(run)!)).toContain('faltam 5 dias');
  });

  it('a recurso page of a lote not seen in this tab says nothing about the deadline', async () => {
    run = await runContent('recurso-glosa', '/Pagamentos/RecursoGlosa/Detalhes/52538');
    setHeaderField(run.document, ['Operadora'], IPAM);
    setHeaderField(run.document, ['Data de Pagamento'], '');
    setHeaderField(run.document, ['Lote Original'], '9999');
    await run.settle();
    expect(prazo(run)).toBeUndefined();
  });

  it('keeps only the lote number and the date', async () => {
    run = await loteIpamPago('26/09/2026');
    expect(JSON.parse(sessionStorage.getItem('tiss-preflight:lote-data-pagamento') ?? '{}')).toEqual({
      '8470': '2026-09-26',
    });
  });
});
