import { describe, expect, it } from 'vitest';
import { defaultPacks } from '../../shared/packs/index.ts';
import { resolveActivePack } from './active-pack.ts';
import type { StoredPack } from './storage.ts';

const pasa = defaultPacks.find((p) => p.operadora.registroAns === '331988')!;

/** A synced PASA pack whose rules say how often they were read (a parse reads them). */
function synced(sequence: number, versao: string): { stored: StoredPack; reads: () => number } {
  let reads = 0;
  const pack = new Proxy(structuredClone({ ...pasa, versao }) as Record<string, unknown>, {
    get(target, prop, receiver) {
      if (prop === 'regras') reads++;
      return Reflect.get(target, prop, receiver);
    },
  });
  const envelope = { ans: '331988', pack, sequence, publishedAt: 'x', keyId: 'k', signature: `sig-${sequence}` };
  return { stored: { envelope, sequence, verifiedAt: 'x' }, reads: () => reads };
}

describe('active pack', () => {
  it('parses a synced pack once however many pages ask, and again once a newer one is synced', () => {
    const v7 = synced(7, '7.0.0');
    for (let i = 0; i < 5; i++)
      expect(resolveActivePack('331988', { packs: { '331988': v7.stored } }, defaultPacks)).toMatchObject({
        origem: 'sincronizado',
        sequence: 7,
        pack: { versao: '7.0.0' },
      });
    expect(v7.reads()).toBeGreaterThan(0);
    const afterFirst = v7.reads();
    expect(resolveActivePack('331988', { packs: { '331988': v7.stored } }, defaultPacks)).toMatchObject({
      pack: { versao: '7.0.0' },
    });
    expect(v7.reads()).toBe(afterFirst);
    const v8 = synced(8, '8.0.0');
    expect(resolveActivePack('331988', { packs: { '331988': v8.stored } }, defaultPacks)).toMatchObject({
      sequence: 8,
      pack: { versao: '8.0.0' },
    });
    expect(v8.reads()).toBeGreaterThan(0);
  });
});
