import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const LOTE = '/Pagamentos/LotePagamento/Detalhes/';

describe('lote-tamanho', () => {
  it('shows "100/100 guias" next to the count of a full lote and says a new guia needs a new lote', async () => {
    run = await runContent('lote-aberto-100-guias', `${LOTE}8501`);
    const badge = run.hosts().find((h) => shownText(h) === '100/100 guias');
    expect(badge).toBeDefined();
    // Placed right after the portal's own sentence about the count.
    expect(badge!.previousElementSibling?.textContent).toContain('Este lote já possui 100 guia');
    expect(run.texts().join('\n')).toContain('O lote 8501 já tem 100 guias; o limite é 100');
  });

  it('shows "99/100 guias" without a warning when one more guia still fits', async () => {
    run = await runContent('lote-aberto-99-guias', `${LOTE}8502`);
    expect(run.texts()).toContain('99/100 guias');
    expect(run.texts().join('\n')).not.toContain('o limite é');
  });

  it('warns next to the button when the user tries to add guias to a full lote', async () => {
    run = await runContent('lote-aberto-100-guias', `${LOTE}8501`);
    const botao = [...run.document.querySelectorAll('button')].find((b) => b.textContent?.includes('Adicionar Guias'))!;
    botao.removeAttribute('disabled');
    botao.click();
    const aviso = run.hosts().find((h) => shownText(h).includes('Limite de guias por lote'));
    expect(aviso?.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('is gone when the user switched the feature off', async () => {
    run = await runContent('lote-aberto-100-guias', `${LOTE}8501`, { features: { 'lote-tamanho': false } });
    expect(run.texts().join('\n')).not.toContain('100/100 guias');
  });
  it('marks a FUNSSEST lote of 101 guias as an error, unprompted (003 Q28; operadora "NOME - ANS nº 330809")', async () => {
    run = await runContent('lote-funssest-101-guias', '/Pagamentos/LotePagamento/Detalhes/8514');
    const texto = run.texts().join('\n');
    expect(texto).toContain('101/100 guias');
    expect(texto).toMatch(/Erro: O lote 8514 tem 101 guias; o limite é 100/);
  });
});
