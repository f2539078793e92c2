// The support team's flow: edit a draft, validate it, publish, race, roll back, read history, diff and audit.
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyPackEnvelope } from '../../shared/signing/pack-envelope.ts';
import { TEST_KEYS } from '../../shared/signing/trusted-keys.ts';
import { api, createToken, json, seedTestPack, TEST_ANS, testPack } from './helpers.ts';

const adm = `/v1/admin/operadoras/${TEST_ANS}`;
let editor: string;
let publisher: string;
let viewer: string;

type Pack = ReturnType<typeof testPack> & { regras: { options: Record<string, unknown> }[] };

function withMax(max: number): Pack {
  const pack = testPack() as Pack;
  pack.regras[0]!.options = { max };
  return pack;
}

async function saveDraft(pack: unknown, ifMatch: string, token = editor) {
  return api(`${adm}/draft`, {
    method: 'PUT',
    token,
    headers: { 'if-match': ifMatch },
    body: JSON.stringify({ pack }),
  });
}

async function publish(body: unknown, ifMatch: string, token = publisher) {
  return api(`${adm}/publish`, { method: 'POST', token, headers: { 'if-match': ifMatch }, body: JSON.stringify(body) });
}

async function currentEnvelope() {
  return json<{ sequence: number; pack: Pack & { versao: string } }>(await api(`/v1/operadoras/${TEST_ANS}/pack`));
}

beforeEach(async () => {
  await seedTestPack();
  [editor, publisher, viewer] = await Promise.all([
    createToken('editor', 'ana (edição)'),
    createToken('publisher', 'suporte PASA'),
    createToken('viewer', 'auditor'),
  ]);
});

describe('who am I and what is there', () => {
  it('GET me names the token and its role; the admin list shows who published and whether a draft exists', async () => {
    expect(await json(await api('/v1/admin/me', { token: publisher }))).toMatchObject({
      name: 'suporte PASA',
      role: 'publisher',
    });
    await saveDraft(withMax(90), '"d0"');
    const { operadoras } = await json<{ operadoras: { ans: string; temRascunho: boolean; publicadoPor: string }[] }>(
      await api('/v1/admin/operadoras', { token: viewer }),
    );
    expect(operadoras.find((o) => o.ans === TEST_ANS)).toMatchObject({ temRascunho: true, publicadoPor: 'sistema' });
  });
});

describe('drafts', () => {
  it('starts from the current pack as revision 0 and saves with If-Match', async () => {
    const res = await api(`${adm}/draft`, { token: editor });
    expect(res.headers.get('etag')).toBe('"d0"');
    const draft = await json(res);
    expect(draft).toMatchObject({ revision: 0, baseVersao: '1.0.0', suggestedVersao: '1.0.1', updatedBy: null });
    const saved = await saveDraft(withMax(90), '"d0"');
    expect(saved.status).toBe(200);
    expect(await json(saved)).toMatchObject({ revision: 1, etag: '"d1"', updatedBy: 'ana (edição)' });
  });

  it('refuses a save based on a stale revision (412) and keeps what the other person saved', async () => {
    await saveDraft(withMax(90), '"d0"');
    const stale = await saveDraft(withMax(10), '"d0"');
    expect(stale.status).toBe(412);
    expect(await json(stale)).toMatchObject({
      error: { code: 'stale-draft', message: expect.stringContaining('ana (edição)'), details: { etag: '"d1"' } },
    });
    const now = await json<{ pack: Pack }>(await api(`${adm}/draft`, { token: editor }));
    expect(now.pack.regras[0]!.options).toEqual({ max: 90 });
  });

  it('requires If-Match (428), JSON (400) and a body under 1 MB (413)', async () => {
    const noIfMatch = await api(`${adm}/draft`, { method: 'PUT', token: editor, body: JSON.stringify({ pack: {} }) });
    expect(noIfMatch.status).toBe(428);
    expect(await json(noIfMatch)).toMatchObject({ error: { code: 'precondition-required' } });
    const notJson = await api(`${adm}/draft`, {
      method: 'PUT',
      token: editor,
      headers: { 'if-match': '"d0"' },
      body: '{',
    });
    expect(await json(notJson)).toMatchObject({ error: { code: 'invalid-json' } });
    const notObject = await saveDraft('texto', '"d0"');
    expect(await json(notObject)).toMatchObject({ error: { code: 'invalid-request' } });
    const big = await saveDraft({ x: 'a'.repeat(1024 * 1024) }, '"d0"');
    expect(big.status).toBe(413);
    expect((await api('/v1/admin/operadoras/000000/draft', { token: editor })).status).toBe(404);
  });

  it('validates a draft: schema errors with paths, and a dry run of each rule on the sample contexts', async () => {
    const bad = testPack() as Pack;
    bad.regras[0]!.options = { max: 'cem' };
    const invalid = await json<{ ok: boolean; errors: { path: string }[] }>(
      await api(`${adm}/draft/validate`, { method: 'POST', token: editor, body: JSON.stringify({ pack: bad }) }),
    );
    expect(invalid.ok).toBe(false);
    expect(invalid.errors.map((e) => e.path)).toContain('regras[0].options.max');

    const other = testPack({ operadora: { nome: 'Outra', chave: '888888' } });
    const wrongOperadora = await json<{ errors: { path: string }[] }>(
      await api(`${adm}/draft/validate`, { method: 'POST', token: editor, body: JSON.stringify({ pack: other }) }),
    );
    expect(wrongOperadora.errors.map((e) => e.path)).toEqual(['operadora.chave']);

    await saveDraft(withMax(100), '"d0"');
    const valid = await json<{ ok: boolean; dryRun: { contexts: number; findings: { rule: string }[]; failures: [] } }>(
      await api(`${adm}/draft/validate`, { method: 'POST', token: editor }),
    );
    expect(valid.ok).toBe(true);
    expect(valid.dryRun.contexts).toBeGreaterThan(3);
    // The sample lote with 101 guias trips the 100-guia limit.
    expect(valid.dryRun.findings.map((f) => f.rule)).toContain('lote-max-guias');
    expect(valid.dryRun.failures).toEqual([]);
  });
});

describe('publish', () => {
  it('publishes the draft as a new signed version that the public API serves at once', async () => {
    await saveDraft(withMax(60), '"d0"');
    const res = await publish({ note: 'Limite de 60 guias (manual 2026)' }, `"${TEST_ANS}.1"`);
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({
      versao: '1.0.1',
      sequence: 2,
      kind: 'publish',
      publishedBy: 'suporte PASA',
    });
    const envelope = await currentEnvelope();
    expect(envelope).toMatchObject({ sequence: 2, pack: { versao: '1.0.1' } });
    expect(envelope.pack.regras[0]!.options).toEqual({ max: 60 });
    expect(await verifyPackEnvelope(envelope, TEST_KEYS)).toEqual({ ok: true });
  });

  it('takes an explicit greater version and refuses one that is not greater than every published one', async () => {
    await saveDraft(withMax(60), '"d0"');
    const low = await publish({ note: 'x', versao: '1.0.0' }, `"${TEST_ANS}.1"`);
    expect(low.status).toBe(422);
    expect(await json(low)).toMatchObject({ error: { code: 'invalid-version', details: { suggested: '1.0.1' } } });
    const ok = await publish({ note: 'nova regra', versao: '1.2.0' }, `"${TEST_ANS}.1"`);
    expect(await json(ok)).toMatchObject({ versao: '1.2.0' });
  });

  it('refuses: no draft (409), an invalid draft (422 with paths), a missing note (400), a missing If-Match (428)', async () => {
    expect((await publish({ note: 'x' }, `"${TEST_ANS}.1"`)).status).toBe(409);
    const bad = testPack() as Pack;
    bad.regras[0]!.options = { max: -1 };
    await saveDraft(bad, '"d0"');
    const invalid = await publish({ note: 'x' }, `"${TEST_ANS}.1"`);
    expect(invalid.status).toBe(422);
    expect(await json(invalid)).toMatchObject({
      error: { code: 'invalid-pack', details: { errors: [{ path: 'regras[0].options.max' }] } },
    });
    expect((await publish({}, `"${TEST_ANS}.1"`)).status).toBe(400);
    const noIfMatch = await api(`${adm}/publish`, {
      method: 'POST',
      token: publisher,
      body: JSON.stringify({ note: 'x' }),
    });
    expect(noIfMatch.status).toBe(428);
  });

  it('two publishers from the same version: exactly one wins, the other gets 412 and nothing is overwritten', async () => {
    await saveDraft(withMax(60), '"d0"');
    const other = await createToken('publisher', 'suporte 2');
    const results = await Promise.all([
      publish({ note: 'primeiro', versao: '1.1.0' }, `"${TEST_ANS}.1"`),
      publish({ note: 'segundo', versao: '1.2.0' }, `"${TEST_ANS}.1"`, other),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 412]);
    const loser = results.find((r) => r.status === 412)!;
    const winner = await json<{ versao: string }>(results.find((r) => r.status === 201)!);
    expect(await json(loser)).toMatchObject({
      error: {
        code: 'stale-version',
        message: expect.stringContaining(winner.versao),
        details: { current: { sequence: 2 } },
      },
    });
    const { versions } = await json<{ versions: unknown[] }>(await api(`${adm}/versions`, { token: viewer }));
    expect(versions).toHaveLength(2);
    expect((await currentEnvelope()).pack.versao).toBe(winner.versao);
    // Publishing again from the old etag is stale too.
    expect((await publish({ note: 'tarde' }, `"${TEST_ANS}.1"`)).status).toBe(412);
  });
});

describe('history, diff and rollback', () => {
  beforeEach(async () => {
    await saveDraft(withMax(60), '"d0"');
    await publish({ note: 'Limite 60' }, `"${TEST_ANS}.1"`);
  });

  it('lists versions newest first, serves one version with its envelope, and diffs two versions by rule id', async () => {
    const { current, versions } = await json<{
      current: { versao: string };
      versions: { versao: string; kind: string }[];
    }>(await api(`${adm}/versions`, { token: viewer }));
    expect(current.versao).toBe('1.0.1');
    expect(versions.map((v) => [v.versao, v.kind])).toEqual([
      ['1.0.1', 'publish'],
      ['1.0.0', 'seed'],
    ]);
    const one = await json<{ envelope: { pack: Pack } }>(await api(`${adm}/versions/1.0.0`, { token: viewer }));
    expect(one.envelope.pack.regras[0]!.options).toEqual({ max: 100 });
    expect((await api(`${adm}/versions/7.0.0`, { token: viewer })).status).toBe(404);
    const diff = await json(await api(`${adm}/diff?from=1.0.0&to=1.0.1`, { token: viewer }));
    expect(diff).toEqual({
      from: '1.0.0',
      to: '1.0.1',
      changes: [{ path: 'regras[id=lote-max-guias].options.max', op: 'changed', old: 100, new: 60 }],
    });
    expect((await api(`${adm}/diff?from=1.0.0`, { token: viewer })).status).toBe(400);
  });

  it('rolls back by republishing the old pack with a higher sequence', async () => {
    const res = await api(`${adm}/rollback`, {
      method: 'POST',
      token: publisher,
      headers: { 'if-match': `"${TEST_ANS}.2"` },
      body: JSON.stringify({ versao: '1.0.0' }),
    });
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({ versao: '1.0.0', sequence: 3, kind: 'rollback', rollbackOf: '1.0.0' });
    const envelope = await currentEnvelope();
    expect(envelope.sequence).toBe(3);
    expect(envelope.pack.regras[0]!.options).toEqual({ max: 100 });
    expect(await verifyPackEnvelope(envelope, TEST_KEYS)).toEqual({ ok: true });

    const again = (versao: string, etag: string) =>
      api(`${adm}/rollback`, {
        method: 'POST',
        token: publisher,
        headers: { 'if-match': etag },
        body: JSON.stringify({ versao }),
      });
    expect((await again('1.0.1', `"${TEST_ANS}.2"`)).status).toBe(412);
    expect((await again('1.0.0', `"${TEST_ANS}.3"`)).status).toBe(422);
    expect((await again('3.0.0', `"${TEST_ANS}.3"`)).status).toBe(404);
    // The next publication must still go above every version ever published.
    await saveDraft(withMax(70), '"d1"');
    expect(await json(await publish({ note: 'depois da reversão' }, `"${TEST_ANS}.3"`))).toMatchObject({
      versao: '1.0.2',
      sequence: 4,
    });
  });
});

describe('audit', () => {
  it('records who did what from which version to which, filterable and paginated', async () => {
    await saveDraft(withMax(60), '"d0"');
    await api(`${adm}/draft/validate`, { method: 'POST', token: editor });
    await publish({ note: 'Limite 60' }, `"${TEST_ANS}.1"`);
    const all = await json<{ items: { action: string; actor: string }[] }>(
      await api('/v1/admin/audit', { token: viewer }),
    );
    expect(all.items.map((i) => i.action)).toEqual(['pack.publish', 'draft.validate', 'draft.save', 'seed']);
    const published = await json<{ items: unknown[] }>(
      await api(`/v1/admin/audit?action=pack.publish&ans=${TEST_ANS}`, { token: viewer }),
    );
    expect(published.items).toEqual([
      expect.objectContaining({
        actor: 'suporte PASA',
        role: 'publisher',
        fromVersao: '1.0.0',
        toVersao: '1.0.1',
        fromSequence: 1,
        toSequence: 2,
        detail: { note: 'Limite 60' },
      }),
    ]);
    const byActor = await json<{ items: unknown[] }>(
      await api('/v1/admin/audit?actor=ana%20(edi%C3%A7%C3%A3o)', { token: viewer }),
    );
    expect(byActor.items).toHaveLength(2);
    const page1 = await json<{ items: { id: number }[]; nextCursor: string }>(
      await api('/v1/admin/audit?limit=3', { token: viewer }),
    );
    expect(page1.items).toHaveLength(3);
    const page2 = await json<{ items: { action: string }[]; nextCursor: string | null }>(
      await api(`/v1/admin/audit?limit=3&cursor=${page1.nextCursor}`, { token: viewer }),
    );
    expect(page2.items.map((i) => i.action)).toEqual(['seed']);
    expect(page2.nextCursor).toBeNull();
    expect((await api('/v1/admin/audit?since=ontem', { token: viewer })).status).toBe(400);
    const future = await json<{ items: unknown[] }>(await api('/v1/admin/audit?since=2999-01-01', { token: viewer }));
    expect(future.items).toEqual([]);
  });
});
