// Proof of pack sync end to end: the built extension in real Chromium pulls the signed pack of an operadora
// from the local worker (wrangler dev), sends its ETag next time, and — through a tampering proxy standing in
// for a hostile network — rejects an altered pack and a replayed older one while keeping the last good pack.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, screenshot } from './support/browser.ts';
import { createToken, type StartedWorker, startWorker } from './support/worker.ts';

const ANS = '331988';
type Mode = { kind: 'pass' } | { kind: 'tamper' } | { kind: 'replay'; body: string };

let worker: StartedWorker;
let proxy: Server;
let proxyUrl: string;
let mode: Mode = { kind: 'pass' };
const seen: { path: string; ifNoneMatch: string | undefined; status: number }[] = [];
let browser: ExtensionBrowser;
let page: Page;

/** Forwards GETs to the worker; in tamper mode alters the pack, in replay mode answers an old envelope. */
function startProxy(): Promise<void> {
  proxy = createServer(async (req, res) => {
    const ifNoneMatch = req.headers['if-none-match'];
    let status: number;
    let body: string;
    let etag: string | null = null;
    if (mode.kind === 'replay') {
      status = 200;
      body = mode.body;
    } else {
      const headers: Record<string, string> = {};
      if (ifNoneMatch && mode.kind === 'pass') headers['If-None-Match'] = String(ifNoneMatch);
      const upstream = await fetch(`${worker.url}${req.url}`, { headers });
      status = upstream.status;
      etag = upstream.headers.get('etag');
      body = await upstream.text();
      if (mode.kind === 'tamper' && status === 200) {
        const envelope = JSON.parse(body);
        envelope.sequence += 100;
        envelope.pack.versao = '9.9.9';
        body = JSON.stringify(envelope);
      }
    }
    seen.push({ path: req.url ?? '', ifNoneMatch: ifNoneMatch ? String(ifNoneMatch) : undefined, status });
    res.writeHead(status, { 'Content-Type': 'application/json', ...(etag ? { ETag: etag } : {}) });
    res.end(status === 304 ? undefined : body);
  });
  return new Promise((resolve) =>
    proxy.listen(0, '127.0.0.1', () => {
      proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

async function storedPack(): Promise<{ sequence: number; envelope: { pack: { versao: string } } } | undefined> {
  const all = (await browser.readStorage()) as {
    packs?: Record<string, { sequence: number; envelope: { pack: { versao: string } } }>;
  };
  return all.packs?.[ANS];
}
const row = () => page.locator(`tr[data-operadora="${ANS}"]`);
async function syncNow() {
  const before = await page.locator('.last-sync').textContent();
  await page.getByRole('button', { name: 'Sincronizar agora' }).click();
  await page.waitForFunction((b) => document.querySelector('.last-sync')?.textContent !== b, before);
  // The button comes back when the sync is over.
  await page.getByRole('button', { name: 'Sincronizar agora' }).waitFor();
  return (await page.locator('.last-sync').textContent()) ?? '';
}

beforeAll(async () => {
  worker = await startWorker();
  await startProxy();
  browser = await launchWithExtension();
  page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (proxy ? proxy.close(r) : r(undefined)));
  await worker?.close();
});

describe('pack sync with the local worker', () => {
  let good: { sequence: number; versao: string; body: string };

  it('saves the server and operadora in the options page and stores the verified pack', async () => {
    const res = await fetch(`${worker.url}/v1/operadoras/${ANS}/pack`);
    const body = await res.text();
    const env = JSON.parse(body);
    good = { sequence: env.sequence, versao: env.pack.versao, body };

    await page.getByLabel('Endereço do servidor (opcional)').fill(proxyUrl);
    await page.getByLabel('Operadoras com que você trabalha').fill(ANS);
    await page.getByRole('button', { name: 'Salvar', exact: true }).click();
    await page.getByText('Opções salvas.').waitFor();
    await row().getByText(`servidor (publicação ${good.sequence})`).waitFor({ timeout: 30_000 });
    expect(await row().locator('td').nth(1).textContent()).toBe(good.versao);
    expect(await storedPack()).toMatchObject({ sequence: good.sequence });
    expect(seen[0]).toEqual({ path: `/v1/operadoras/${ANS}/pack`, ifNoneMatch: undefined, status: 200 });
  });

  it('asks again with If-None-Match and gets 304 when nothing changed', async () => {
    mode = { kind: 'pass' };
    expect(await syncNow()).toContain('Pacotes já estavam atualizados.');
    expect(seen.at(-1)).toEqual({
      path: `/v1/operadoras/${ANS}/pack`,
      ifNoneMatch: `"${ANS}.${good.sequence}"`,
      status: 304,
    });
  });

  it('rejects a tampered pack and keeps the last good one', async () => {
    mode = { kind: 'tamper' };
    const text = await syncNow();
    expect(text).toContain('Assinatura do pacote de regras inválida: o pacote foi alterado. Mantido o pacote atual.');
    expect(await row().locator('td').nth(1).textContent()).toBe(good.versao);
    expect(await storedPack()).toMatchObject({ sequence: good.sequence, envelope: { pack: { versao: good.versao } } });
  });

  it('takes a newly published pack, then refuses the older envelope replayed', async () => {
    const token = await createToken(worker, 'publisher');
    const auth = { Authorization: `Bearer ${token}` };
    const draft = await fetch(`${worker.url}/v1/admin/operadoras/${ANS}/draft`, { headers: auth });
    const draftEtag = draft.headers.get('etag') ?? '';
    const { pack } = (await draft.json()) as { pack: Record<string, unknown> };
    const put = await fetch(`${worker.url}/v1/admin/operadoras/${ANS}/draft`, {
      method: 'PUT',
      headers: { ...auth, 'If-Match': draftEtag, 'Content-Type': 'application/json' },
      body: JSON.stringify({ pack: { ...pack, versao: '1.1.0' } }),
    });
    expect(put.status).toBe(200);
    const publish = await fetch(`${worker.url}/v1/admin/operadoras/${ANS}/publish`, {
      method: 'POST',
      headers: { ...auth, 'If-Match': `"${ANS}.${good.sequence}"`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ note: 'teste e2e' }),
    });
    expect(publish.status).toBe(201);

    mode = { kind: 'pass' };
    expect(await syncNow()).toContain('1 pacote atualizado.');
    await row()
      .getByText(`servidor (publicação ${good.sequence + 1})`)
      .waitFor();
    expect(await row().locator('td').nth(1).textContent()).toBe('1.1.0');

    mode = { kind: 'replay', body: good.body };
    const text = await syncNow();
    expect(text).toContain(
      `${ANS}: pacote recebido (publicação ${good.sequence}) é mais antigo que o atual (${good.sequence + 1}); recusado.`,
    );
    expect(await storedPack()).toMatchObject({ sequence: good.sequence + 1, envelope: { pack: { versao: '1.1.0' } } });
    await screenshot(page, 'opcoes');
  });
});
