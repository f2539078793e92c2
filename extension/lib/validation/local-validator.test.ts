import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPacks } from '../../../shared/packs/index.ts';
import { createGuiaRecordStore } from '../guia-records/store.ts';
import { memoryArea } from '../test-support.ts';
import { localValidator } from './local-validator.ts';

describe('local validator: guias of a checked XML, for the kept records', () => {
  it('gives every guia of the XML with its billing facts, and nothing of the beneficiário', async () => {
    const file = 'test/fixtures/tiss/valid/consulta-3-guias.xml';
    const bytes = new Uint8Array(readFileSync(file));
    const out = await localValidator(bytes, { packs: defaultPacks, hoje: '2026-11-20', fileName: 'lote.xml' });
    const numeros = [...readFileSync(file, 'latin1').matchAll(/numeroGuiaPrestador>(\w+)</g)].map((m) => m[1]);
    expect(out.guias?.map((g) => g.numero)).toEqual(numeros);
    expect(out.guias?.every((g) => g.operadora === '345474' && g.origem === 'xml' && g.procedimentos.length > 0)).toBe(
      true,
    );
    const area = memoryArea();
    expect(await createGuiaRecordStore(area).save(out.guias!, { hoje: '2026-11-20' })).toBe(3);
    const text = readFileSync(file, 'latin1');
    const carteiras = [...text.matchAll(/<ans:numeroCarteira>(\d+)</g)].map((m) => m[1]!);
    expect(carteiras).toHaveLength(3);
    const stored = JSON.stringify(area.data);
    for (const c of carteiras) expect(stored).not.toContain(c);
    expect(stored).not.toMatch(/BENEFICIARIO/i);
  });
});
