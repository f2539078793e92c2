// Lote Detalhes as 004 § 9.2 b and 001 § 3 show it: "Enviar Até (Calendário)" in the header. The snapshots
// leave the date empty (as the manuals' screenshots do); each case writes one in, as the portal would.
import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, setHeaderField, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const LOTE = '/Pagamentos/LotePagamento/Detalhes/';
const ENVIAR_ATE = ['Enviar Até (Calendário)'];

async function loteCom(snapshot: string, numero: string, enviarAte: string): Promise<ContentRun> {
  const r = await runContent(snapshot, `${LOTE}${numero}`);
  setHeaderField(r.document, ENVIAR_ATE, enviarAte);
  await r.settle();
  return r;
}

describe('enviar-ate (hoje 20/11/2026)', () => {
  it('an open lote whose Enviar Até passed: error next to the field', async () => {
    run = await loteCom('lote-aberto-99-guias', '8502', '19/11/2026');
    const aviso = run.hosts().find((h) => shownText(h).includes('Enviar Até'));
    expect(shownText(aviso!)).toContain('Erro');
    expect(shownText(aviso!)).toContain('O prazo para enviar o lote 8502 terminou em 19/11/2026');
  });

  it('three days before: a warning, and the same at Fechar Lote', async () => {
    run = await loteCom('lote-aberto-99-guias', '8502', '23/11/2026');
    expect(run.texts().join('\n')).toContain('faltam 3 dias');
    expect(run.texts().join('\n')).not.toMatch(/Erro[^\n]*Enviar Até/);
    const fechar = [...run.document.querySelectorAll('a, button')].find((b) =>
      /fechar lote/i.test(b.textContent ?? ''),
    );
    expect(fechar).toBeDefined();
    fechar!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const noBotao = run.hosts().find((h) => shownText(h).includes('Prazo de envio do lote (Enviar Até)'));
    expect(shownText(noBotao!)).toContain('Envie o lote 8502 até 23/11/2026');
  });

  it('a lote already sent: the passed date says nothing', async () => {
    run = await loteCom('lote-enviado-faturado', '8470', '01/10/2026');
    expect(run.texts().join('\n')).not.toContain('Enviar Até');
  });

  it('far from the date: nothing', async () => {
    run = await loteCom('lote-aberto-99-guias', '8502', '20/12/2026');
    expect(run.texts().join('\n')).not.toContain('Enviar Até');
  });
});
