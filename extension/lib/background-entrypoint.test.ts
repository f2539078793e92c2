// The background entrypoint itself (entrypoints/background.ts; a test file there would be an entrypoint to WXT),
// over a stand-in `browser`: what it does on start-up, install and its alarm.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hojeEmSaoPaulo } from '../../shared/rules/dates.ts';
import { recordInputFromGuia } from './guia-records/from-guia.ts';
import { GUIA_KEY_PREFIX, MAX_GUIA_RECORDS } from './guia-records/schema.ts';
import { createGuiaRecordStore } from './guia-records/store.ts';
import { memoryArea, until } from './test-support.ts';

function event<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    removeListener: () => {},
    fire: (...args: A) => {
      for (const l of listeners) l(...args);
    },
  };
}

const local = memoryArea();
const fake = {
  storage: { local, onChanged: { addListener: local.addListener, removeListener: local.removeListener } },
  runtime: { onInstalled: event(), onStartup: event(), onMessage: event() },
  alarms: { create: async () => {}, onAlarm: event<[{ name: string }]>() },
  permissions: { onAdded: event(), onRemoved: event(), contains: async () => false },
  scripting: {
    getRegisteredContentScripts: async () => [],
    registerContentScripts: async () => {},
    unregisterContentScripts: async () => {},
  },
};
// A getter: the mock is hoisted above `fake`, and is read only once the entrypoint runs.
vi.mock('wxt/browser', () => ({
  get browser() {
    return fake;
  },
}));

describe('background entrypoint', () => {
  beforeEach(() => {
    // No worker to sync packs from: the sync fails quietly, as offline.
    vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
    vi.stubGlobal('defineBackground', (main: () => void) => ({ main }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('brings the guias typed one by one in Digitar Guia back under 10,000 at start-up, install and its 6-hourly alarm', async () => {
    const { default: background, SYNC_ALARM } = await import('../entrypoints/background.ts');
    (background as unknown as { main: () => void }).main();

    const records = createGuiaRecordStore(local);
    const agora = new Date();
    const hoje = hojeEmSaoPaulo(agora);
    const ontem = new Date(agora.getTime() - 86_400_000);
    const typed = (numeros: string[], quando: Date) =>
      records.save(
        numeros.map((numero) =>
          recordInputFromGuia({ numero, procedimentos: [], outrasDespesas: [], anexos: [] }, '331988', 'digitada'),
        ),
        { hoje, agora: quando },
      );
    const guiaKeys = () => Object.keys(local.data).filter((k) => k.startsWith(GUIA_KEY_PREFIX));
    const numeros = (n: number, from: number) => Array.from({ length: n }, (_, i) => String(from + i));
    // No XML checked: only the guias saved in the wizard, 3 more than the bound, the 3 oldest typed yesterday.
    await typed(numeros(3, 1), ontem);
    await typed(numeros(MAX_GUIA_RECORDS, 100_000), agora);
    expect(guiaKeys()).toHaveLength(MAX_GUIA_RECORDS + 3);

    fake.runtime.onStartup.fire();
    await until(() => expect(guiaKeys()).toHaveLength(MAX_GUIA_RECORDS), 15_000);
    expect((await records.lookup('331988', numeros(3, 1), hoje)).size).toBe(0);

    await typed(numeros(2, 1), agora);
    fake.alarms.onAlarm.fire({ name: SYNC_ALARM });
    await until(() => expect(guiaKeys()).toHaveLength(MAX_GUIA_RECORDS), 15_000);
    // The 2 just typed stay; 2 of the others made room.
    expect((await records.lookup('331988', numeros(2, 1), hoje)).size).toBe(2);

    await typed(numeros(4, 10), agora);
    fake.runtime.onInstalled.fire();
    await until(() => expect(guiaKeys()).toHaveLength(MAX_GUIA_RECORDS), 15_000);
  });
});
