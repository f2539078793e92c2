// POST /v1/validate: XML in, findings out; limits enforced before reading; nothing of the XML in the logs.
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_XML_BYTES } from '../../shared/tiss/report.ts';
import consultaXml from '../../test/fixtures/tiss/valid/consulta-3-guias-utf8.xml?raw';
import app from '../index.ts';
import { api, countingBody, json, seedTestPack, TEST_ANS, testPack } from './helpers.ts';

const xmlHeaders = { 'content-type': 'application/xml' };

afterEach(() => vi.restoreAllMocks());

describe('POST /v1/validate', () => {
  it('returns the summary and findings for a TISS file, in the shared finding shape', async () => {
    const res = await api('/v1/validate?arquivo=lote.xml', { method: 'POST', headers: xmlHeaders, body: consultaXml });
    expect(res.status).toBe(200);
    const body = await json<{ summary: Record<string, unknown>; findings: unknown[] }>(res);
    expect(body.summary).toMatchObject({ arquivo: 'lote.xml', versao: '4.01.00', registroAnsDestino: '345474' });
    expect(Array.isArray(body.findings)).toBe(true);
    expect(body).not.toHaveProperty('document');
  });

  it("applies the operadora's current published pack, not just the TISS checks", async () => {
    const pack = testPack();
    pack.regras[0]!.options = { max: 2 };
    await seedTestPack(pack);
    const res = await api(`/v1/validate?operadora=${TEST_ANS}`, {
      method: 'POST',
      headers: xmlHeaders,
      body: consultaXml,
    });
    const { findings } = await json<{ findings: { rule: string; message: string }[] }>(res);
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'lote-max-guias', message: expect.stringContaining('o limite é 2') }),
    );
  });

  it('accepts multipart with the file name from the form', async () => {
    const form = new FormData();
    form.set('arquivo', new File([consultaXml], 'meu-lote.xml', { type: 'text/xml' }));
    const res = await api('/v1/validate', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    expect((await json<{ summary: { arquivo: string } }>(res)).summary.arquivo).toBe('meu-lote.xml');
  });

  it('refuses a declared size above 15 MB with 413, keeping nothing but reading the body to its end (issue 14)', async () => {
    const body = countingBody(20);
    const res = await app.fetch(
      new Request('http://x/v1/validate', {
        method: 'POST',
        headers: { ...xmlHeaders, 'content-length': String(MAX_XML_BYTES + 1) },
        body: body.stream,
        // @ts-expect-error duplex is required for stream bodies but missing from the Request types
        duplex: 'half',
      }),
      env,
    );
    expect(res.status).toBe(413);
    expect(await json(res)).toMatchObject({ error: { code: 'too-large', message: expect.stringContaining('15 MB') } });
    // Drained, not cancelled: an answer over an unread body breaks the connection (worker/body.ts drainBody).
    expect(body.pulled()).toBe(20);
  });

  it('refuses a streamed body without Content-Length once it passes 15 MB, with the same message', async () => {
    const body = countingBody(40);
    const res = await app.fetch(
      new Request('http://x/v1/validate', {
        method: 'POST',
        headers: xmlHeaders,
        body: body.stream,
        // @ts-expect-error duplex is required for stream bodies but missing from the Request types
        duplex: 'half',
      }),
      env,
    );
    expect(res.status).toBe(413);
    expect(await json(res)).toMatchObject({
      error: { code: 'too-large', message: 'O arquivo passa do limite de 15 MB. Divida o lote em arquivos menores.' },
    });
    expect(body.pulled()).toBe(40); // the rest dropped, not kept
  });

  it('stops an oversized multipart upload the same way', async () => {
    const form = new FormData();
    form.set('arquivo', new File([new Uint8Array(MAX_XML_BYTES + 200_000)], 'grande.xml'));
    const res = await api('/v1/validate', { method: 'POST', body: form });
    expect(res.status).toBe(413);
    expect(await json(res)).toMatchObject({ error: { message: expect.stringContaining('limite de 15 MB.') } });
  });

  it('refuses a DOCTYPE (entity expansion) with a clear message, even after comments', async () => {
    const xml = `<?xml version="1.0"?>\n<!-- gerado -->\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<ans:mensagemTISS/>`;
    const res = await api('/v1/validate', { method: 'POST', headers: xmlHeaders, body: xml });
    expect(res.status).toBe(422);
    expect(await json(res)).toMatchObject({
      error: { code: 'doctype-refused', message: expect.stringContaining('DOCTYPE') },
    });
  });

  it('gives clear errors for an empty body, a wrong content type and an unknown operadora', async () => {
    const empty = await api('/v1/validate', { method: 'POST', headers: xmlHeaders, body: '' });
    expect(empty.status).toBe(400);
    expect(await json(empty)).toMatchObject({ error: { code: 'empty-body' } });
    const wrongType = await api('/v1/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: 'x',
    });
    expect(wrongType.status).toBe(415);
    const unknown = await api('/v1/validate?operadora=123456', {
      method: 'POST',
      headers: xmlHeaders,
      body: consultaXml,
    });
    expect(unknown.status).toBe(404);
  });

  it('a file that is not XML is a finding for the user, not a server error', async () => {
    const res = await api('/v1/validate', { method: 'POST', headers: xmlHeaders, body: 'isto não é xml' });
    expect(res.status).toBe(200);
    const { findings } = await json<{ findings: { severity: string }[] }>(res);
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('never logs the XML or any beneficiary datum in it', async () => {
    const logged: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      });
    const secrets = ['9999900000001001', '9999900000001002', 'CON000000001', 'MEDICO TESTE 02'];
    for (const s of secrets) expect(consultaXml).toContain(s);
    await api('/v1/validate?arquivo=CON000000001.xml', { method: 'POST', headers: xmlHeaders, body: consultaXml });
    const form = new FormData();
    form.set('arquivo', new File([consultaXml.replace('</ans:mensagemTISS>', '')], '9999900000001001.xml'));
    await api('/v1/validate', { method: 'POST', body: form });
    expect(logged.length).toBeGreaterThan(0); // the request log did run
    const all = logged.join('\n');
    for (const s of secrets) expect(all).not.toContain(s);
    expect(all).not.toContain('mensagemTISS');
  });
});
