// Test helpers: call the worker as a client would, create tokens, publish a known pack.
import { env, exports } from 'cloudflare:workers';
import type { RulePackInput } from '../../shared/rules/pack-schema.ts';
import type { Role } from '../env.ts';
import { checkPackFor } from '../pack-check.ts';
import { publishPack } from '../publishing.ts';
import { newToken, sha256Hex } from '../token-hash.ts';

export const BASE = 'http://tiss.test';

export function api(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  // A client address of its own unless the test names one: the per-IP limits (worker/rate-limit.ts) are only
  // counted where a test means to count them.
  if (!headers.has('cf-connecting-ip')) headers.set('cf-connecting-ip', `2001:db8::${crypto.randomUUID().slice(0, 4)}`);
  if (init.body && typeof init.body === 'string' && !headers.has('content-type'))
    headers.set('content-type', 'application/json');
  return exports.default.fetch(new Request(`${BASE}${path}`, { ...init, headers }));
}

export async function createToken(role: Role, name = `teste ${role}`): Promise<string> {
  const token = newToken();
  await env.DB.prepare('INSERT INTO tokens (id, name, role, hash, created_at) VALUES (?, ?, ?, ?, ?)')
    .bind(crypto.randomUUID(), name, role, await sha256Hex(token), new Date().toISOString())
    .run();
  return token;
}

export const TEST_ANS = '999001';

export function testPack(overrides: Partial<RulePackInput> = {}): RulePackInput {
  return {
    operadora: { registroAns: TEST_ANS, nome: 'Operadora de Teste', chave: TEST_ANS },
    versao: '1.0.0',
    vigencia: '2026-01-01',
    portal: { hosts: ['portalconectasaude.com.br'], labels: {}, situacoes: {} },
    tiposDocumento: ['04-INDICACAO CLINICA'],
    categorias: [],
    regras: [
      {
        id: 'lote-max-guias',
        kind: 'lote-max-guias',
        severity: 'error',
        options: { max: 100 },
        message: 'O lote {lote} tem {quantidade} guias; o limite é {max}.',
        source: 'pasa-faturamento-2023 § Lotes',
      },
    ],
    ...overrides,
  };
}

/** Publishes `pack` as version 1 of its operadora, as the seeding of a default pack would. */
export async function seedTestPack(input: RulePackInput = testPack()) {
  const checked = checkPackFor(input.operadora.chave, input);
  if (!checked.ok) throw new Error(`test pack invalid: ${JSON.stringify(checked.errors)}`);
  const pack = checked.pack;
  return publishPack(env, {
    ans: pack.operadora.chave,
    nome: pack.operadora.nome,
    pack: pack as unknown as Record<string, unknown>,
    versao: pack.versao,
    kind: 'seed',
    note: 'pacote de teste',
    actor: { name: 'sistema', role: null },
    base: null,
  });
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** A body stream of `chunks` × 1 MB that records how many chunks the server pulled. */
export function countingBody(chunks: number) {
  let pulled = 0;
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= chunks) return controller.close();
        pulled++;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  ); // pull only when the server reads, so `pulled` counts what it read
  return { stream, pulled: () => pulled };
}

/**
 * Waits for the start of a fresh rate-limit window when less than `needMs` is left in the current one: the limits
 * count in fixed windows of `periodS` seconds, and a test that straddles two would see its count reset midway.
 */
export async function freshWindow(periodS: number, needMs: number): Promise<void> {
  const left = periodS * 1000 - (Date.now() % (periodS * 1000));
  if (left < needMs) await new Promise((r) => setTimeout(r, left + 20));
}
