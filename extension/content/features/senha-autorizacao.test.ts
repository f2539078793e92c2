// The autorização's Detalhes da Guia as 004 § 6 prints it (Dados da Autorização: Data da Autorização, Senha,
// Validade), FUNSSEST autorizações of the mock (60 days, 003 Q22), hoje 20/11/2026, the header still on PASA.
import { afterEach, describe, expect, it } from 'vitest';
import { guiaRecordKey } from '../../lib/guia-records/schema.ts';
import { createGuiaRecordStore, watchGuiaRecords } from '../../lib/guia-records/store.ts';
import { memoryArea } from '../../lib/test-support.ts';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';
import { SNAPSHOT_HOJE } from '../testing/snapshots.ts';

let run: ContentRun | undefined;
afterEach(() => run?.stop());

const campo = (r: ContentRun, rotulo: string) =>
  [...r.document.querySelectorAll('.bc-campo')].find((c) => c.querySelector('label')?.textContent === rotulo)!;

describe('senha-autorizacao', () => {
  it("warns next to the Validade of a senha already past it, with FUNSSEST's 60 days (the page's operadora, not the header's)", async () => {
    run = await runContent('autorizacao-senha-vencida', '/Guias/Autorizacao/Detalhes/71791');
    const aviso = run.hosts().find((h) => campo(run!, 'Validade').contains(h));
    expect(shownText(aviso!)).toContain(
      'Guia 71791: a senha venceu em 10/11/2026 (autorizada em 11/09/2026; vale até 60 dias)',
    );
    expect(shownText(aviso!)).toMatch(/Atenção/);
    expect(shownText(aviso!)).not.toMatch(/Erro/);
  });

  it('says nothing while the senha is valid', async () => {
    run = await runContent('autorizacao-senha-valida', '/Guias/Autorizacao/Detalhes/71790');
    expect(run.texts().join('\n')).not.toMatch(/senha venceu/);
  });

  it('counts from the page: a Validade printed earlier than the 60 days wins', async () => {
    run = await runContent('autorizacao-senha-valida', '/Guias/Autorizacao/Detalhes/71790');
    campo(run, 'Validade').querySelector('p')!.textContent = '19/11/2026';
    await run.settle();
    expect(shownText(run.hosts().find((h) => campo(run!, 'Validade').contains(h))!)).toContain(
      'a senha venceu em 19/11/2026',
    );
  });

  it("keeps the senha's dates under the autorização's Nº Guia Prestador for the cobrança that references it; not the senha, not the beneficiário", async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    run = await runContent('autorizacao-senha-valida', '/Guias/Autorizacao/Detalhes/71790', {}, undefined, undefined, {
      guiaRecords: store,
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(await store.autorizacao('330809', '71790', SNAPSHOT_HOJE)).toMatchObject({
      origem: 'autorizacao',
      senha: true,
      dataAutorizacao: '2026-10-31',
      dataValidadeSenha: '2026-12-30',
      procedimentos: [],
    });
    // Its own key: a lote row numbered 71790 is not "checked" by an autorização.
    expect((await store.lookup('330809', ['71790'], SNAPSHOT_HOJE)).size).toBe(0);
    const senha = campo(run, 'Senha').querySelector('p')!.textContent!;
    expect(JSON.stringify(area.data)).not.toContain(senha);
    expect(JSON.stringify(area.data)).not.toMatch(/BENEFICIARIO/);
  });

  it('keeps it again when the guias are erased in the options while the page stays open; an unrelated change writes nothing', async () => {
    const area = memoryArea();
    const store = createGuiaRecordStore(area);
    const writes: string[] = [];
    watchGuiaRecords(area, (keys) => writes.push(...keys));
    run = await runContent('autorizacao-senha-valida', '/Guias/Autorizacao/Detalhes/71790', {}, undefined, undefined, {
      guiaRecords: store,
      watchGuiaRecords: (onChange) => watchGuiaRecords(area, onChange),
    });
    const mantida = async () => (await store.autorizacao('330809', '71790', SNAPSHOT_HOJE))?.dataValidadeSenha;
    for (let i = 0; i < 100 && !(await mantida()); i++) await new Promise((r) => setTimeout(r, 10));
    expect(await mantida()).toBe('2026-12-30');
    await new Promise((r) => setTimeout(r, 50)); // the re-run its own write brings: read back, not written again
    writes.length = 0;
    run.document.body.append(Object.assign(run.document.createElement('p'), { textContent: 'Voltar' }));
    await run.settle();
    expect(writes).toEqual([]);
    // "Apagar dados de guias" in the options page (another page, the same storage).
    await createGuiaRecordStore(area).clear();
    await run.settle();
    for (let i = 0; i < 100 && !(await mantida()); i++) await new Promise((r) => setTimeout(r, 10));
    expect(await mantida()).toBe('2026-12-30');
    // Its own write is heard too, and read back: kept once, not in a loop.
    await new Promise((r) => setTimeout(r, 50));
    const chave = guiaRecordKey('330809', '71790', 'autorizacao');
    expect(writes).toEqual([chave, chave]); // erased, kept again
  });
});
