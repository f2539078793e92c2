import { afterEach, describe, expect, it } from 'vitest';
import { defaultPacks } from '../../shared/packs/index.ts';
import type { Guia } from '../../shared/rules/context.ts';
import { recordInputFromGuia } from '../lib/guia-records/from-guia.ts';
import { guiaRecordKey } from '../lib/guia-records/schema.ts';
import { createGuiaRecordStore, watchGuiaRecords } from '../lib/guia-records/store.ts';
import { memoryArea } from '../lib/test-support.ts';
import { GuiaFacts, guiasPorNumero, mergeKnownGuia } from './guia-facts.ts';
import { type ContentRun, packWith, runContent, shownText } from './testing/run-content.ts';
import { SNAPSHOT_HOJE } from './testing/snapshots.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const LOTE_8504 = '/Pagamentos/LotePagamento/Detalhes/8504';
const SERPRO = '345474';

/** Nº Guia Prestador and row of a beneficiary's guia in the GUIAS grid. */
function linhaDe(r: ContentRun, beneficiario: string): { numero: string; row: Element } {
  const row = [...r.document.querySelectorAll('tr.dataGridRow')].find((tr) => tr.textContent?.includes(beneficiario))!;
  const numero = [...row.children].map((td) => td.textContent?.trim() ?? '').find((c) => /^\d{5}$/.test(c))!;
  return { numero, row };
}

// A support team's 90-day window for PAS SERPRO (as FUNSSEST's manual has), to see dates only a record knows.
const serpro90 = packWith('345474', [
  {
    id: 'prazo-90-dias',
    kind: 'prazo-envio',
    severity: 'error',
    options: { maxDias: 90, base: 'atendimento' },
    message:
      'Guia {guia}: atendimento de {data} já tem {dias} dias; o prazo de {maxDias} dias terminou em {dataLimite}.',
    source: '003 § 5, 9 (prazo para o envio de guia), aplicado como teste',
  },
]);

async function lote(
  records: (numeros: Record<string, string>) => Parameters<typeof recordInputFromGuia>[0][],
  packs = defaultPacks,
  origem: 'digitada' | 'xml' = 'digitada',
  settings: { bloquearEnvioComErros?: boolean } = {},
) {
  // Find the numbers first (the seed numbers them), then open the page with the records written.
  const probe = await runContent('lote-aberto-anexos', LOTE_8504);
  const numeros = {
    hemo: linhaDe(probe, 'BENEFICIARIO TESTE 04').numero,
    rm: linhaDe(probe, 'BENEFICIARIO TESTE 05').numero,
  };
  probe.stop();
  const store = createGuiaRecordStore(memoryArea());
  await store.save(
    records(numeros).map((g) => recordInputFromGuia(g, SERPRO, origem)),
    { hoje: SNAPSHOT_HOJE },
  );
  run = await runContent('lote-aberto-anexos', LOTE_8504, settings, packs, undefined, { guiaRecords: store });
  return numeros;
}

const guia = (numero: string, codigo: string, data: string) => ({
  numero,
  tipo: 'sp-sadt' as const,
  dataAtendimento: data,
  procedimentos: [{ item: 1, codigo, tabela: '22', dataRealizacao: data }],
  outrasDespesas: [],
  anexos: [],
});

describe('lote page: each guia checked through its kept facts', () => {
  it('lists the hemodiálise documents on the row of a typed guia without opening it, and counts the checked guias', async () => {
    const { hemo } = await lote((n) => [guia(n.hemo!, '30909031', '2026-11-14')]);
    const { row } = linhaDe(run!, 'BENEFICIARIO TESTE 04');
    const aviso = [...row.querySelectorAll('tiss-preflight-aviso')].map(shownText).join('\n');
    expect(aviso).toContain(`Guia ${hemo}`);
    expect(aviso).toMatch(/Folha de hemodiálise/);
    const resumo = run!.texts().find((t) => t.includes('Guias conferidas'))!;
    expect(resumo).toContain('1 de 4');
    expect(resumo).toContain('3 de 4 guias ainda não conferidas');
    expect(resumo).not.toContain(hemo);
  });

  it('flags a guia past its window from the atendimento date only its record knows', async () => {
    const { rm } = await lote((n) => [guia(n.rm!, '41101014', '2026-06-01')], [serpro90]);
    const { row } = linhaDe(run!, 'BENEFICIARIO TESTE 05');
    const aviso = [...row.querySelectorAll('tiss-preflight-aviso')].map(shownText).join('\n');
    expect(aviso).toContain(`Guia ${rm}: atendimento de 01/06/2026 já tem 172 dias`);
  });

  it('asks for the OPME labels on the row of a guia whose record lists outras despesas 08 (the row shows none)', async () => {
    const { rm } = await lote((n) => [{ ...guia(n.rm!, '10101012', '2026-11-14'), outrasDespesas: ['08'] }]);
    const { row } = linhaDe(run!, 'BENEFICIARIO TESTE 05');
    const aviso = [...row.querySelectorAll('tiss-preflight-aviso')].map(shownText).join('\n');
    expect(aviso).toContain(`Guia ${rm} (Materiais especiais (OPME))`);
    expect(aviso).toMatch(/Etiquetas ou invólucros dos materiais/);
  });

  it('asks on its row for the senha PAS SERPRO requires (endoscopia) of a guia whose XML had none; not of a typed one', async () => {
    const linha = () =>
      [...linhaDe(run!, 'BENEFICIARIO TESTE 05').row.querySelectorAll('tiss-preflight-aviso')]
        .map(shownText)
        .join('\n');
    // The XML was checked in the popup: it says whether the guia carries a senha.
    const { rm } = await lote((n) => [guia(n.rm!, '40201082', '2026-11-14')], defaultPacks, 'xml');
    expect(linha()).toContain(`Guia ${rm}`);
    expect(linha()).toMatch(/informe a senha autorizada/);
    run!.stop();
    await lote((n) => [{ ...guia(n.rm!, '40201082', '2026-11-14'), senha: '182783294' }], defaultPacks, 'xml');
    expect(linha()).not.toMatch(/senha/);
    run!.stop();
    // Typed in Digitar Guia, which has no senha field (001 § 2.1): its senha is not known, so not called missing.
    await lote((n) => [guia(n.rm!, '40201082', '2026-11-14')]);
    expect(linha()).not.toMatch(/senha/);
  });

  it('names the guias not checked and says how to check them', async () => {
    run = await runContent('lote-aberto-anexos', LOTE_8504, {}, undefined, undefined, {
      guiaRecords: createGuiaRecordStore(memoryArea()),
    });
    const resumo = run.texts().find((t) => t.includes('Guias conferidas'))!;
    expect(resumo).toContain('0 de 4');
    expect(resumo).toContain(linhaDe(run, 'BENEFICIARIO TESTE 04').numero);
    expect(resumo).toMatch(/abra-a no Digitar Guia e salve/);
    expect(resumo).toMatch(/verifique o XML do lote no ícone da extensão/);
  });
});

describe('Fechar Lote: one list of what is still missing across the lote', () => {
  /** A hemodiálise guia without its documents and a guia 172 days old (PAS SERPRO with a 90-day window). */
  const faltas = (n: Record<string, string>) => [
    guia(n.hemo!, '30909031', '2026-11-14'),
    guia(n.rm!, '41101014', '2026-06-01'),
  ];
  /** Clicks Fechar Lote; resolves to whether the portal's own handler (its confirmation) saw the click. */
  const fechar = (r: ContentRun): boolean => {
    const botao = [...r.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Fechar Lote')!;
    let portalViu = false;
    const portal = () => {
      portalViu = true;
    };
    botao.addEventListener('click', portal);
    botao.click();
    botao.removeEventListener('click', portal);
    return portalViu;
  };
  const lista = () => run!.hosts().find((h) => shownText(h).includes('confira antes de fechar o lote'));

  it('lists the missing anexos and the guias past their window, lets the click through, and each item can be dismissed', async () => {
    const { hemo, rm } = await lote(faltas, [serpro90]);
    expect(fechar(run!)).toBe(true);
    const texto = shownText(lista()!);
    expect(texto).toMatch(new RegExp(`Guia ${hemo} \\(Hemodiálise[^)]*\\).*Folha de hemodiálise`));
    expect(texto).toContain(`Guia ${rm}: atendimento de 01/06/2026 já tem 172 dias`);
    expect(texto).not.toMatch(/envio bloqueado/);
    // The clerk has read the window warning and dismisses it; the anexos stay listed, also after the page re-runs.
    const dispensar = [...lista()!.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.getAttribute('aria-label')?.includes(`Guia ${rm}: atendimento`),
    )!;
    dispensar.click();
    run!.document.body.append(run!.document.createElement('span'));
    await run!.settle();
    expect(shownText(lista()!)).not.toContain('172 dias');
    expect(shownText(lista()!)).toMatch(/Folha de hemodiálise/);
  });

  it('gives the same list at Enviar Lote of a closed lote (8503)', async () => {
    // The closed lote's first guia, known from its record: a hemodiálise 172 days old, without its documents.
    run = await runContent('lote-fechado', '/Pagamentos/LotePagamento/Detalhes/8503', {}, [serpro90], (page) =>
      page.context.guias!.slice(0, 1).map((g) => guia(g.numero, '30909031', '2026-06-01')),
    );
    const primeira = run.document.querySelector('tr.dataGridRow')!;
    const numero = [...primeira.children].map((td) => td.textContent?.trim() ?? '').find((c) => /^\d{5}$/.test(c))!;
    const enviar = [...run.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Enviar Lote')!;
    enviar.click();
    const texto = shownText(run.hosts().find((h) => shownText(h).includes('confira antes de enviar o lote'))!);
    expect(texto).toMatch(new RegExp(`Guia ${numero} \\(Hemodiálise[^)]*\\).*Folha de hemodiálise`));
    expect(texto).toContain(`Guia ${numero}: atendimento de 01/06/2026 já tem 172 dias`);
  });

  it('holds the click back only when "bloquear envio com erros" is on, saying so', async () => {
    await lote(faltas, [serpro90], 'digitada', { bloquearEnvioComErros: true });
    expect(fechar(run!)).toBe(false);
    expect(shownText(lista()!)).toMatch(/envio bloqueado: corrija os erros ou desligue "bloquear envio com erros"/);
    expect(shownText(lista()!)).toContain('já tem 172 dias');
  });
});

describe('kept facts of a lote page, read again only where they changed', () => {
  it('shows on its row a record written while the lote page is open, and follows it when written again, without a reload', async () => {
    const probe = await runContent('lote-aberto-anexos', LOTE_8504);
    const hemo = linhaDe(probe, 'BENEFICIARIO TESTE 04').numero;
    probe.stop();
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    run = await runContent('lote-aberto-anexos', LOTE_8504, {}, undefined, undefined, {
      guiaRecords: store,
      watchGuiaRecords: (onChange) => watchGuiaRecords(area, onChange),
    });
    const avisoDaLinha = () =>
      [...linhaDe(run!, 'BENEFICIARIO TESTE 04').row.querySelectorAll('tiss-preflight-aviso')]
        .map(shownText)
        .join('\n');
    expect(avisoDaLinha()).not.toMatch(/hemodiálise/);
    expect(run.texts().find((t) => t.includes('Guias conferidas'))).toContain('0 de 4');
    // The popup checks an XML holding this guia: a hemodiálise procedure.
    await store.save([recordInputFromGuia(guia(hemo, '30909031', '2026-11-14'), SERPRO, 'xml')], {
      hoje: SNAPSHOT_HOJE,
    });
    await run.settle();
    expect(avisoDaLinha()).toMatch(/Folha de hemodiálise/);
    expect(run.texts().find((t) => t.includes('Guias conferidas'))).toContain('1 de 4');
    // Checked again after the clerk corrected the procedure (a consulta): the row no longer asks for those documents.
    await store.save([recordInputFromGuia(guia(hemo, '10101012', '2026-11-14'), SERPRO, 'xml')], {
      hoje: SNAPSHOT_HOJE,
    });
    await run.settle();
    expect(avisoDaLinha()).not.toMatch(/hemodiálise/);
    expect(run.texts().find((t) => t.includes('Guias conferidas'))).toContain('1 de 4');
  });

  it('reads the hundred records once, then only the one saved meanwhile, and forgets an erased one', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    const numeros = Array.from({ length: 100 }, (_, i) => String(20000 + i));
    await store.save(
      numeros.map((n) => recordInputFromGuia(guia(n, '10101012', '2026-11-02'), SERPRO, 'xml')),
      { hoje: SNAPSHOT_HOJE },
    );
    const asked: string[][] = [];
    const facts = new GuiaFacts({
      lookup: (op, ns, hoje) => {
        asked.push([...ns]);
        return store.lookup(op, ns, hoje);
      },
    });
    watchGuiaRecords(area, (keys) => facts.forget(keys));
    const page = { context: { hoje: SNAPSHOT_HOJE, guias: numeros.map((numero) => ({ numero })) } } as never;
    await facts.load(SERPRO, numeros, SNAPSHOT_HOJE);
    await facts.load(SERPRO, numeros, SNAPSHOT_HOJE);
    expect(asked.map((a) => a.length)).toEqual([100]);
    expect(facts.facts(page).find((g) => g.numero === '20007')?.procedimentos[0]?.codigo).toBe('10101012');
    // Digitar Guia saves one guia of the lote again (another procedure), in another tab.
    await store.save([recordInputFromGuia(guia('20007', '30909031', '2026-11-10'), SERPRO, 'digitada')], {
      hoje: SNAPSHOT_HOJE,
    });
    await facts.load(SERPRO, numeros, SNAPSHOT_HOJE);
    expect(asked[1]).toEqual(['20007']);
    expect(facts.facts(page).find((g) => g.numero === '20007')?.procedimentos[0]?.codigo).toBe('30909031');
    // Erased: the guia is no longer checked.
    await area.remove(guiaRecordKey(SERPRO, '20042'));
    await facts.load(SERPRO, numeros, SNAPSHOT_HOJE);
    expect(asked[2]).toEqual(['20042']);
    expect(facts.facts(page)).toHaveLength(99);
  });
});

describe('mergeKnownGuia: a row completed with its record', () => {
  const known: Guia = {
    numero: '12345',
    tipo: 'sp-sadt',
    dataAtendimento: '2026-03-02',
    senha: 'informada',
    procedimentos: [{ item: 1, codigo: '30909023', dataRealizacao: '2026-03-02' }],
    outrasDespesas: [],
    anexos: [],
    valorTotal: 150,
  } as Guia;
  const row = (more: Partial<Guia> = {}): Guia =>
    ({
      numero: '12345',
      tipo: 'sp-sadt',
      procedimentos: [],
      outrasDespesas: [],
      anexos: [],
      valorTotal: 150,
      ...more,
    }) as Guia;
  // What the page shows wins; procedures, outras despesas and the atendimento date come from the record while
  // the page shows none.
  const expected = (shown: Guia): Guia => ({
    ...known,
    ...shown,
    procedimentos: shown.procedimentos.length ? shown.procedimentos : known.procedimentos,
    outrasDespesas: shown.outrasDespesas.length ? shown.outrasDespesas : known.outrasDespesas,
    dataAtendimento: shown.dataAtendimento ?? known.dataAtendimento,
  });

  it("gives the record's guia itself for a row that shows only what the record knows", () => {
    const shown = row();
    const merged = mergeKnownGuia(shown, known);
    expect(merged).toEqual(expected(shown));
    expect(merged).toBe(known);
  });

  it('keeps what the page shows where it differs from the record', () => {
    for (const shown of [
      row({ valorTotal: 149.9 }),
      row({ tipo: 'consulta' }),
      row({ dataAtendimento: '2026-03-01' }),
      row({ anexos: [{ tipo: 'laudo' }] } as Partial<Guia>),
      row({ procedimentos: [{ item: 1, codigo: '10101012', dataRealizacao: '2026-02-01' }] } as Partial<Guia>),
      row({ senha: undefined }),
      row({ dataValidadeSenha: '2026-04-01' }),
    ]) {
      const merged = mergeKnownGuia(shown, known);
      expect(merged).toEqual(expected(shown));
      expect(merged).not.toBe(known);
    }
  });
});

describe('guiasPorNumero', () => {
  it('finds each known guia by its number; the same list asked again gives the same map, another list its own', () => {
    const a = { numero: '1' } as Guia;
    const b = { numero: '2' } as Guia;
    const lista = [a, b];
    const map = guiasPorNumero(lista);
    expect(map.get('1')).toBe(a);
    expect(map.get('2')).toBe(b);
    expect(guiasPorNumero(lista)).toBe(map);
    const outra = guiasPorNumero([b]);
    expect(outra).not.toBe(map);
    expect([...outra.keys()]).toEqual(['2']);
    expect(guiasPorNumero(lista).get('1')).toBe(a);
  });
});
