// Issue 14 under what `npm start` runs (startWorker: the prebundled worker under `wrangler dev`, its env file,
// local D1), over real sockets: refused uploads never hurt other clients, stalled uploads end with 408, per-IP
// limits answer 429. The workers pool cannot show the first: it has no connections and no wrangler dev proxy.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedWorker, startWorker } from './support/worker.ts';

let worker: StartedWorker;
let port: number;

beforeAll(async () => {
  worker = await startWorker({ vars: { BODY_IDLE_TIMEOUT_MS: '1500' } });
  port = Number(new URL(worker.url).port);
});
afterAll(async () => {
  await worker?.close();
});

interface Answer {
  status: number | string;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** One request on a new connection (no keep-alive pool), the body written as the server reads it. */
function send(path: string, opts: { method?: string; body?: Buffer; headers?: Record<string, string> } = {}) {
  return new Promise<Answer>((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? (opts.body ? 'POST' : 'GET'),
        agent: false,
        headers: opts.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    // Generous: an answer at all is the point (the bug was a hang, then a 503); speed is `npm run load`'s.
    req.setTimeout(20_000, () => {
      req.destroy();
      resolve({ status: 'timeout', body: '', headers: {} });
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ status: e.code ?? e.message, body: '', headers: {} }));
    req.end(opts.body);
  });
}

const xml = { 'content-type': 'application/xml' };
const small = Buffer.from('<?xml version="1.0"?><x/>');
const twoMb = Buffer.alloc(2 * 1024 * 1024, 0x61);
let ip = 0;
const client = () => ({ 'cf-connecting-ip': `192.0.2.${++ip % 250}` });
const count = (xs: (number | string)[]) =>
  Object.fromEntries([...new Set(xs)].map((x) => [x, xs.filter((y) => y === x).length]));

describe('refused uploads never hurt other clients (issue 14 item 1)', () => {
  it('a 2 MB body refused with 404 (no token, no route), then a good request on a new connection: 200', async () => {
    const refused = await send('/nope', { body: twoMb });
    expect(refused.status).toBe(404);
    const health = await send('/health');
    expect(health.status).toBe(200);
    const good = await send('/v1/validate', { body: small, headers: { ...xml, ...client() } });
    expect(good.status).toBe(200);
  });

  it('40 refused 2 MB bodies (404, 415, 401) while another client validates, then 20 good validates: all 200', async () => {
    const refusals: [string, Record<string, string>][] = [
      ['/nope', {}],
      ['/v1/validate?operadora=999999', xml],
      ['/v1/validate', { 'content-type': 'application/json' }],
      ['/v1/admin/operadoras/331988/publish', { 'content-type': 'application/json' }],
    ];
    let stop = false;
    const during: (number | string)[] = [];
    const other = (async () => {
      while (!stop) during.push((await send('/v1/validate', { body: small, headers: { ...xml, ...client() } })).status);
    })();
    const refused = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i * 100)); // 40 in ~4 s, each sent while others wait
        const [path, headers] = refusals[i % refusals.length]!;
        return (await send(path, { body: twoMb, headers: { ...headers, ...client() } })).status;
      }),
    );
    stop = true;
    await other;
    const after: (number | string)[] = [];
    for (let i = 0; i < 20; i++)
      after.push((await send('/v1/validate', { body: small, headers: { ...xml, ...client() } })).status);
    expect(count(refused)).toEqual({ 404: 20, 415: 10, 401: 10 });
    expect(during.length).toBeGreaterThan(0);
    expect(count(during)).toEqual({ 200: during.length });
    expect(after).toEqual(Array(20).fill(200));
  });

  it('a chunked upload over 15 MB gets the one 413 message, and the next client is served', async () => {
    const res = await new Promise<Answer>((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/v1/validate',
          method: 'POST',
          agent: false,
          headers: { ...xml, ...client() },
        },
        (r) => {
          let body = '';
          r.on('data', (d: Buffer) => (body += d.toString()));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body, headers: r.headers }));
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => resolve({ status: e.code ?? '', body: '', headers: {} }));
      const mb = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const write = () => {
        while (sent < 17) {
          sent++;
          if (!req.write(mb)) return void req.once('drain', write);
        }
        req.end();
      };
      write();
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toBe(
      'O arquivo passa do limite de 15 MB. Divida o lote em arquivos menores.',
    );
    expect((await send('/v1/validate', { body: small, headers: { ...xml, ...client() } })).status).toBe(200);
  });
});

describe('deadlines and limits under wrangler dev (items 3 and 8)', () => {
  it('a client that declares 100 kB and sends 5 kB gets 408, and the worker keeps serving', async () => {
    const res = await new Promise<Answer>((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/v1/validate',
          method: 'POST',
          agent: false,
          headers: { ...xml, ...client(), 'content-length': '100000' },
        },
        (r) => {
          let body = '';
          r.on('data', (d: Buffer) => (body += d.toString()));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body, headers: r.headers }));
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => resolve({ status: e.code ?? '', body: '', headers: {} }));
      req.write(Buffer.alloc(5000, 0x61)); // and nothing more
    });
    expect(res.status).toBe(408);
    expect(JSON.parse(res.body).error.code).toBe('request-timeout');
    expect((await send('/health')).status).toBe(200);
  });

  it('61 validates from one address in a 10 s window: the 61st is 429 with Retry-After', async () => {
    const left = 10_000 - (Date.now() % 10_000); // the limiter counts in fixed 10 s windows
    if (left < 6000) await new Promise((r) => setTimeout(r, left + 50));
    const me = client();
    const answers = await Promise.all(
      Array.from({ length: 61 }, () => send('/v1/validate', { body: small, headers: { ...xml, ...me } })),
    );
    const limited = answers.filter((a) => a.status === 429);
    expect(limited).toHaveLength(1);
    expect(limited[0]!.headers['retry-after']).toBe('10');
    expect(answers.filter((a) => a.status === 200)).toHaveLength(60);
  });
});
