// A guia typed while the header named another operadora (or whose XML went to another registro ANS) has its
// facts kept under that operadora: on the lote of PAS SERPRO it stays "não conferida", and its row says why.
import { afterEach, describe, expect, it } from 'vitest';
import { createGuiaRecordStore } from '../../lib/guia-records/store.ts';
import { memoryArea } from '../../lib/test-support.ts';
import { type ContentRun, runContent, shownText } from '../testing/run-content.ts';
import { loadSnapshot, SNAPSHOT_HOJE } from '../testing/snapshots.ts';

const LOTE_8504 = '/Pagamentos/LotePagamento/Detalhes/8504';
let run: ContentRun | undefined;
afterEach(() => run?.stop());

/** Nº Guia Prestador of each guia row of the saved lote page, in order. */
function numerosDoLote(): string[] {
  const doc = loadSnapshot('lote-aberto-anexos', LOTE_8504);
  return [...doc.querySelectorAll('tr.dataGridRow')].flatMap((tr) =>
    [...tr.children].map((td) => td.textContent?.trim() ?? '').filter((c) => /^\d{5}$/.test(c)),
  );
}

const rowOf = (r: ContentRun, numero: string) =>
  [...r.document.querySelectorAll('tr.dataGridRow')].find((tr) => tr.textContent?.includes(numero))!;

describe('guia-outra-operadora', () => {
  it('names, in its row, the operadora a não-conferida guia was kept under', async () => {
    const [primeira, segunda] = numerosDoLote();
    const store = createGuiaRecordStore(memoryArea());
    const guia = { numero: primeira!, tipo: 'sp-sadt' as const, origem: 'digitada' as const };
    await store.save([{ ...guia, operadora: '331988', procedimentos: [{ codigo: '30909031', data: '2026-11-17' }] }], {
      hoje: SNAPSHOT_HOJE,
    });
    run = await runContent('lote-aberto-anexos', LOTE_8504, {}, undefined, undefined, { guiaRecords: store });
    await run.settle();
    const nota = run.hosts().find((h) => shownText(h).includes('guardados para a operadora'));
    expect(nota && shownText(nota)).toContain(
      `Guia ${primeira} não conferida: os dados dela estão guardados para a operadora PASA | 331988`,
    );
    expect(rowOf(run, primeira!).contains(nota!)).toBe(true);
    // A guia kept nowhere gets no such note (the lote summary already names it as not checked).
    expect(rowOf(run, segunda!).textContent).not.toContain('guardados para a operadora');
    expect(run.texts().filter((t) => t.includes('guardados para a operadora'))).toHaveLength(1);
  });

  it("says nothing when the guia is kept under the lote's own operadora (it is checked)", async () => {
    const [primeira] = numerosDoLote();
    const store = createGuiaRecordStore(memoryArea());
    await store.save(
      [
        {
          numero: primeira!,
          tipo: 'sp-sadt',
          origem: 'digitada',
          operadora: '345474',
          procedimentos: [{ codigo: '30909031' }],
        },
      ],
      { hoje: SNAPSHOT_HOJE },
    );
    run = await runContent('lote-aberto-anexos', LOTE_8504, {}, undefined, undefined, { guiaRecords: store });
    await run.settle();
    expect(run.texts().join('\n')).not.toContain('guardados para a operadora');
    expect(run.texts().join('\n')).toContain('Hemodiálise');
  });
});
