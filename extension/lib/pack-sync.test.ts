import { describe, expect, it } from 'vitest';
import { base64ToBytes, signPackEnvelope } from '../../shared/signing/pack-envelope.ts';
import { TEST_KEYS } from '../../shared/signing/trusted-keys.ts';
import testKey from '../../test/keys/TEST-ONLY-signing-key.json' with { type: 'json' };
import { packUrl, syncPacks } from './pack-sync.ts';
import { createStore } from './storage.ts';
import { memoryArea } from './test-support.ts';

const ANS = '419133';
const secret = base64ToBytes(testKey.secretKey);

function pack(versao: string) {
  return {
    operadora: { registroAns: ANS, nome: 'Postal Saúde', chave: ANS },
    versao,
    vigencia: '2026-01-01',
    portal: { hosts: ['portalconectasaude.com.br'] },
    regras: [],
  };
}
async function envelope(sequence: number, versao = `1.0.${sequence}`, ans = ANS) {
  return signPackEnvelope(
    { ans, pack: pack(versao), sequence, publishedAt: '2026-11-01T00:00:00Z' },
    secret,
    testKey.keyId,
  );
}

/** A fake worker: answers each GET from a queue of responses and records the requests. */
function fakeFetch(responses: (() => Response)[]) {
  const calls: { url: string; ifNoneMatch: string | null }[] = [];
  const fn = (async (url: string, init?: RequestInit) => {
    calls.push({ url, ifNoneMatch: new Headers(init?.headers).get('If-None-Match') });
    const next = responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  }) as unknown as typeof fetch;
  return { fn, calls };
}
const json = (body: unknown, etag?: string) => () =>
  new Response(JSON.stringify(body), { status: 200, headers: etag ? { ETag: etag } : {} });

async function setup(responses: (() => Response)[]) {
  const store = createStore(memoryArea({ schemaVersion: 2, workerUrl: 'http://127.0.0.1:8787', operadoras: [ANS] }));
  const f = fakeFetch(responses);
  const deps = { store, fetch: f.fn, trustedKeys: TEST_KEYS, now: () => new Date('2026-11-25T12:00:00Z') };
  return { store, deps, calls: f.calls };
}

describe('pack sync', () => {
  it('stores a good signed pack with its ETag and sends the ETag next time; 304 keeps it', async () => {
    const good = await envelope(1);
    const { store, deps, calls } = await setup([json(good, `"${ANS}.1"`), () => new Response(null, { status: 304 })]);
    const first = await syncPacks(deps);
    expect(first.lastSync).toMatchObject({ status: 'ok', message: '1 pacote atualizado.' });
    const state = await store.read();
    expect(state.packs[ANS]).toMatchObject({ sequence: 1, etag: `"${ANS}.1"`, verifiedAt: '2026-11-25T12:00:00.000Z' });
    expect(calls[0]).toEqual({ url: 'http://127.0.0.1:8787/v1/operadoras/419133/pack', ifNoneMatch: null });

    const second = await syncPacks(deps);
    expect(calls[1]?.ifNoneMatch).toBe(`"${ANS}.1"`);
    expect(second.lastSync.status).toBe('sem-alteracao');
    expect((await store.read()).packs[ANS]?.envelope).toEqual(good);
  });

  it('rejects a tampered pack and keeps the last good one', async () => {
    const good = await envelope(1);
    const tampered = await envelope(2);
    (tampered.pack as { versao: string }).versao = '9.9.9';
    const { store, deps } = await setup([json(good), json(tampered)]);
    await syncPacks(deps);
    const result = await syncPacks(deps);
    expect(result.lastSync.status).toBe('erro');
    expect(result.lastSync.message).toContain('Assinatura do pacote de regras inválida');
    expect((await store.read()).packs[ANS]?.envelope).toEqual(good);
  });

  it('refuses a replayed envelope with a lower sequence', async () => {
    const { store, deps } = await setup([json(await envelope(3)), json(await envelope(2))]);
    await syncPacks(deps);
    const result = await syncPacks(deps);
    expect(result.outcomes[0]).toMatchObject({ status: 'erro', code: 'sequencia-antiga' });
    expect((await store.read()).packs[ANS]?.sequence).toBe(3);
  });

  it('refuses a pack signed by an unknown key, for another operadora, or that fails the pack schema', async () => {
    const otherKey = await signPackEnvelope(
      { ans: ANS, pack: pack('1.0.0'), sequence: 1, publishedAt: 'x' },
      new Uint8Array(32).fill(7),
      'chave-estranha',
    );
    const invalid = await signPackEnvelope(
      { ans: ANS, pack: { ...pack('1.0.0'), versao: 'um' }, sequence: 1, publishedAt: 'x' },
      secret,
      testKey.keyId,
    );
    const { store, deps } = await setup([json(otherKey), json(await envelope(1, '1.0.1', '331988')), json(invalid)]);
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await syncPacks(deps)).outcomes[0]);
    expect(codes.map((c) => c?.status === 'erro' && c.code)).toEqual([
      'assinatura',
      'outra-operadora',
      'pacote-invalido',
    ]);
    expect(codes[2]).toMatchObject({ message: expect.stringContaining('versao') });
    expect((await store.read()).packs).toEqual({});
  });

  it('keeps the last good pack on a network error, a server error and unreadable JSON', async () => {
    const good = await envelope(1);
    const { store, deps } = await setup([
      json(good),
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => new Response('oops', { status: 500 }),
      () => new Response('<html>', { status: 200 }),
    ]);
    await syncPacks(deps);
    const messages = [];
    for (let i = 0; i < 3; i++) messages.push((await syncPacks(deps)).lastSync.message);
    expect(messages[0]).toContain('servidor inacessível');
    expect(messages[1]).toContain('respondeu 500');
    expect(messages[2]).toContain('ilegível');
    const state = await store.read();
    expect(state.packs[ANS]?.envelope).toEqual(good);
    expect(state.lastSync.status).toBe('erro');
  });

  it('reports partial success per operadora', async () => {
    const { store, deps } = await setup([json(await envelope(1)), () => new Response('', { status: 404 })]);
    await store.write({ operadoras: [ANS, '331988'] });
    const { lastSync } = await syncPacks(deps);
    expect(lastSync.status).toBe('parcial');
    expect(lastSync.message).toBe('331988: o servidor não tem pacote para esta operadora.');
  });

  it('without a worker URL records that bundled packs are used and fetches nothing', async () => {
    const { store, deps, calls } = await setup([]);
    await store.write({ workerUrl: undefined });
    expect((await syncPacks(deps)).lastSync.status).toBe('sem-servidor');
    expect(calls).toEqual([]);
  });

  it('builds the pack URL under a worker mounted on a path', () => {
    expect(packUrl('https://x.org/tiss', '419133')).toBe('https://x.org/tiss/v1/operadoras/419133/pack');
  });
});
