// DOCUMENTOS ANEXADOS AO LOTE as 004 § 9.2 b and 000 Q4–Q6 show it (Nº Documento | Tipo Documento | Nome do
// arquivo | Data do Anexo | Situação) on a PAS SERPRO lote (000 is PAS SERPRO's manual).
import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, setHeaderField, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const LOTE = '/Pagamentos/LotePagamento/Detalhes/';

/** The sent lote of the snapshot, as PAS SERPRO's, its one document in `situacaoDocumento`. */
async function loteEnviado(situacaoLote: string, situacaoDocumento: string): Promise<ContentRun> {
  const r = await runContent('lote-enviado-faturado', `${LOTE}8470`);
  setHeaderField(r.document, ['Operadora'], 'PAS SERPRO | 345474');
  setHeaderField(r.document, ['Situação do Lote'], situacaoLote);
  const celula = [...r.document.querySelectorAll('#AnexosDataGrid td')].find(
    (td) => td.textContent?.trim() === 'Enviado',
  );
  expect(celula).toBeDefined();
  celula!.textContent = situacaoDocumento;
  await r.settle();
  return r;
}

const doDocumento = (r: ContentRun) => r.hosts().find((h) => h.closest('#AnexosDataGrid'));

describe('anexos-pendentes', () => {
  it('a sent lote with a document still Envio Pendente: warning in the document’s row, saying how to resend', async () => {
    run = await loteEnviado('Enviada para a operadora', 'Envio Pendente');
    const aviso = doDocumento(run);
    expect(aviso?.closest('tr')?.textContent).toContain('03-EXAMES COMPLEMENTARES');
    expect(shownText(aviso!)).toContain('Atenção');
    expect(shownText(aviso!)).toContain('Faturamento > Documentos Anexos > Com falha no Envio');
  });

  it('in later situações too (Em análise, Faturado), and for a failed sending', async () => {
    run = await loteEnviado('Em análise', 'Falha no envio');
    expect(shownText(doDocumento(run)!)).toContain('"Falha no envio"');
    run.stop();
    run = await loteEnviado('Faturado', 'Envio Pendente');
    expect(doDocumento(run)).toBeDefined();
  });

  it('the sent PAS SERPRO lote of the mock (lote-serpro-envio-pendente): only the pending document is named', async () => {
    run = await runContent('lote-serpro-envio-pendente', `${LOTE}8513`);
    const aviso = doDocumento(run);
    expect(aviso?.closest('tr')?.textContent).toContain('2451');
    expect(shownText(aviso!)).toContain('"04-INDICACAO CLINICA" está "Envio Pendente"');
    expect(run.hosts().filter((h) => h.closest('#AnexosDataGrid'))).toHaveLength(1);
  });

  it('says nothing while the lote is open, nor once the document is Enviado', async () => {
    run = await runContent('lote-aberto-anexos', `${LOTE}8504`);
    expect(run.document.querySelector('#AnexosDataGrid')?.textContent).toContain('Envio Pendente');
    expect(doDocumento(run)).toBeUndefined();
    run.stop();
    run = await loteEnviado('Enviado à operadora', 'Enviado');
    expect(doDocumento(run)).toBeUndefined();
  });
});
