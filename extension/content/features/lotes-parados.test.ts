// Pesquisar Lotes as 004 § 13.1 / 002 § 2.1 show it (Data Inclusão | Nº Lote | Situação Lote | Protocolo |
// Situação Protocolo | Tipo de Guia), PASA's pack (7 days), hoje 20/11/2026.
import { afterEach, describe, expect, it } from 'vitest';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const naLinha = (r: ContentRun, numero: string) =>
  r.hosts().find((h) => h.closest('tr')?.textContent?.includes(numero) && h.closest('#DataGrid'));

describe('lotes-parados', () => {
  it('flags, in their rows, the lotes saved and not sent for more than 7 days; not the recent nor the sent ones', async () => {
    run = await runContent('pesquisa-lote', '/Pagamentos/PesquisaLote/Index');
    expect(shownText(naLinha(run, '8515')!)).toContain(
      'O lote 8515 está "Fechado (envio pendente)" desde a inclusão em 31/10/2026 (há 20 dias)',
    );
    expect(shownText(naLinha(run, '8510')!)).toContain('"Aberto" desde a inclusão em 21/10/2026 (há 30 dias)');
    expect(shownText(naLinha(run, '8510')!)).toMatch(/^Atenção/);
    for (const recente of ['8511', '8502', '8483', '8470']) expect(naLinha(run, recente), recente).toBeUndefined();
  });

  it("counts from the row's Data Inclusão, the only date the grid shows (001 § 4; 002 § 2.1; 004 § 13.1)", async () => {
    run = await runContent('pesquisa-lote', '/Pagamentos/PesquisaLote/Index');
    const linha = [...run.document.querySelectorAll('#DataGrid tbody tr')].find((tr) =>
      [...tr.querySelectorAll('td')].some((td) => td.textContent?.trim() === '8515'),
    )!;
    const data = [...linha.querySelectorAll('td')].find((td) => td.textContent?.trim() === '31/10/2026')!;
    data.textContent = '17/11/2026';
    await run.settle();
    expect(naLinha(run, '8515')).toBeUndefined();
    data.textContent = '01/11/2026';
    await run.settle();
    expect(shownText(naLinha(run, '8515')!)).toContain('desde a inclusão em 01/11/2026 (há 19 dias)');
  });
});
