// Pesquisa de Guias as 004 § 6 prints it (Data Solicit/Digitação | Nº Guia Prestador | Tipo | Situação |
// Beneficiário | Operadora), FUNSSEST from 90 days ago (71790 valid senha, 71791 senha past its validade, 71793 Em
// análise, 71794 Não solicitada), FUNSSEST's pack (60 days, 003 Q22), hoje 20/11/2026.
import { afterEach, describe, expect, it } from 'vitest';
import { recordInputFromAutorizacao } from '../../lib/guia-records/from-guia.ts';
import { guiaRecordKey } from '../../lib/guia-records/schema.ts';
import { createGuiaRecordStore, type GuiaRecordStore } from '../../lib/guia-records/store.ts';
import type { StorageAreaLike } from '../../lib/storage.ts';
import { memoryArea } from '../../lib/test-support.ts';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';
import { SNAPSHOT_HOJE } from '../testing/snapshots.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const FUNSSEST = '330809';
const autorizacaoKey = (numero: string) => guiaRecordKey(FUNSSEST, numero, 'autorizacao');
const naLinha = (r: ContentRun, numero: string) =>
  r.hosts().filter((h) => h.closest('tr')?.querySelectorAll('td')[2]?.textContent?.trim() === numero);

/** Records as senha-autorizacao keeps them when the Detalhes da Guia of each was opened. */
async function guardadas(
  ...autorizacoes: { numero: string; dataAutorizacao: string; dataValidadeSenha: string; senha?: boolean }[]
): Promise<GuiaRecordStore> {
  return guardadasEm(memoryArea(), ...autorizacoes);
}

async function guardadasEm(
  area: StorageAreaLike,
  ...autorizacoes: { numero: string; dataAutorizacao: string; dataValidadeSenha: string; senha?: boolean }[]
): Promise<GuiaRecordStore> {
  const store = createGuiaRecordStore(area);
  await store.save(
    autorizacoes.map((a) => recordInputFromAutorizacao({ senha: true, ...a }, FUNSSEST)),
    { hoje: SNAPSHOT_HOJE },
  );
  return store;
}

const abrir = (store: GuiaRecordStore, snapshot = 'pesquisa-guias-funssest') =>
  runContent(snapshot, '/Guias/PesquisaGuias/Index', {}, undefined, undefined, { guiaRecords: store });

describe('pesquisa-guias-senha', () => {
  it('warns in the row of an Autorizada guia whose kept senha is past its validade; not the valid one', async () => {
    const store = await guardadas(
      { numero: '71791', dataAutorizacao: '2026-09-11', dataValidadeSenha: '2026-11-10' },
      { numero: '71790', dataAutorizacao: '2026-10-31', dataValidadeSenha: '2026-12-30' },
    );
    run = await abrir(store);
    const [aviso, ...mais] = naLinha(run, '71791');
    expect(mais).toEqual([]);
    expect(shownText(aviso!)).toContain(
      'Guia 71791: a senha venceu em 10/11/2026 (autorizada em 11/09/2026; vale até 60 dias)',
    );
    expect(shownText(aviso!)).toMatch(/^Atenção/);
    // In the Situação cell, where "Autorizada" is read.
    expect(aviso!.closest('td')?.textContent).toContain('Autorizada');
    expect(naLinha(run, '71790')).toEqual([]);
    expect(run.texts().join('\n')).not.toMatch(/Erro/);
  });

  it('reads the records of all the Autorizada rows in one storage read, not one per row', async () => {
    const area = memoryArea();
    const store = await guardadasEm(
      area,
      { numero: '71791', dataAutorizacao: '2026-09-11', dataValidadeSenha: '2026-11-10' },
      { numero: '71790', dataAutorizacao: '2026-09-15', dataValidadeSenha: '2026-12-30' },
    );
    const leituras: string[][] = [];
    const get = area.get.bind(area);
    area.get = (keys) => {
      leituras.push(typeof keys === 'string' ? [keys] : [...(keys ?? [])]);
      return get(keys);
    };
    run = await abrir(store);
    // Both rows are checked (each its own warning), from reads that each asked for both rows' records.
    expect(naLinha(run, '71791')).toHaveLength(1);
    expect(naLinha(run, '71790')).toHaveLength(1);
    expect(leituras.length).toBeGreaterThan(0);
    for (const chaves of leituras) expect(chaves.sort()).toEqual([autorizacaoKey('71790'), autorizacaoKey('71791')]);
  });

  it('counts 60 days from the Data da Autorização when the Validade kept is later (003 Q22)', async () => {
    const store = await guardadas({ numero: '71790', dataAutorizacao: '2026-09-15', dataValidadeSenha: '2026-12-30' });
    run = await abrir(store);
    expect(shownText(naLinha(run, '71790')[0]!)).toContain('a senha venceu em 14/11/2026');
  });

  it('says nothing for rows without a record (Detalhes never opened), nor without a senha, nor not Autorizada', async () => {
    const store = await guardadas(
      { numero: '71790', dataAutorizacao: '2026-08-01', dataValidadeSenha: '2026-09-30', senha: false },
      // A record for a row still "Em análise" (e.g. kept before it changed): the grid's situação decides.
      { numero: '71793', dataAutorizacao: '2026-08-01', dataValidadeSenha: '2026-09-30' },
    );
    run = await abrir(store);
    expect(run.texts()).toEqual([]);
  });

  it('follows the grid: a row that becomes Autorizada in place is checked on the re-run', async () => {
    const store = await guardadas({ numero: '71793', dataAutorizacao: '2026-08-01', dataValidadeSenha: '2026-09-30' });
    run = await abrir(store);
    expect(naLinha(run, '71793')).toEqual([]);
    const celula = [...run.document.querySelectorAll('bc-smart-table tr')]
      .find((tr) => tr.querySelectorAll('td')[2]?.textContent?.trim() === '71793')!
      .querySelectorAll('td')[4]!;
    celula.textContent = 'Autorizada';
    await run.settle();
    expect(shownText(naLinha(run, '71793')[0]!)).toContain('a senha venceu em 30/09/2026');
  });

  it("uses the page's operadora's pack: IPAM's has no validade-senha rule, so nothing is read or shown", async () => {
    const store = createGuiaRecordStore(memoryArea());
    let lidas = 0;
    const contando = {
      ...store,
      autorizacao: (...a: Parameters<GuiaRecordStore['autorizacao']>) => {
        lidas++;
        return store.autorizacao(...a);
      },
      lookup: (...a: Parameters<GuiaRecordStore['lookup']>) => {
        lidas++;
        return store.lookup(...a);
      },
    };
    run = await runContent('pesquisa-guias-selecionada', '/Guias/PesquisaGuias/Index', {}, undefined, undefined, {
      guiaRecords: contando,
    });
    expect(run.texts()).toEqual([]);
    expect(lidas).toBe(0);
  });
});
