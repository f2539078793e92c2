// Pagamentos Pendentes as 004 § 11 shows it (PAGAMENTOS PENDENTES | NOTAS FISCAIS: Nº Nota Fiscal | Status |
// Vlr. Nota; "Enviar Nota Fiscal"), IPAM's pack.
import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => {
  run?.stop();
  sessionStorage.clear();
});

describe('nota-fiscal', () => {
  it('a saved nota with no Status: warning in its row to click "Enviar Nota Fiscal"', async () => {
    run = await runContent('pagamentos-pendentes-nota-salva', '/Faturamento/PagamentosPendentes/Index');
    const aviso = run.hosts().find((h) => h.closest('tr')?.textContent?.includes('12121'));
    expect(shownText(aviso!)).toContain('A nota fiscal 12121 foi salva mas não enviada');
    expect(shownText(aviso!)).toContain('Enviar Nota Fiscal');
  });

  it('the prévia’s Valor Base is kept for the form that comes after it (payment date → value only)', async () => {
    run = await runContent('pagamentos-pendentes-previa', '/Faturamento/PagamentosPendentes/Index');
    expect(Object.values(JSON.parse(sessionStorage.getItem('tiss-preflight:pagamento-valor-base') ?? '{}'))).toEqual([
      181.24,
    ]);
  });
});
