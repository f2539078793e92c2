// `npm run load`: a bounded load test of the worker under `wrangler dev` on 127.0.0.1 (started here unless --url
// is given). Mixes signed-pack GETs with If-None-Match (expected 304) and ~1 MB TISS validations (expected 200)
// at a fixed concurrency; prints p50/p99 per kind and against a peer measured in the same run (GET /health, the
// cheapest route), and exits non-zero on any error.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { type StartedWorker, startWorker } from '../test/e2e/support/worker.ts';
import { makeLargeLote } from '../test/support/tiss-large.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '20' },
    'validate-every': { type: 'string', default: '10' },
    'xml-bytes': { type: 'string', default: String(1024 * 1024) },
  },
});
const total = Math.min(Number(values.requests), 100_000);
const concurrency = Math.min(Number(values.concurrency), 200);
const validateEvery = Math.max(Number(values['validate-every']), 1);

type Kind = 'health' | 'pack-304' | 'validate-1mb';
interface Sample {
  kind: Kind;
  ms: number;
  ok: boolean;
  status: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function runPool(count: number, next: (i: number) => Promise<Sample>): Promise<Sample[]> {
  const samples: Sample[] = [];
  let i = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (i < count) samples.push(await next(i++));
    }),
  );
  return samples;
}

async function timed(kind: Kind, expect: number, run: () => Promise<Response>): Promise<Sample> {
  const t0 = performance.now();
  try {
    const res = await run();
    await res.arrayBuffer();
    return { kind, ms: performance.now() - t0, ok: res.status === expect, status: res.status };
  } catch {
    return { kind, ms: performance.now() - t0, ok: false, status: 0 };
  }
}

function report(label: string, samples: Sample[], peerP50?: number) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => !s.ok);
  const p50 = percentile(ms, 50);
  const ratio = peerP50 ? `  (p50 = ${(p50 / peerP50).toFixed(1)}× GET /health)` : '';
  console.log(
    `${label.padEnd(14)} n=${String(samples.length).padEnd(5)} errors=${errors.length}  p50=${p50.toFixed(1)} ms  p99=${percentile(ms, 99).toFixed(1)} ms  max=${(ms.at(-1) ?? 0).toFixed(1)} ms${ratio}`,
  );
  if (errors.length) console.log(`   statuses of errors: ${[...new Set(errors.map((e) => e.status))].join(', ')}`);
  return { p50, errors: errors.length };
}

async function main() {
  const worker: StartedWorker | undefined = values.url ? undefined : await startWorker();
  const url = values.url ?? worker!.url;
  try {
    const { operadoras } = (await (await fetch(`${url}/v1/operadoras`)).json()) as { operadoras: { ans: string }[] };
    if (operadoras.length === 0) throw new Error('nenhuma operadora publicada no servidor');
    const etags = new Map<string, string>();
    for (const o of operadoras) {
      const res = await fetch(`${url}/v1/operadoras/${o.ans}/pack`);
      await res.arrayBuffer();
      etags.set(o.ans, res.headers.get('etag') ?? '');
    }
    const xml = new Blob([makeLargeLote(Number(values['xml-bytes'])) as Uint8Array<ArrayBuffer>]);
    console.log(
      `load: ${total} requests, concurrency ${concurrency}, 1 in ${validateEvery} a validation of ${(xml.size / 1048576).toFixed(2)} MB, ${operadoras.length} operadoras, ${url}`,
    );

    const peer = await runPool(200, () => timed('health', 200, () => fetch(`${url}/health`)));
    const started = performance.now();
    const samples = await runPool(total, (i) => {
      if (i % validateEvery === validateEvery - 1)
        return timed('validate-1mb', 200, () =>
          fetch(`${url}/v1/validate`, {
            method: 'POST',
            // One address per concurrent client, as `concurrency` clients would be: the worker limits each address
            // (60 validations per 10 s); wrangler dev takes the address from this header, Cloudflare sets it itself.
            headers: { 'content-type': 'application/xml', 'cf-connecting-ip': `10.0.0.${i % concurrency}` },
            body: xml,
          }),
        );
      const o = operadoras[i % operadoras.length]!;
      return timed('pack-304', 304, () =>
        fetch(`${url}/v1/operadoras/${o.ans}/pack`, { headers: { 'if-none-match': etags.get(o.ans)! } }),
      );
    });
    const seconds = (performance.now() - started) / 1000;

    const base = report('GET /health', peer);
    const packs = report(
      'pack 304',
      samples.filter((s) => s.kind === 'pack-304'),
      base.p50,
    );
    const validations = report(
      'validate 1 MB',
      samples.filter((s) => s.kind === 'validate-1mb'),
      base.p50,
    );
    const all = report('all', samples);
    console.log(
      `load average (1/5/15 min): ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} on ${cpus().length} cores`,
    );
    console.log(`throughput: ${(samples.length / seconds).toFixed(0)} req/s over ${seconds.toFixed(1)} s`);
    const errors = base.errors + packs.errors + validations.errors;
    console.log(errors === 0 && all.errors === 0 ? 'zero errors' : `${errors} ${errors === 1 ? 'error' : 'errors'}`);
    if (errors) process.exitCode = 1;
  } finally {
    await worker?.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
