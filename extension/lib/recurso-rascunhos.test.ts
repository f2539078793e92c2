import { describe, expect, it } from 'vitest';
import { lerDemonstrativo } from '../../shared/glosas/demonstrativo.ts';
import { criarRascunhos } from '../../shared/glosas/draft.ts';
import { defaultPacks } from '../../shared/packs/index.ts';
import { demonstrativoXml, SAMPLE } from '../../test/support/tiss-demonstrativo.ts';
import { alvoDoPortal, guardarRascunhos, lerRascunhos, RASCUNHOS_KEY } from './recurso-rascunhos.ts';
import { memoryArea } from './test-support.ts';

function drafts() {
  const lido = lerDemonstrativo(demonstrativoXml(SAMPLE).bytes);
  if (!lido.ok) throw new Error('demonstrativo');
  return criarRascunhos(
    lido.demonstrativos,
    defaultPacks.find((p) => p.operadora.chave === 'ipam'),
  );
}

describe('recurso drafts kept for the portal form', () => {
  it('keeps only the included lines, with numbers, codes, values and texts — no beneficiary data', async () => {
    const area = memoryArea();
    const [p1, p2] = drafts();
    const semGuia = { ...p1!, alvos: p1!.alvos.map((a, i) => ({ ...a, incluir: i === 0 })) };
    await guardarRascunhos(area, [semGuia, p2!], new Date('2026-12-01T10:00:00Z'));
    const stored = await lerRascunhos(area);
    expect(Object.keys(stored)).toEqual(['59548', '59549']);
    expect(stored['59548']!.alvos).toEqual([
      {
        nivel: 'item',
        guia: '52476',
        procedimento: '10101012',
        valorGlosado: 8000,
        valorRecursado: 8000,
        justificativas: [{ codigo: '1714', texto: expect.stringContaining('glosa 1714') }],
      },
    ]);
    expect(JSON.stringify(area.data)).not.toContain('0100000165000154');
  });

  it('finds the line of the dialog the portal opened (zero-padded procedure code), and reads damaged storage as none', async () => {
    const area = memoryArea();
    await guardarRascunhos(area, drafts(), new Date());
    const stored = await lerRascunhos(area);
    expect(alvoDoPortal(stored, '59548', '52476', '010101012')?.valorGlosado).toBe(8000);
    expect(alvoDoPortal(stored, '59548', '52477')?.justificativas.map((j) => j.codigo)).toEqual(['1714', '2607']);
    expect(alvoDoPortal(stored, '59549', undefined)?.nivel).toBe('protocolo');
    expect(alvoDoPortal(stored, '99999', '52476')).toBeUndefined();

    const damaged = memoryArea({ [RASCUNHOS_KEY]: { '1': { protocolo: '1', alvos: 'x' } } });
    expect(await lerRascunhos(damaged)).toEqual({});
  });
});
