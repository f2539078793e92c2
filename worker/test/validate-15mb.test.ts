// A lote of the size limit (15 MB) validated inside workerd, the Workers runtime: the request completes with the
// full answer. workerd in tests does not enforce the 128 MB isolate limit and exposes no heap figure to the
// worker, so the margin under 128 MB is shown by `npm run bench:xml` (the same engine with V8's heap capped);
// this test proves the route itself — reading the body, decoding, parsing, XSD, hash, pack rules — holds a
// 15 MB file in the runtime it deploys to.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MAX_XML_BYTES } from '../../shared/tiss/report.ts';
import { largeLoteFrom } from '../../test/support/tiss-large-lote.ts';
import { api, json } from './helpers.ts';

const template = Uint8Array.from(atob(env.LARGE_LOTE_TEMPLATE_B64), (c) => c.charCodeAt(0));

describe('POST /v1/validate with a 15 MB lote', () => {
  it('answers with the summary and no TISS error', async () => {
    const lote = largeLoteFrom(template, MAX_XML_BYTES - 200_000);
    expect(lote.byteLength).toBeGreaterThan(14_000_000);
    expect(lote.byteLength).toBeLessThanOrEqual(MAX_XML_BYTES);
    const res = await api('/v1/validate?arquivo=lote-grande.xml', {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: lote as Uint8Array<ArrayBuffer>,
    });
    expect(res.status).toBe(200);
    const body = await json<{
      summary: { bytes: number; quantidadeGuias: number; hash: { confere: boolean }; versaoSuportada: boolean };
      findings: { severity: string; rule: string }[];
    }>(res);
    expect(body.summary).toMatchObject({ bytes: lote.byteLength, quantidadeGuias: 100, versaoSuportada: true });
    expect(body.summary.hash.confere).toBe(true);
    // The TISS checks pass; the operadora's pack may still object to the fixture's dates (prazos), which is not
    // what this test is about.
    expect(body.findings.filter((f) => f.severity === 'error' && f.rule.startsWith('tiss/'))).toEqual([]);
    expect(body.findings.length).toBeGreaterThan(0);
  }, 120_000);
});
