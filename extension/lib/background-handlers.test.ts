import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPacks } from '../../shared/packs/index.ts';
import type { RulePack } from '../../shared/rules/pack-schema.ts';
import { backgroundHandlers } from './background-handlers.ts';
import { bytesToBase64 } from './base64.ts';
import { recordInputFromGuia } from './guia-records/from-guia.ts';
import { keepCheckedGuias } from './guia-records/keep-checked.ts';
import { MAX_GUIA_RECORDS } from './guia-records/schema.ts';
import { createGuiaRecordStore } from './guia-records/store.ts';
import { dispatchMessage } from './messages.ts';
import { createStore } from './storage.ts';
import { memoryArea, until } from './test-support.ts';

/** The content script's pre-check of sadt-5-guias.xml at Uploads → Novo (PASA, 5 guias SADT00000001–5). */
function uploadSadt5Guias(handlers: Parameters<typeof dispatchMessage>[0]) {
  const xml = readFileSync(join(import.meta.dirname, '../../test/fixtures/tiss/valid/sadt-5-guias.xml'));
  return dispatchMessage(handlers, {
    type: 'validate-upload',
    fileName: 'sadt.xml',
    conteudo: bytesToBase64(xml),
    hoje: '2026-11-20',
  });
}

const pack = (versao: string) => ({
  operadora: { registroAns: '419133', nome: 'Postal Saúde', chave: '419133' },
  versao,
  vigencia: '2026-01-01',
  portal: { hosts: [], labels: {}, situacoes: {} },
  tiposDocumento: [],
  categorias: [],
  regras: [],
});

describe('background handlers', () => {
  it('answers active-pack with the synced pack, the bundled one, or none', async () => {
    const area = memoryArea({
      schemaVersion: 2,
      packs: {
        '419133': {
          envelope: { ans: '419133', pack: pack('2.0.0'), sequence: 5, publishedAt: 'x', keyId: 'k', signature: 's' },
          sequence: 5,
          verifiedAt: 'x',
        },
        '331988': {
          // A synced pack this build cannot read falls back to the bundled one.
          envelope: {
            ans: '331988',
            pack: { versao: 'velho' },
            sequence: 1,
            publishedAt: 'x',
            keyId: 'k',
            signature: 's',
          },
          sequence: 1,
          verifiedAt: 'x',
        },
      },
    });
    const bundled = [pack('1.0.0'), { ...pack('1.0.0'), operadora: { nome: 'PASA', chave: '331988' } }] as RulePack[];
    const handlers = backgroundHandlers({ store: createStore(area), fetch, trustedKeys: [] }, bundled);
    expect(await dispatchMessage(handlers, { type: 'active-pack', ans: '419133' })).toMatchObject({
      origem: 'sincronizado',
      sequence: 5,
      pack: { versao: '2.0.0' },
    });
    expect(await dispatchMessage(handlers, { type: 'active-pack', ans: '331988' })).toMatchObject({
      origem: 'embutido',
      pack: { operadora: { nome: 'PASA' } },
    });
    expect(await dispatchMessage(handlers, { type: 'active-pack', ans: '999999' })).toEqual({
      origem: 'nenhum',
      pack: null,
    });
    // As a page shows it: the synced pack by its registro, the bundled one by its name.
    expect(
      await dispatchMessage(handlers, { type: 'active-pack', operadora: ['POSTAL SAÚDE | 419133'] }),
    ).toMatchObject({ origem: 'sincronizado', pack: { versao: '2.0.0' } });
    expect(
      await dispatchMessage(handlers, { type: 'active-pack', operadora: ['OUTRA | 123456', 'PASA'] }),
    ).toMatchObject({ origem: 'embutido', pack: { operadora: { nome: 'PASA' } } });
    expect(await dispatchMessage(handlers, { type: 'active-pack', operadora: ['OUTRA | 123456'] })).toEqual({
      origem: 'nenhum',
      pack: null,
    });
  });

  it('runs one sync at a time when the alarm and "sincronizar agora" fire together', async () => {
    let fetches = 0;
    const slowFetch = (async () => {
      fetches++;
      await new Promise((r) => setTimeout(r, 20));
      return new Response('', { status: 404 });
    }) as unknown as typeof fetch;
    const store = createStore(
      memoryArea({ schemaVersion: 2, workerUrl: 'http://127.0.0.1:1', operadoras: ['419133'] }),
    );
    const handlers = backgroundHandlers({ store, fetch: slowFetch, trustedKeys: [] }, []);
    const [a, b] = await Promise.all([handlers.sync(), dispatchMessage(handlers, { type: 'sync-now' })]);
    expect(fetches).toBe(1);
    expect(b).toEqual({ lastSync: a });
    await handlers.sync();
    expect(fetches).toBe(2);
  });

  it('validates an upload sent by the content script: schema, hash and the pack of the XML operadora', async () => {
    const handlers = backgroundHandlers({ store: createStore(memoryArea()), fetch, trustedKeys: [] }, defaultPacks);
    const fixture = (name: string) =>
      bytesToBase64(readFileSync(join(import.meta.dirname, '../../test/fixtures/tiss', name)));
    const ask = (fileName: string, conteudo: string) =>
      dispatchMessage(handlers, { type: 'validate-upload', fileName, conteudo, hoje: '2026-11-20' });
    const bad = (await ask('hash-wrong.xml', fixture('invalid/hash-wrong.xml'))) as { findings: { rule: string }[] };
    expect(bad.findings.map((f) => f.rule)).toContain('tiss/hash');
    const notXml = (await ask('lote.xml', bytesToBase64(new TextEncoder().encode('PK\u0003\u0004')))) as {
      findings: { rule: string; severity: string }[];
    };
    expect(notXml.findings).toMatchObject([{ rule: 'arquivo/formato', severity: 'error' }]);
    // Bytes that are not base64 never reach the engine.
    expect(await ask('lote.xml', '<?xml version="1.0"?>')).toMatchObject({ erro: { code: 'mensagem-invalida' } });
  });

  it('keeps the records of every guia of an XML checked at Uploads → Novo, as the popup does, without beneficiary data', async () => {
    const area = memoryArea();
    const records = createGuiaRecordStore(area);
    const handlers = backgroundHandlers({ store: createStore(memoryArea()), fetch, trustedKeys: [] }, defaultPacks, {
      keepGuias: keepCheckedGuias({
        store: records,
        retencaoDias: async () => 30,
        now: () => new Date('2026-11-20T12:00:00-03:00'),
      }),
    });
    const numeros = [1, 2, 3, 4, 5].map((n) => `SADT0000000${n}`);
    expect(await records.lookup('331988', numeros, '2026-11-20')).toHaveProperty('size', 0);

    await uploadSadt5Guias(handlers);
    // Filed under the XML's operadora (PASA, registroANS 331988), kept for the user's 30 days.
    const kept = await records.lookup('331988', numeros, '2026-11-20');
    expect([...kept.keys()].sort()).toEqual(numeros);
    expect(kept.get('SADT00000001')).toMatchObject({ origem: 'xml', tipo: 'sp-sadt', expiraEm: '2026-12-20' });
    expect(kept.get('SADT00000001')!.procedimentos.length).toBeGreaterThan(0);
    const stored = JSON.stringify(await area.get(null));
    expect(stored).not.toContain('99999000000020'); // carteiras of the fixture
    expect(stored).not.toMatch(/beneficiario|profissional|nomeContratado/i);
  });

  it('answers the upload pre-check before the kept guias are brought back under their bound, then ends at 10,000', async () => {
    const area = memoryArea();
    const records = createGuiaRecordStore(area);
    const antigas = Array.from({ length: MAX_GUIA_RECORDS }, (_, i) => String(100_000 + i));
    await records.save(
      antigas.map((numero) =>
        recordInputFromGuia({ numero, procedimentos: [], outrasDespesas: [], anexos: [] }, '331988', 'xml'),
      ),
      { hoje: '2026-11-01', agora: new Date('2026-11-01T12:00:00-03:00') },
    );
    // The prune (a read of every record) held back until the answer is in: awaited before it, the answer never comes.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const keepGuias = keepCheckedGuias({
      store: {
        save: records.save,
        prune: async (hoje, max) => {
          await held;
          return records.prune(hoje, max);
        },
      },
      retencaoDias: async () => undefined,
      now: () => new Date('2026-11-20T12:00:00-03:00'),
    });
    const handlers = backgroundHandlers({ store: createStore(memoryArea()), fetch, trustedKeys: [] }, defaultPacks, {
      keepGuias,
    });
    const answer = await uploadSadt5Guias(handlers);
    expect(answer).toHaveProperty('findings');
    // The clerk's next page (the lote) already finds the XML's guias.
    const novas = [1, 2, 3, 4, 5].map((n) => `SADT0000000${n}`);
    expect((await records.lookup('331988', novas, '2026-11-20')).size).toBe(5);

    release();
    await keepGuias.pruned();
    expect(Object.keys(area.data)).toHaveLength(MAX_GUIA_RECORDS);
    expect((await records.lookup('331988', novas, '2026-11-20')).size).toBe(5);
    // The oldest made room.
    expect((await records.lookup('331988', antigas.slice(0, 5), '2026-11-20')).size).toBe(0);
  });

  it("keeps a guia checked again while the previous XML's prune runs, though that prune had read it as the oldest", async () => {
    const area = memoryArea();
    // The prune's read of every record returns a snapshot taken when it asked, but only once let through.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let reading = false;
    const slow = {
      ...area,
      async get(keys: Parameters<typeof area.get>[0]) {
        const snapshot = area.get(keys);
        if (keys == null) {
          reading = true;
          await held;
        }
        return snapshot;
      },
    };
    const records = createGuiaRecordStore(slow);
    const guia = (numero: string) =>
      recordInputFromGuia({ numero, procedimentos: [], outrasDespesas: [], anexos: [] }, '331988', 'xml');
    await records.save([guia('A0')], { hoje: '2026-10-01', agora: new Date('2026-10-01T12:00:00-03:00') });
    await records.save([guia('A1'), guia('A2')], { hoje: '2026-11-01', agora: new Date('2026-11-01T12:00:00-03:00') });
    let agora = new Date('2026-11-19T12:00:00-03:00');
    const keep = keepCheckedGuias({
      store: { save: records.save, prune: (hoje) => records.prune(hoje, 3) },
      retencaoDias: async () => undefined,
      now: () => agora,
    });
    // XML 1 (B1): 4 guias kept, the prune will drop the oldest, A0, and is now reading.
    await keep([guia('B1')]);
    await until(() => expect(reading).toBe(true));
    // XML 2 holds A0 again, checked today: it must outlive the first prune.
    agora = new Date('2026-11-20T12:00:00-03:00');
    const second = keep([guia('A0')]);
    release();
    expect(await second).toBe(1);
    await keep.pruned();
    const kept = await records.lookup('331988', ['A0', 'A1', 'A2', 'B1'], '2026-11-20');
    expect(kept.get('A0')).toMatchObject({ gravadaEm: '2026-11-20' });
    expect(kept.size).toBe(3);
  });

  it('answers the upload pre-check even when the guia records cannot be written', async () => {
    const handlers = backgroundHandlers({ store: createStore(memoryArea()), fetch, trustedKeys: [] }, defaultPacks, {
      keepGuias: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    });
    const answer = await uploadSadt5Guias(handlers);
    expect(answer).toHaveProperty('findings');
  });
});
