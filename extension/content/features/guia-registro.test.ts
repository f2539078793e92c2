import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/rules/dates.ts';
import { recordInputFromAutorizacao } from '../../lib/guia-records/from-guia.ts';
import type { GuiaRecord } from '../../lib/guia-records/schema.ts';
import { createGuiaRecordStore, type GuiaRecordStore } from '../../lib/guia-records/store.ts';
import { memoryArea } from '../../lib/test-support.ts';
import { type ContentRun, runContent } from '../testing/run-content.ts';
import { loadSnapshot, SNAPSHOT_HOJE } from '../testing/snapshots.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const SPSADT = '/Guias/SpSadt/FaturamentoNovaGuiaEletiva';

/**
 * SP/SADT typed with `ref` in Passo 1's Nº Guia Prestador Ref., then Próximo … Resumo: the wizard re-renders its
 * one step in place (Passo 1 is gone from the DOM). Answers the Resumo's Nº Guia Prestador.
 */
async function resumoComReferencia(guiaRecords: GuiaRecordStore, ref: string): Promise<string> {
  run = await runContent('guia-spsadt-passo-1', SPSADT, {}, undefined, undefined, { guiaRecords });
  const input = run.document.querySelector<HTMLInputElement>('input[name="NumeroGuiaReferenciada"]')!;
  input.value = ref;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  run.document.body.innerHTML = loadSnapshot('guia-spsadt-resumo', SPSADT).body.innerHTML;
  await run.settle();
  return [...run.document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Nº Guia Prestador:')!
    .nextElementSibling!.textContent!;
}

function salvar(doc: Document) {
  [...doc.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Salvar')!.click();
}

describe('guia-registro', () => {
  it('keeps the billing facts of the guia saved from the Resumo, and nothing of the beneficiário', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    run = await runContent('guia-spsadt-resumo', '/Guias/SpSadt/FaturamentoNovaGuiaEletiva', {}, undefined, undefined, {
      guiaRecords: store,
    });
    const salvar = [...run.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Salvar')!;
    salvar.click();
    await new Promise((r) => setTimeout(r, 20));
    const numero = [...run.document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Nº Guia Prestador:')!
      .nextElementSibling!.textContent!;
    const rec = (await store.lookup('331988', [numero], SNAPSHOT_HOJE)).get(numero);
    expect(rec).toMatchObject({
      origem: 'digitada',
      tipo: 'sp-sadt',
      caraterAtendimento: '1',
      dataAtendimento: '2026-11-18',
      valorTotal: 520,
    });
    expect(rec?.procedimentos).toEqual([{ item: 1, codigo: '41101014', dataRealizacao: '2026-11-18' }]);
    expect(rec?.senha).toBeUndefined(); // the wizard shows no senha: not known, not "missing"
    expect(JSON.stringify(area.data)).not.toMatch(/BENEFICIARIO|MEDICO/);
  });

  it('keeps the guia for the days set in the options (Guardar por), 180 when the clerk set none', async () => {
    const salvarCom = async (settings: { guiaRetencaoDias?: number }) => {
      const store = createGuiaRecordStore(memoryArea());
      run = await runContent(
        'guia-spsadt-resumo',
        '/Guias/SpSadt/FaturamentoNovaGuiaEletiva',
        settings,
        undefined,
        undefined,
        {
          guiaRecords: store,
        },
      );
      [...run.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Salvar')!.click();
      await new Promise((r) => setTimeout(r, 20));
      const numero = [...run.document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Nº Guia Prestador:')!
        .nextElementSibling!.textContent!;
      run.stop();
      // Whether the lote page would still find it that many days later.
      return async (dias: number) => (await store.lookup('331988', [numero], addDays(SNAPSHOT_HOJE, dias)!)).size;
    };
    const trinta = await salvarCom({ guiaRetencaoDias: 30 });
    expect(await trinta(30)).toBe(1);
    expect(await trinta(31)).toBe(0);
    const padrao = await salvarCom({});
    expect(await padrao(180)).toBe(1);
    expect(await padrao(181)).toBe(0);
  });

  it('keeps nothing when switched off in the options', async () => {
    const area = memoryArea();
    run = await runContent(
      'guia-spsadt-resumo',
      '/Guias/SpSadt/FaturamentoNovaGuiaEletiva',
      { features: { 'guia-registro': false } },
      undefined,
      undefined,
      { guiaRecords: createGuiaRecordStore(area) },
    );
    [...run.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Salvar')!.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(area.data).toEqual({});
  });

  it("keeps the guia under the operadora its wizard names, not the header's (a guia typed from another operadora's lote)", async () => {
    const store = createGuiaRecordStore(memoryArea());
    run = await runContent('guia-spsadt-resumo', '/Guias/SpSadt/FaturamentoNovaGuiaEletiva', {}, undefined, undefined, {
      guiaRecords: store,
    });
    // Header still PASA | 331988; the wizard opened from PAS SERPRO's lote 8504 names PAS SERPRO.
    run.document.querySelector('.bc-operadora-titulo')!.textContent = 'PAS SERPRO - ANS nº 345474';
    await run.settle();
    [...run.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Salvar')!.click();
    await new Promise((r) => setTimeout(r, 20));
    const numero = [...run.document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Nº Guia Prestador:')!
      .nextElementSibling!.textContent!;
    expect((await store.lookup('345474', [numero], SNAPSHOT_HOJE)).get(numero)).toMatchObject({ tipo: 'sp-sadt' });
    expect((await store.lookup('331988', [numero], SNAPSHOT_HOJE)).size).toBe(0);
  });

  it("adds the senha and its dates of the autorização named in Passo 1's Nº Guia Prestador Ref. (the wizard shows no senha)", async () => {
    const store = createGuiaRecordStore(memoryArea());
    // Kept when the clerk opened autorização 71790's Detalhes da Guia (feature senha-autorizacao).
    const autorizacao = {
      numero: '71790',
      senha: true,
      dataAutorizacao: '2026-10-31',
      dataValidadeSenha: '2026-12-30',
    };
    await store.save([recordInputFromAutorizacao(autorizacao, '331988')], { hoje: SNAPSHOT_HOJE });
    const numero = await resumoComReferencia(store, '71790');
    salvar(run!.document);
    await new Promise((r) => setTimeout(r, 20));
    const rec = (await store.lookup('331988', [numero], SNAPSHOT_HOJE)).get(numero);
    expect(rec?.procedimentos).toMatchObject([{ codigo: '41101014' }]);
    expect(rec).toMatchObject({
      origem: 'digitada',
      senha: true,
      dataAutorizacao: '2026-10-31',
      dataValidadeSenha: '2026-12-30',
    });
  });

  it('keeps the guia typed at once on Salvar though the autorização is still being looked up; its senha added when the lookup answers', async () => {
    const area = memoryArea();
    const real = createGuiaRecordStore(area);
    await real.save(
      [
        recordInputFromAutorizacao(
          { numero: '71790', senha: true, dataAutorizacao: '2026-10-31', dataValidadeSenha: '2026-12-30' },
          '331988',
        ),
      ],
      { hoje: SNAPSHOT_HOJE },
    );
    // The storage slow to answer the autorização's lookup (a busy browser): held until the test lets it go.
    let responder: (r: GuiaRecord | undefined) => void = () => {};
    const store = {
      ...real,
      autorizacao: () =>
        new Promise<GuiaRecord | undefined>((ok) => {
          responder = ok;
        }),
    };
    const numero = await resumoComReferencia(store, '71790');
    salvar(run!.document);
    // The portal navigates away: the page and its script are gone before the lookup answers.
    run!.stop();
    run!.document.body.innerHTML = '';
    await new Promise((r) => setTimeout(r, 20));
    const salva = (await real.lookup('331988', [numero], SNAPSHOT_HOJE)).get(numero);
    expect(salva?.procedimentos).toMatchObject([{ codigo: '41101014' }]);
    expect(salva?.senha).toBeUndefined();
    responder(await real.autorizacao('331988', '71790', SNAPSHOT_HOJE));
    await new Promise((r) => setTimeout(r, 20));
    expect((await real.lookup('331988', [numero], SNAPSHOT_HOJE)).get(numero)).toMatchObject({
      origem: 'digitada',
      senha: true,
      dataValidadeSenha: '2026-12-30',
      procedimentos: [{ codigo: '41101014' }],
    });
  });

  it('adds no senha when the Ref. names no autorização kept', async () => {
    const store = createGuiaRecordStore(memoryArea());
    const numero = await resumoComReferencia(store, '71799');
    salvar(run!.document);
    await new Promise((r) => setTimeout(r, 20));
    const rec = (await store.lookup('331988', [numero], SNAPSHOT_HOJE)).get(numero);
    expect(rec?.origem).toBe('digitada');
    expect(rec?.senha).toBeUndefined();
  });

  it('keeps an odonto guia with the região its Resumo prints (001 § 2.1 Etapa 6) and the date typed in Passo 3, which it does not', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    const path = '/Guias/Odonto/FaturamentoNovaGuiaEletiva';
    run = await runContent('guia-odonto-procedimentos', path, {}, undefined, undefined, { guiaRecords: store });
    // Passo 3 shows 17/11/2026; the clerk corrects it to 16/11 and goes on to the Resumo at once.
    const data = run.document.querySelector<HTMLInputElement>('input[name="Procedimentos[0].DataRealizacao"]')!;
    data.value = '16/11/2026';
    data.dispatchEvent(new Event('input', { bubbles: true }));
    run.document.body.innerHTML = loadSnapshot('guia-odonto-resumo', path).body.innerHTML;
    await run.settle();
    [...run.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Salvar')!.click();
    await new Promise((r) => setTimeout(r, 20));
    const numero = [...run.document.querySelectorAll('dt')].find((dt) => dt.textContent === 'Nº Guia Prestador:')!
      .nextElementSibling!.textContent!;
    const rec = (await store.lookup('330809', [numero], SNAPSHOT_HOJE)).get(numero);
    expect(rec).toMatchObject({ tipo: 'odonto', dataAtendimento: '2026-11-16' });
    expect(rec?.procedimentos).toEqual([{ item: 1, codigo: '81000065', regiao: 'ASAI', dataRealizacao: '2026-11-16' }]);
    expect(JSON.stringify(area.data)).not.toMatch(/BENEFICIARIO|MEDICO/);
  });

  it('keeps the Caráter chosen in Passo 3 when the Resumo does not print it (004 § 9.2 a), even after a quick Próximo', async () => {
    const store = createGuiaRecordStore(memoryArea());
    const path = '/Guias/SpSadt/FaturamentoNovaGuiaEletiva';
    run = await runContent('guia-spsadt-atendimento-funssest', path, {}, undefined, undefined, { guiaRecords: store });
    const carater = run.document.querySelector<HTMLSelectElement>('#CaraterAtendimento')!;
    carater.value = 'Urgência/Emergência';
    carater.dispatchEvent(new Event('change', { bubbles: true }));
    // Próximo at once, before the debounced run: the Resumo, here without its Caráter line.
    const resumo = loadSnapshot('guia-spsadt-resumo-funssest-urgencia', path);
    const dt = [...resumo.querySelectorAll('dt')].find((d) => d.textContent?.startsWith('Caráter'))!;
    dt.nextElementSibling!.remove();
    dt.remove();
    run.document.body.innerHTML = resumo.body.innerHTML;
    await run.settle();
    [...run.document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Salvar')!.click();
    await new Promise((r) => setTimeout(r, 20));
    const numero = [...run.document.querySelectorAll('dt')].find((d) => d.textContent === 'Nº Guia Prestador:')!
      .nextElementSibling!.textContent!;
    const rec = (await store.lookup('330809', [numero], SNAPSHOT_HOJE)).get(numero);
    expect(rec).toMatchObject({ tipo: 'sp-sadt', caraterAtendimento: '2' });
  });
});
