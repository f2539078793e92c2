import { describe, expect, it } from 'vitest';
import { createStore, defaultState, STORAGE_SCHEMA_VERSION } from './storage.ts';
import { memoryArea } from './test-support.ts';

const profile = {
  id: 'p1',
  rotulo: 'Dra. Ana',
  nome: 'Ana Souza',
  conselho: 'CRM',
  numeroConselho: '12345',
  uf: 'SP',
  cbo: '225125',
  cnes: '1234567',
  contratadoExecutante: 'Clínica X',
};

describe('storage', () => {
  it('gives defaults on an empty store (fresh install)', async () => {
    const store = createStore(memoryArea());
    expect(await store.read()).toEqual(defaultState());
  });

  it('migrates the v1 layout (one operadora, list of switched-off features) and writes it back', async () => {
    const area = memoryArea({
      schemaVersion: 1,
      operadora: '419133',
      featuresDesligadas: ['lote-size'],
      autofillProfiles: [profile],
    });
    const state = await createStore(area).read();
    expect(state.operadoras).toEqual(['419133']);
    expect(state.features).toEqual({ 'lote-size': false });
    expect(state.autofillProfiles).toEqual([profile]);
    expect(area.data.schemaVersion).toBe(STORAGE_SCHEMA_VERSION);
    expect(area.data).not.toHaveProperty('operadora');
    expect(area.data).not.toHaveProperty('featuresDesligadas');
  });

  it('keeps the good parts of a corrupted store instead of wiping it', async () => {
    const area = memoryArea({
      schemaVersion: STORAGE_SCHEMA_VERSION,
      workerUrl: 'javascript:alert(1)',
      operadoras: ['419133', 'Não!', 7],
      bloquearEnvioComErros: 'sim',
      autofillProfiles: [profile, { id: 'quebrado' }],
      packs: { '419133': { envelope: 'lixo' } },
      lastSync: 42,
    });
    const state = await createStore(area).read();
    expect(state.workerUrl).toBeUndefined();
    expect(state.operadoras).toEqual(['419133']);
    expect(state.bloquearEnvioComErros).toBe(false);
    expect(state.autofillProfiles).toEqual([profile]);
    expect(state.packs).toEqual({});
    expect(state.lastSync.status).toBe('nunca');
  });

  it('does not crash on a store written by a newer build; keeps what still parses', async () => {
    const state = await createStore(memoryArea({ schemaVersion: 99, operadoras: ['419133'], novoCampo: 1 })).read();
    expect(state.operadoras).toEqual(['419133']);
    expect(state.schemaVersion).toBe(STORAGE_SCHEMA_VERSION);
  });

  it('survives a storage area that throws on read', async () => {
    const area = memoryArea();
    area.get = async () => {
      throw new Error('IO');
    };
    expect(await createStore(area).read()).toEqual(defaultState());
  });

  it('writes only the given keys, validated, and removes an unset worker URL', async () => {
    const area = memoryArea();
    const store = createStore(area);
    await store.write({ workerUrl: 'https://tiss.example.org', operadoras: ['419133'] });
    expect((await store.read()).workerUrl).toBe('https://tiss.example.org');
    await store.write({ workerUrl: undefined });
    expect(area.data).not.toHaveProperty('workerUrl');
    expect((await store.read()).operadoras).toEqual(['419133']);
    await expect(store.write({ operadoras: ['12'] })).rejects.toThrow();
    await expect(store.write({ workerUrl: 'ftp://x' })).rejects.toThrow();
  });

  it('tells watchers about changes with the whole state', async () => {
    const area = memoryArea();
    const store = createStore(area, area);
    const seen: boolean[] = [];
    const done = new Promise<void>((resolve) => {
      const stop = store.watch((s) => {
        seen.push(s.bloquearEnvioComErros);
        stop();
        resolve();
      });
    });
    await store.write({ bloquearEnvioComErros: true });
    await done;
    expect(seen).toEqual([true]);
  });

  it('gives the content script the settings it asks for without loading the stored packs, and writes nothing', async () => {
    const area = memoryArea({
      schemaVersion: 1,
      operadora: '419133',
      bloquearEnvioComErros: true,
      packs: { '345474': { envelope: 'não é um envelope', sequence: 3, verifiedAt: '' } },
    });
    const asked: unknown[] = [];
    let writes = 0;
    const spy = {
      ...area,
      get: (keys?: null | string | string[]) => {
        asked.push(keys);
        return area.get(keys);
      },
      set: async (items: Record<string, unknown>) => {
        writes++;
        await area.set(items);
      },
    };
    const s = await createStore(spy).readKeys(['operadoras', 'bloquearEnvioComErros', 'features']);
    // The older layout is read through its migration (the background writes it back, not the page).
    expect(s).toEqual({ operadoras: ['419133'], bloquearEnvioComErros: true, features: {} });
    expect(asked.flat()).not.toContain('packs');
    expect(writes).toBe(0);
    expect(area.data.operadora).toBe('419133');
  });

  it('tells the content script a settings key or a synced pack changed, not a guia record', async () => {
    const area = memoryArea();
    const store = createStore(area, area);
    let calls = 0;
    const stop = store.onChange(() => calls++);
    await area.set({ 'guia:345474:1': { v: 2 } });
    expect(calls).toBe(0);
    await area.set({ packs: {} });
    await store.write({ bloquearEnvioComErros: true });
    expect(calls).toBe(2);
    stop();
    await store.write({ bloquearEnvioComErros: false });
    expect(calls).toBe(2);
  });
});
