import { describe, expect, it } from 'vitest';
import { defaultPacks } from '../../../shared/packs/index.ts';
import type { Guia } from '../../../shared/rules/context.ts';
import { runRules } from '../../../shared/rules/engine.ts';
import { createStore } from '../storage.ts';
import { memoryArea, until } from '../test-support.ts';
import { joinGuia, recordInputFromAutorizacao, recordInputFromGuia, withAutorizacao } from './from-guia.ts';
import { GUIA_RECORD_VERSION, type GuiaRecordInput, guiaRecordKey, MAX_GUIA_RECORDS, toGuiaRecord } from './schema.ts';
import { createGuiaRecordStore, readRecord } from './store.ts';

const HOJE = '2026-11-20';
/** A record stored in the current layout (one string from v6). */
const ATUAL = new RegExp(`^${GUIA_RECORD_VERSION}\\|`);
const SERPRO = '345474';

function guiaXml(numero: string, over: Partial<Guia> = {}): Guia {
  return {
    numero,
    tipo: 'sp-sadt',
    dataAtendimento: '2026-11-02',
    senha: '182783294',
    dataAutorizacao: '2026-10-30',
    caraterAtendimento: '1',
    regimeAtendimento: '01',
    beneficiario: '99999000000000005|BENEFICIARIO TESTE 05',
    profissional: 'MEDICO TESTE 01 CRM 3233/RS',
    procedimentos: [{ item: 1, codigo: '30909031', tabela: '22', dataRealizacao: '2026-11-02', valorTotal: 250 }],
    outrasDespesas: [],
    anexos: [],
    valorTotal: 250,
    ...over,
  };
}

describe('guia records', () => {
  it("keeps an autorização's senha facts apart from the cobranças, for the cobrança that references it", async () => {
    const store = createGuiaRecordStore(memoryArea());
    const aut = { numero: '71791', senha: true, dataAutorizacao: '2026-09-11', dataValidadeSenha: '2026-11-10' };
    await store.save([recordInputFromAutorizacao(aut, '330809')], { hoje: HOJE, retencaoDias: 30 });
    // A lote row of the same number is not the autorização.
    expect((await store.lookup('330809', ['71791'], HOJE)).size).toBe(0);
    // Asked for as autorizações (Pesquisa de Guias reads its rows' in one go), it is.
    const lidas = await store.lookup('330809', ['71790', '71791'], HOJE, 'autorizacao');
    expect([...lidas.keys()]).toEqual(['71791']);
    const kept = (await store.autorizacao('330809', '71791', HOJE))!;
    expect(kept).toMatchObject({ origem: 'autorizacao', senha: true, dataValidadeSenha: '2026-11-10' });
    expect(await store.autorizacao('331988', '71791', HOJE)).toBeUndefined();
    // The cobrança gets them; the lote page then checks its dates against the senha's validade.
    const cobranca = withAutorizacao(
      recordInputFromGuia(guiaXml('80001', { dataAtendimento: '2026-11-12' }), '330809', 'digitada'),
      kept,
    );
    expect(cobranca).toMatchObject({ numero: '80001', senha: true, dataAutorizacao: '2026-09-11' });
    expect((await store.summary(HOJE)).quantidade).toBe(1);
    expect(await store.clear()).toBe(1); // "Apagar dados de guias" erases it too
    // Past its retention it is not given, and the read drops it, as a cobrança's is.
    await store.save([recordInputFromAutorizacao(aut, '330809')], { hoje: HOJE, retencaoDias: 30 });
    expect(await store.autorizacao('330809', '71791', '2026-12-21')).toBeUndefined();
    expect((await store.summary(HOJE)).quantidade).toBe(0);
  });

  it('keeps what a guia needs for the checks and nothing about the beneficiário or the professional', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    expect(await store.save([recordInputFromGuia(guiaXml('52513'), SERPRO, 'xml')], { hoje: HOJE })).toBe(1);
    const found = await store.lookup(SERPRO, ['52513', '99999'], HOJE);
    expect([...found.keys()]).toEqual(['52513']);
    const rec = found.get('52513')!;
    expect(rec).toMatchObject({
      numero: '52513',
      tipo: 'sp-sadt',
      dataAtendimento: '2026-11-02',
      senha: true,
      procedimentos: [{ item: 1, codigo: '30909031', dataRealizacao: '2026-11-02' }],
      valorTotal: 250,
      expiraEm: '2027-05-19',
    });
    const stored = JSON.stringify(area.data);
    expect(stored).not.toContain('BENEFICIARIO');
    expect(stored).not.toContain('99999000000000005');
    expect(stored).not.toContain('MEDICO');
    expect(stored).not.toContain('182783294'); // the senha itself is not kept, only that there is one
  });

  it('reads only the keys of the guias asked for (a lote page never loads the whole store)', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    await store.save(
      Array.from({ length: 50 }, (_, i) => recordInputFromGuia(guiaXml(String(1000 + i)), SERPRO, 'xml')),
      { hoje: HOJE },
    );
    const asked: unknown[] = [];
    const spy = {
      ...area,
      get: (keys?: null | string | string[]) => {
        asked.push(keys);
        return area.get(keys);
      },
    };
    const found = await createGuiaRecordStore(spy).lookup(SERPRO, ['1003', '1049'], HOJE);
    expect(found.size).toBe(2);
    expect(asked).toEqual([[guiaRecordKey(SERPRO, '1003'), guiaRecordKey(SERPRO, '1049')]]);
  });

  it('forgets a record after its retention days and removes it from storage', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    await store.save([recordInputFromGuia(guiaXml('1'), SERPRO, 'xml')], { hoje: HOJE, retencaoDias: 10 });
    expect((await store.lookup(SERPRO, ['1'], '2026-11-30')).size).toBe(1);
    expect((await store.lookup(SERPRO, ['1'], '2026-12-01')).size).toBe(0);
    expect(Object.keys(area.data)).toEqual([]);
  });

  it('applies a shorter retention to the guias already kept (the option lowered), never a longer one', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    const guardar = (numero: string, dia: string, retencaoDias?: number) =>
      store.save([recordInputFromGuia(guiaXml(numero), SERPRO, 'xml')], {
        hoje: dia,
        agora: new Date(`${dia}T12:00:00-03:00`),
        ...(retencaoDias ? { retencaoDias } : {}),
      });
    await guardar('velha', '2026-10-01'); // kept 180 days: until 30/03/2027
    await guardar('nova', '2026-11-15'); // the same
    await guardar('curta', '2026-11-15', 10); // kept 10 days only
    // On 20 Nov the clerk lowers "Guardar por" to 30 days: the guia of 1 Oct is older than that and goes at once.
    expect(await store.retain(HOJE, 30)).toBe(1);
    const vivas = async (dia: string) =>
      [...(await store.lookup(SERPRO, ['velha', 'nova', 'curta'], dia)).keys()].sort();
    expect(await vivas(HOJE)).toEqual(['curta', 'nova']);
    expect(await vivas('2026-11-25')).toEqual(['curta', 'nova']);
    // 15 Nov + 10 days stays as it was (not lengthened); 15 Nov + 30 days is now its last day.
    expect(await vivas('2026-11-26')).toEqual(['nova']);
    expect(await vivas('2026-12-15')).toEqual(['nova']);
    expect(await vivas('2026-12-16')).toEqual([]);
  });

  it('drops a broken or unknown-version record alone, keeping the others and the settings', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    await store.save(
      ['1', '2'].map((n) => recordInputFromGuia(guiaXml(n), SERPRO, 'xml')),
      { hoje: HOJE },
    );
    await createStore(area).write({ operadoras: [SERPRO] });
    area.data[guiaRecordKey(SERPRO, '3')] = { v: 1, numero: 3, procedimentos: 'x' };
    area.data[guiaRecordKey(SERPRO, '4')] = { ...(area.data[guiaRecordKey(SERPRO, '1')] as object), v: 99 };
    const found = await store.lookup(SERPRO, ['1', '2', '3', '4'], HOJE);
    expect([...found.keys()].sort()).toEqual(['1', '2']);
    expect(area.data).not.toHaveProperty(guiaRecordKey(SERPRO, '3'));
    expect(area.data).not.toHaveProperty(guiaRecordKey(SERPRO, '4'));
    expect((await createStore(area).read()).operadoras).toEqual([SERPRO]);
  });

  it('brings records of the first layout (v1) up to the current one, writes them back once, drops a broken one alone', async () => {
    // As the first landed build wrote them: the instant of writing, and table 22 on every procedure.
    const v1 = (numero: string, procedimentos: unknown) => ({
      v: 1,
      operadora: SERPRO,
      numero,
      tipo: 'sp-sadt',
      procedimentos,
      dataAtendimento: '2026-11-02',
      senha: true,
      origem: 'xml',
      gravadaEm: '2026-11-03T10:15:00.000Z',
      expiraEm: '2027-05-02',
    });
    const area = memoryArea({
      [guiaRecordKey(SERPRO, '1')]: v1('1', [
        { codigo: '30909031', tabela: '22', data: '2026-11-02' },
        { codigo: '70000001', tabela: '19' },
      ]),
      [guiaRecordKey(SERPRO, '2')]: v1('2', [{ codigo: '10101012', tabela: '22' }]),
      [guiaRecordKey(SERPRO, '3')]: v1('3', 'não é uma lista'),
    });
    const store = createGuiaRecordStore(area);
    const found = await store.lookup(SERPRO, ['1', '3'], HOJE);
    expect([...found.keys()]).toEqual(['1']);
    expect(found.get('1')).toMatchObject({
      gravadaEm: '2026-11-03',
      // Table 22 no longer written (v2).
      procedimentos: [
        { item: 1, codigo: '30909031', dataRealizacao: '2026-11-02' },
        { item: 2, codigo: '70000001', tabela: '19' },
      ],
    });
    // Written back in the current layout; the broken one is gone, the one not asked for is left as it was.
    expect(area.data[guiaRecordKey(SERPRO, '1')]).toMatch(ATUAL);
    expect(readRecord(area.data[guiaRecordKey(SERPRO, '1')])).toEqual(found.get('1'));
    expect(area.data).not.toHaveProperty(guiaRecordKey(SERPRO, '3'));
    expect(area.data[guiaRecordKey(SERPRO, '2')]).toMatchObject({ v: 1, gravadaEm: '2026-11-03T10:15:00.000Z' });
    // The rules see a migrated record as they saw the old one: the hemodiálise documents are still asked for.
    const serpro = defaultPacks.find((p) => p.operadora.registroAns === SERPRO)!;
    const linha: Guia = { numero: '1', tipo: 'sp-sadt', procedimentos: [], outrasDespesas: [], anexos: [] };
    const findings = runRules(serpro, { hoje: HOJE, acao: 'fechar-lote', guias: [joinGuia(linha, found.get('1')!)] });
    expect(
      findings
        .filter((f) => f.where.field === 'Anexos')
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(/Hemodiálise/);
    // The periodic prune brings up the rest.
    expect(await store.prune(HOJE)).toBe(0);
    expect(area.data[guiaRecordKey(SERPRO, '2')]).toMatch(ATUAL);
    expect(readRecord(area.data[guiaRecordKey(SERPRO, '2')])).toMatchObject({ gravadaEm: '2026-11-03' });
    expect(await store.summary(HOJE)).toEqual({ quantidade: 2, desde: '2026-11-03' });
  });

  it('brings v2 records (procedures as objects) up to the current layout, writes them back once, drops a broken one alone', async () => {
    // As builds of layout 2 wrote them.
    const v2 = (numero: string, procedimentos: unknown) => ({
      v: 2,
      operadora: SERPRO,
      numero,
      tipo: 'odonto',
      procedimentos,
      dataAtendimento: '2026-11-02',
      senha: true,
      valorTotal: 120,
      origem: 'xml',
      gravadaEm: '2026-11-03',
      expiraEm: '2027-05-02',
    });
    const area = memoryArea({
      [guiaRecordKey(SERPRO, '1')]: v2('1', [
        { codigo: '81000065', data: '2026-11-02', dente: '11', face: 'O' },
        { codigo: '70000001', tabela: '19' },
      ]),
      [guiaRecordKey(SERPRO, '2')]: v2('2', [{ codigo: '10101012' }]),
      // A "|" in a field would shift the packed fields after it: such a record is dropped, not misread.
      [guiaRecordKey(SERPRO, '3')]: v2('3', [{ codigo: '1010|2026-11-02' }]),
      [guiaRecordKey(SERPRO, '4')]: v2('4', [{ data: '2026-11-02' }]),
    });
    const store = createGuiaRecordStore(area);
    const found = await store.lookup(SERPRO, ['1', '3', '4'], HOJE);
    expect([...found.keys()]).toEqual(['1']);
    const rec = found.get('1')!;
    expect(rec).toMatchObject({ tipo: 'odonto', senha: true, valorTotal: 120 });
    // Written back in the current layout; the broken ones are gone; the one not asked for waits for the prune.
    expect(area.data[guiaRecordKey(SERPRO, '1')]).toMatch(ATUAL);
    expect(readRecord(area.data[guiaRecordKey(SERPRO, '1')])).toEqual(rec);
    expect(area.data).not.toHaveProperty(guiaRecordKey(SERPRO, '3'));
    expect(area.data).not.toHaveProperty(guiaRecordKey(SERPRO, '4'));
    expect(area.data[guiaRecordKey(SERPRO, '2')]).toMatchObject({ v: 2 });
    // The lote row gets the same procedures as before: the odonto dente and face, table 19 kept.
    const linha: Guia = { numero: '1', procedimentos: [], outrasDespesas: [], anexos: [] };
    expect(joinGuia(linha, rec).procedimentos).toEqual([
      { item: 1, codigo: '81000065', dataRealizacao: '2026-11-02', dente: '11', face: 'O' },
      { item: 2, codigo: '70000001', tabela: '19' },
    ]);
    expect(await store.prune(HOJE)).toBe(0);
    expect(area.data[guiaRecordKey(SERPRO, '2')]).toMatch(ATUAL);
    expect(readRecord(area.data[guiaRecordKey(SERPRO, '2')])?.procedimentos).toEqual([{ item: 1, codigo: '10101012' }]);
  });

  it('brings v3 records (facts as keys) up to the current layout, writes them back once, drops a broken one alone', async () => {
    // As builds of layout 3 wrote them.
    const v3 = (numero: string, over: Record<string, unknown> = {}) => ({
      v: 3,
      operadora: SERPRO,
      numero,
      tipo: 'sp-sadt',
      procedimentos: ['30909031|2026-11-02'],
      dataAtendimento: '2026-11-02',
      senha: false,
      dataValidadeSenha: '2026-12-30',
      regimeInternacao: '1',
      outrasDespesas: ['08', '03'],
      valorTotal: 0.30000000000000004,
      origem: 'xml',
      gravadaEm: '2026-11-03',
      expiraEm: '2027-05-02',
      ...over,
    });
    const autorizacao = { v: 3, operadora: SERPRO, numero: '9', procedimentos: [], origem: 'autorizacao' };
    const area = memoryArea({
      [guiaRecordKey(SERPRO, '1')]: v3('1'),
      [guiaRecordKey(SERPRO, '2')]: v3('2', { senha: 'sim' }),
      [guiaRecordKey(SERPRO, '3')]: v3('3', { caraterAtendimento: '1|' }),
      [guiaRecordKey(SERPRO, '9', 'autorizacao')]: { ...autorizacao, gravadaEm: '2026-11-03', expiraEm: '2027-05-02' },
    });
    const store = createGuiaRecordStore(area);
    const found = await store.lookup(SERPRO, ['1', '2', '3'], HOJE);
    expect([...found.keys()]).toEqual(['1']);
    const { v: _v, ...facts } = v3('1');
    expect(found.get('1')).toEqual({
      ...facts,
      procedimentos: [{ item: 1, codigo: '30909031', dataRealizacao: '2026-11-02' }],
    });
    expect(area.data[guiaRecordKey(SERPRO, '1')]).toBe(
      '6|345474|1|xml|2026-11-03|2027-05-02|sp-sadt|2026-11-02|0||2026-12-30||||1|0.30000000000000004|08,03' +
        '|30909031|2026-11-02||||',
    );
    expect(area.data).not.toHaveProperty(guiaRecordKey(SERPRO, '2'));
    expect(area.data).not.toHaveProperty(guiaRecordKey(SERPRO, '3'));
    // A record with no facts at all keeps none.
    const { v: _va, ...semFatos } = autorizacao;
    expect(await store.autorizacao(SERPRO, '9', HOJE)).toEqual({
      ...semFatos,
      gravadaEm: '2026-11-03',
      expiraEm: '2027-05-02',
    });
    expect(area.data[guiaRecordKey(SERPRO, '9', 'autorizacao')]).toBe(
      '6|345474|9|autorizacao|2026-11-03|2027-05-02|||||||||||',
    );
  });

  it('brings v4 records (procedures and facts as strings) up to the current layout, writes them back once, drops a broken one alone', async () => {
    // As builds of layout 4 wrote them.
    const v4 = (numero: string, over: Record<string, unknown> = {}) => ({
      v: 4,
      operadora: SERPRO,
      numero,
      origem: 'xml',
      procedimentos: ['81000065|2026-11-02||11|ASAI|O', '70000001||19'],
      fatos: 'odonto|2026-11-02|1|2026-10-30|2026-12-29|2|05|01|3|1234.56|08,03',
      gravadaEm: '2026-11-03',
      expiraEm: '2027-05-02',
      ...over,
    });
    const area = memoryArea({
      [guiaRecordKey(SERPRO, '1')]: v4('1'),
      // The number may hold "|": it stays outside `dados`.
      [guiaRecordKey(SERPRO, 'A|1')]: v4('A|1', { fatos: undefined, procedimentos: [] }),
      [guiaRecordKey(SERPRO, '2')]: v4('2', { fatos: 'odonto|02/11/2026||||||||||' }),
      [guiaRecordKey(SERPRO, '3')]: v4('3', { procedimentos: ['81000065|2026-11-02||11|ASAI|O|X'] }),
      [guiaRecordKey(SERPRO, '4')]: v4('4', { procedimentos: [{ codigo: '81000065' }] }),
      [guiaRecordKey(SERPRO, '5')]: v4('5', { origem: 'popup' }),
      [guiaRecordKey(SERPRO, '6')]: v4('6', { expiraEm: 20270502 }),
      [guiaRecordKey(SERPRO, '7')]: v4('7'),
    });
    const store = createGuiaRecordStore(area);
    const found = await store.lookup(SERPRO, ['1', 'A|1', '2', '3', '4', '5', '6'], HOJE);
    expect([...found.keys()]).toEqual(['1', 'A|1']);
    expect(found.get('1')).toEqual({
      operadora: SERPRO,
      numero: '1',
      origem: 'xml',
      tipo: 'odonto',
      dataAtendimento: '2026-11-02',
      senha: true,
      dataAutorizacao: '2026-10-30',
      dataValidadeSenha: '2026-12-29',
      caraterAtendimento: '2',
      tipoAtendimento: '05',
      regimeAtendimento: '01',
      regimeInternacao: '3',
      valorTotal: 1234.56,
      outrasDespesas: ['08', '03'],
      procedimentos: [
        { item: 1, codigo: '81000065', dataRealizacao: '2026-11-02', dente: '11', regiao: 'ASAI', face: 'O' },
        { item: 2, codigo: '70000001', tabela: '19' },
      ],
      gravadaEm: '2026-11-03',
      expiraEm: '2027-05-02',
    });
    expect(found.get('A|1')).toMatchObject({ numero: 'A|1', procedimentos: [] });
    expect(found.get('A|1')).not.toHaveProperty('tipo');
    // Written back once in the current layout (read again, the same record); the broken ones gone; the one not
    // asked for left.
    expect(area.data[guiaRecordKey(SERPRO, '1')]).toBe(
      '6|345474|1|xml|2026-11-03|2027-05-02|odonto|2026-11-02|1|2026-10-30|2026-12-29|2|05|01|3|1234.56|08,03' +
        '|81000065|2026-11-02||11|ASAI|O|70000001||19|||',
    );
    expect(area.data[guiaRecordKey(SERPRO, 'A|1')]).toBe('6|345474|A%7C1|xml|2026-11-03|2027-05-02|||||||||||');
    expect(readRecord(area.data[guiaRecordKey(SERPRO, '1')])).toEqual(found.get('1'));
    for (const n of ['2', '3', '4', '5', '6']) expect(area.data).not.toHaveProperty(guiaRecordKey(SERPRO, n));
    expect(area.data[guiaRecordKey(SERPRO, '7')]).toMatchObject({ v: 4 });
    // The options page counts them as before, the prune bringing up the rest.
    expect(await store.summary(HOJE)).toEqual({ quantidade: 3, desde: '2026-11-03' });
    expect(await store.prune(HOJE)).toBe(0);
    expect(area.data[guiaRecordKey(SERPRO, '7')]).toMatch(ATUAL);
  });

  it('brings v5 records (an object of 4 keys) up to the current layout (one string), drops a broken one alone', async () => {
    // As builds of layout 5 wrote them.
    const dados = 'xml|2026-11-03|2027-05-02|sp-sadt|2026-11-02|1|||||01||250||30909031|2026-11-02||||';
    const v5 = (numero: string, over: Record<string, unknown> = {}) => ({
      v: 5,
      operadora: SERPRO,
      numero,
      dados,
      ...over,
    });
    const area = memoryArea({
      [guiaRecordKey(SERPRO, '1')]: v5('1'),
      // Any character in the number or the operadora's key: "|" and "%" escaped in the string, given back as they were.
      [guiaRecordKey('chave|%7C', '100%|2')]: v5('100%|2', { operadora: 'chave|%7C' }),
      [guiaRecordKey(SERPRO, '3')]: v5('3', { dados: dados.replace('2026-11-03', '03/11/2026') }),
      [guiaRecordKey(SERPRO, '4')]: v5('4', { dados: undefined }),
      [guiaRecordKey(SERPRO, '5')]: v5('5', { numero: 5 }),
      [guiaRecordKey(SERPRO, '6')]: v5('6', { numero: '6'.repeat(31) }),
      [guiaRecordKey(SERPRO, '7')]: v5('7'),
    });
    const store = createGuiaRecordStore(area);
    const found = await store.lookup(SERPRO, ['1', '3', '4', '5', '6'], HOJE);
    expect([...found.keys()]).toEqual(['1']);
    expect(found.get('1')).toEqual({
      operadora: SERPRO,
      numero: '1',
      origem: 'xml',
      tipo: 'sp-sadt',
      dataAtendimento: '2026-11-02',
      senha: true,
      regimeAtendimento: '01',
      valorTotal: 250,
      procedimentos: [{ item: 1, codigo: '30909031', dataRealizacao: '2026-11-02' }],
      gravadaEm: '2026-11-03',
      expiraEm: '2027-05-02',
    });
    expect(area.data[guiaRecordKey(SERPRO, '1')]).toBe(`6|${SERPRO}|1|${dados}`);
    for (const n of ['3', '4', '5', '6']) expect(area.data).not.toHaveProperty(guiaRecordKey(SERPRO, n));
    const livre = await store.lookup('chave|%7C', ['100%|2'], HOJE);
    expect(livre.get('100%|2')).toMatchObject({ operadora: 'chave|%7C', numero: '100%|2', valorTotal: 250 });
    expect(area.data[guiaRecordKey('chave|%7C', '100%|2')]).toBe(`6|chave%7C%257C|100%25%7C2|${dados}`);
    // The options page counts the kept ones as before; the prune brings up the one not asked for.
    expect(await store.summary(HOJE)).toEqual({ quantidade: 3, desde: '2026-11-03' });
    expect(await store.prune(HOJE)).toBe(0);
    expect(area.data[guiaRecordKey(SERPRO, '7')]).toBe(`6|${SERPRO}|7|${dados}`);
  });

  it('keeps every fact and every procedure field through the stored string, and refuses a fact holding "|" at write', () => {
    const cheios = {
      tipo: 'honorarios' as const,
      dataAtendimento: '2026-11-02',
      senha: true,
      dataAutorizacao: '2026-10-30',
      dataValidadeSenha: '2026-12-29',
      caraterAtendimento: '2',
      tipoAtendimento: '05',
      regimeAtendimento: '01',
      regimeInternacao: '3',
      outrasDespesas: ['08'],
      valorTotal: 1e21,
    };
    const cheio = { codigo: '81000065', data: '2026-11-02', tabela: '98', dente: '11', regiao: 'ASAI', face: 'OV' };
    const procedimentos = [
      cheio,
      { codigo: '10101012' },
      { codigo: '70000001', tabela: '19' },
      { codigo: 'A', face: 'O' },
    ];
    const base = { operadora: SERPRO, numero: '1', origem: 'xml' as const };
    for (const f of [
      cheios,
      { senha: false },
      { valorTotal: 0 },
      { valorTotal: 1234.56 },
      { tipo: 'odonto' as const },
      {},
    ])
      for (const procs of [[], procedimentos]) {
        const rec = readRecord(toGuiaRecord({ ...base, ...f, procedimentos: procs }, { hoje: HOJE }))!;
        expect(rec).toEqual({
          ...base,
          ...f,
          procedimentos: procs.map(({ data, ...p }, i) => ({
            item: i + 1,
            ...p,
            ...(data ? { dataRealizacao: data } : {}),
          })),
          gravadaEm: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          expiraEm: '2027-05-19',
        });
      }
    for (const barra of [{ caraterAtendimento: '|' }, { outrasDespesas: ['0|'] }, { regimeInternacao: '1|' }])
      expect(toGuiaRecord({ ...base, ...barra, procedimentos: [] } as GuiaRecordInput, { hoje: HOJE })).toBeUndefined();
  });

  it('drops a corrupt record of the current layout alone and refuses a procedure field holding "|" at write', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    await store.save(
      ['1', '2'].map((n) => recordInputFromGuia(guiaXml(n), SERPRO, 'xml')),
      { hoje: HOJE },
    );
    const k2 = guiaRecordKey(SERPRO, '2');
    const bom = area.data[k2] as string;
    expect(bom).toMatch(
      /^6\|345474\|2\|xml\|\d{4}-\d{2}-\d{2}\|2027-05-19\|sp-sadt\|.*\|30909031\|2026-11-02\|\|\|\|$/,
    );
    const ruins: unknown[] = [
      bom.replace('2026-11-02||||', '02/11/2026||||'),
      // A procedure with a field too many or too few: the fields after it would shift.
      `${bom}|`,
      bom.slice(0, -1),
      bom.replace('|30909031|', '||'),
      bom.replace('sp-sadt', 'sadt'),
      bom.replace('|1|2026-10-30', '|sim|2026-10-30'),
      bom.replace('|250|', '|-5|'),
      bom.replace('|xml|', '|popup|'),
      bom.replace(/\|xml\|[^|]*/, '|xml|'),
      // The number: empty, spaces at an end, a "%" not escaping "%" or "|", longer than 30 once unescaped.
      bom.replace('|2|', '||'),
      bom.replace('|2|', '| 2|'),
      bom.replace('|2|', '|2%|'),
      bom.replace('|2|', '|2%7|'),
      bom.replace('|2|', `|${'%7C'.repeat(31)}|`),
      bom.replace('6|', '7|'),
      bom.replace('6|', ''),
      { v: 6, operadora: SERPRO, numero: '2', dados: bom.slice(11) },
      undefined,
      42,
    ];
    for (const ruim of ruins) {
      expect(ruim).not.toBe(bom);
      area.data[k2] = ruim;
      const found = await store.lookup(SERPRO, ['1', '2'], HOJE);
      expect([...found.keys()]).toEqual(['1']);
      expect(area.data).not.toHaveProperty(k2);
    }
    // A number of 30 characters, all of them "|": 90 stored, kept.
    area.data[guiaRecordKey(SERPRO, '|'.repeat(30))] = bom.replace('|2|', `|${'%7C'.repeat(30)}|`);
    expect([...(await store.lookup(SERPRO, ['1', '|'.repeat(30)], HOJE)).keys()]).toEqual(['1', '|'.repeat(30)]);
    const barra = guiaXml('5', { procedimentos: [{ item: 1, codigo: '3090|9031', dataRealizacao: '2026-11-02' }] });
    expect(await store.save([recordInputFromGuia(barra, SERPRO, 'xml')], { hoje: HOJE })).toBe(0);
  });

  it('keeps 10,000 guias in less than 5 MB of storage', () => {
    // Long numbers, up to 5 procedures each with their dates, every optional fact given.
    const inputs = Array.from({ length: MAX_GUIA_RECORDS }, (_, i) =>
      recordInputFromGuia(
        guiaXml(String(100_000_000_000 + i), {
          dataValidadeSenha: '2026-12-30',
          tipoAtendimento: '05',
          regimeInternacao: '1',
          valorTotal: 123_456.78,
          procedimentos: Array.from({ length: 1 + (i % 5) }, (_, j) => ({
            item: j + 1,
            codigo: String(30_909_031 + j),
            tabela: j % 2 ? '22' : '98',
            dataRealizacao: '2026-11-02',
          })),
        }),
        SERPRO,
        'xml',
      ),
    );
    // storage.local keeps each item as its key and its JSON (what the store's save writes, record by record).
    let bytes = 0;
    for (const input of inputs) {
      const rec = toGuiaRecord(input, { hoje: HOJE })!;
      bytes += guiaRecordKey(input.operadora, input.numero).length + JSON.stringify(rec).length;
    }
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('drops a record whose version has no way up, and one from a newer build', () => {
    const current = toGuiaRecord(recordInputFromGuia(guiaXml('7'), SERPRO, 'xml'), { hoje: HOJE })!;
    expect(readRecord(current)?.numero).toBe('7');
    const resto = current.slice(current.indexOf('|'));
    expect(readRecord(`0${resto}`)).toBeUndefined();
    expect(readRecord(`${GUIA_RECORD_VERSION + 1}${resto}`)).toBeUndefined();
    expect(readRecord({ v: 0, operadora: SERPRO, numero: '7' })).toBeUndefined();
    expect(readRecord({ v: '2', operadora: SERPRO, numero: '7' })).toBeUndefined();
  });

  it('refuses a guia that cannot be kept and keeps the count bounded, oldest out first', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    const enorme = guiaXml('X', {
      procedimentos: Array.from({ length: 201 }, (_, i) => ({ item: i + 1, codigo: '10101012' })),
    });
    expect(await store.save([recordInputFromGuia(enorme, SERPRO, 'xml')], { hoje: HOJE })).toBe(0);
    for (let i = 0; i < 5; i++)
      await store.save([recordInputFromGuia(guiaXml(`G${i}`), SERPRO, 'xml')], {
        hoje: HOJE,
        agora: new Date(Date.UTC(2026, 10, 1 + i)),
      });
    expect(await store.prune(HOJE, 3)).toBe(2);
    expect([...(await store.lookup(SERPRO, ['G0', 'G1', 'G2', 'G3', 'G4'], HOJE)).keys()].sort()).toEqual([
      'G2',
      'G3',
      'G4',
    ]);
  });

  it('keeps a guia saved again while the prune reads every record, though it had read it as the oldest', async () => {
    const area = memoryArea();
    // The prune's read of every record gives what was stored when it asked, but only once let through.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let reading = false;
    const store = createGuiaRecordStore({
      ...area,
      async get(keys) {
        const snapshot = area.get(keys);
        if (keys == null) {
          reading = true;
          await held;
        }
        return snapshot;
      },
    });
    for (let i = 0; i < 5; i++)
      await store.save([recordInputFromGuia(guiaXml(`G${i}`), SERPRO, 'xml')], {
        hoje: HOJE,
        agora: new Date(Date.UTC(2026, 10, 1 + i, 15)),
      });
    const pruning = store.prune(HOJE, 3);
    await until(() => expect(reading).toBe(true));
    // G0, the oldest when read, typed again in Digitar Guia meanwhile (another part of the extension).
    await store.save([recordInputFromGuia(guiaXml('G0'), SERPRO, 'digitada')], {
      hoje: HOJE,
      agora: new Date('2026-11-20T12:00:00-03:00'),
    });
    release();
    expect(await pruning).toBe(1);
    const kept = await store.lookup(SERPRO, ['G0', 'G1', 'G2', 'G3', 'G4'], HOJE);
    expect([...kept.keys()].sort()).toEqual(['G0', 'G2', 'G3', 'G4']);
    expect(kept.get('G0')).toMatchObject({ origem: 'digitada', gravadaEm: '2026-11-20' });
    // The next prune brings the count down to the bound.
    expect(await store.prune(HOJE, 3)).toBe(1);
    expect([...(await store.lookup(SERPRO, ['G0', 'G2', 'G3', 'G4'], HOJE)).keys()].sort()).toEqual(['G0', 'G3', 'G4']);
  });

  it('keeps at most 10,000 guias when pruned as the background does (no limit given): the oldest goes', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    await store.save([recordInputFromGuia(guiaXml('ANTIGA'), SERPRO, 'xml')], {
      hoje: HOJE,
      agora: new Date('2026-11-01T12:00:00Z'),
    });
    const numeros = Array.from({ length: MAX_GUIA_RECORDS }, (_, i) => String(100_000 + i));
    await store.save(
      numeros.map((n) => recordInputFromGuia(guiaXml(n), SERPRO, 'xml')),
      { hoje: HOJE, agora: new Date('2026-11-02T12:00:00Z') },
    );
    expect(await store.prune(HOJE)).toBe(1);
    expect((await store.summary(HOJE)).quantidade).toBe(10_000);
    expect((await store.lookup(SERPRO, ['ANTIGA', numeros[0]!, numeros.at(-1)!], HOJE)).size).toBe(2);
    expect(await store.lookup(SERPRO, ['ANTIGA'], HOJE)).toHaveProperty('size', 0);
  });

  it('says how many guias are kept and since when, and erases them all on request', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    await createStore(area).write({ bloquearEnvioComErros: true });
    await store.save([recordInputFromGuia(guiaXml('1'), SERPRO, 'xml')], {
      hoje: HOJE,
      agora: new Date('2026-11-03T10:00:00Z'),
    });
    await store.save([recordInputFromGuia(guiaXml('2'), SERPRO, 'digitada')], { hoje: HOJE });
    expect(await store.summary(HOJE)).toEqual({ quantidade: 2, desde: '2026-11-03' });
    expect(await store.clear()).toBe(2);
    expect(await store.summary(HOJE)).toEqual({ quantidade: 0 });
    expect((await createStore(area).read()).bloquearEnvioComErros).toBe(true);
  });

  it("dates a guia kept late in the evening by the clerk's day, not UTC's (the options page's \"desde\")", async () => {
    const store = createGuiaRecordStore(memoryArea());
    // 3 Nov, 21:30 in São Paulo: already 4 Nov in UTC.
    await store.save([recordInputFromGuia(guiaXml('1'), SERPRO, 'xml')], {
      hoje: '2026-11-03',
      agora: new Date('2026-11-03T21:30:00-03:00'),
    });
    expect(await store.summary('2026-11-03')).toEqual({ quantidade: 1, desde: '2026-11-03' });
  });

  it('lets the pack rules see a lote-page guia through its record (anexos of hemodiálise)', async () => {
    const serpro = defaultPacks.find((p) => p.operadora.registroAns === SERPRO)!;
    const store = createGuiaRecordStore(memoryArea());
    await store.save([recordInputFromGuia(guiaXml('52513'), SERPRO, 'digitada')], { hoje: HOJE });
    // What the lote page shows of a guia: its number and values only.
    const linha: Guia = { numero: '52513', tipo: 'sp-sadt', procedimentos: [], outrasDespesas: [], anexos: [] };
    const sem = runRules(serpro, { hoje: HOJE, acao: 'fechar-lote', guias: [linha] });
    expect(sem.filter((f) => f.where.field === 'Anexos')).toEqual([]);
    const rec = (await store.lookup(SERPRO, ['52513'], HOJE)).get('52513')!;
    const com = runRules(serpro, { hoje: HOJE, acao: 'fechar-lote', guias: [joinGuia(linha, rec)] });
    const faltando = com.filter((f) => f.where.guia === '52513' && f.where.field === 'Anexos');
    expect(faltando.map((f) => f.message).join('\n')).toMatch(/Hemodiálise.*Folha de hemodiálise/);
    // Typed in Digitar Guia (no senha field there): not reported as missing its senha.
    expect(com.filter((f) => f.where.field === 'senha')).toEqual([]);
  });
});
