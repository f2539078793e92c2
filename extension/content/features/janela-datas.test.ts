import { afterEach, describe, expect, it } from 'vitest';
import { defaultPacks } from '../../../shared/packs/index.ts';
import { type ContentRun, packWith, runContent, shownText } from '../testing/run-content.ts';

const pasa = defaultPacks.find((p) => p.operadora.chave === '331988')!;
let run: ContentRun | undefined;
afterEach(() => run?.stop());

// PASA (Vale) refuses atendimentos older than 90 days (conecta-portal.md); a support team publishes the rule.
const pasa90 = packWith('331988', [
  {
    id: 'prazo-90-dias',
    kind: 'prazo-envio',
    severity: 'error',
    options: { maxDias: 90, base: 'atendimento' },
    message: 'Guia {guia}: atendimento em {data}, há {dias} dias; o prazo de {maxDias} dias terminou em {dataLimite}.',
    source: 'notas-portal-conecta § Per-operadora facts',
  },
]);

describe('janela-datas', () => {
  // 004 § 9.2 b: the lote page lists no atendimento dates. The dates come from guia records kept locally.
  it('says nothing on the lote page from the page alone (it shows no atendimento dates)', async () => {
    run = await runContent('lote-datas-antigas', '/Pagamentos/LotePagamento/Detalhes/8505', {}, [pasa90]);
    expect(run.texts().join('\n')).not.toContain('dias');
  });

  it('marks the guia row from a known guia record, in the row itself', async () => {
    run = await runContent('lote-datas-antigas', '/Pagamentos/LotePagamento/Detalhes/8505', {}, [pasa90], (page) =>
      page.context.guias!.slice(0, 1).map((g) => ({
        numero: g.numero,
        dataAtendimento: '2026-07-23',
        procedimentos: [{ codigo: '10101012', dataRealizacao: '2026-07-23' }],
        outrasDespesas: [],
        anexos: [],
      })),
    );
    const aviso = run.hosts().find((h) => shownText(h).includes('há 120 dias'));
    expect(aviso).toBeDefined();
    const row = aviso!.closest('tr')!;
    expect(row.textContent).toContain('BENEFICIARIO TESTE 08');
    expect(shownText(aviso!)).toContain('terminou em 21/10/2026');
  });

  it('says nothing for the operadora whose pack has no date window', async () => {
    // The default PASA pack now carries the 90-day window (fora do manual); a pack without it stays quiet.
    const semJanela = { ...pasa, regras: pasa.regras.filter((r) => r.kind !== 'prazo-envio') };
    run = await runContent('lote-datas-antigas', '/Pagamentos/LotePagamento/Detalhes/8505', {}, [semJanela]);
    expect(run.texts().join('\n')).not.toContain('dias');
  });

  it('warns next to the date typed in the Digitar Guia wizard, and stops once it is corrected', async () => {
    run = await runContent('guia-spsadt-procedimentos', '/Guias/SpSadt/FaturamentoNovaGuiaEletiva', {}, [pasa90]);
    const data = run.document.querySelector<HTMLInputElement>('[name="Procedimentos[0].DataRealizacao"]')!;
    const aviso = () =>
      data.nextElementSibling?.tagName.toLowerCase() === 'tiss-preflight-aviso'
        ? shownText(data.nextElementSibling)
        : '';
    expect(aviso()).toBe('');
    data.value = '01/07/2026';
    data.dispatchEvent(new Event('input', { bubbles: true }));
    await run.settle();
    expect(aviso()).toContain('atendimento em 01/07/2026, há 142 dias');
    data.value = '18/11/2026';
    data.dispatchEvent(new Event('input', { bubbles: true }));
    await run.settle();
    expect(aviso()).toBe('');
  });
});
