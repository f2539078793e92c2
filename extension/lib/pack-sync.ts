// Pulls the signed rule packs of the user's operadoras from the configured worker (uBlock-style: a bad
// download never replaces a good pack). For each operadora: conditional GET with the stored ETag, then the
// envelope must be well formed, signed by a bundled trusted key, for the operadora asked, not older than the
// stored one (replay) and a valid pack; only then it replaces the stored one. The outcome is recorded in
// `lastSync` for the options page.
import { contagem } from '../../shared/plural.ts';
import { parseRulePack } from '../../shared/rules/pack-schema.ts';
import { type PublicKey, verifyPackEnvelope } from '../../shared/signing/pack-envelope.ts';
import type { LastSync, Store, StoredPack } from './storage.ts';

export type PackOutcome =
  | { ans: string; status: 'atualizado'; sequence: number; versao: string }
  | { ans: string; status: 'sem-alteracao' }
  | { ans: string; status: 'erro'; code: SyncErrorCode; message: string };

export type SyncErrorCode =
  | 'rede'
  | 'http'
  | 'nao-encontrado'
  | 'json'
  | 'assinatura'
  | 'outra-operadora'
  | 'sequencia-antiga'
  | 'pacote-invalido';

export interface SyncDeps {
  store: Store;
  fetch: typeof fetch;
  trustedKeys: readonly PublicKey[];
  now?: () => Date;
  timeoutMs?: number;
}

export function packUrl(workerUrl: string, ans: string): string {
  return new URL(`v1/operadoras/${encodeURIComponent(ans)}/pack`, workerUrl.endsWith('/') ? workerUrl : `${workerUrl}/`)
    .href;
}

/** Fetches and checks one operadora's pack; returns the outcome and, when it is new and good, what to store. */
export async function syncOne(
  deps: SyncDeps,
  workerUrl: string,
  ans: string,
  stored: StoredPack | undefined,
): Promise<{ outcome: PackOutcome; next?: StoredPack }> {
  const fail = (code: SyncErrorCode, message: string) => ({ outcome: { ans, status: 'erro' as const, code, message } });
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (stored?.etag) headers['If-None-Match'] = stored.etag;
  let res: Response;
  try {
    res = await deps.fetch(packUrl(workerUrl, ans), {
      headers,
      signal: AbortSignal.timeout(deps.timeoutMs ?? 15_000),
      cache: 'no-store',
    });
  } catch {
    return fail('rede', `${ans}: servidor inacessível; mantido o pacote atual.`);
  }
  if (res.status === 304 && stored) return { outcome: { ans, status: 'sem-alteracao' } };
  if (res.status === 404) return fail('nao-encontrado', `${ans}: o servidor não tem pacote para esta operadora.`);
  if (!res.ok) return fail('http', `${ans}: o servidor respondeu ${res.status}; mantido o pacote atual.`);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return fail('json', `${ans}: resposta do servidor ilegível; mantido o pacote atual.`);
  }
  const verified = await verifyPackEnvelope(body, deps.trustedKeys);
  if (!verified.ok) return fail('assinatura', `${ans}: ${verified.message} Mantido o pacote atual.`);
  // verifyPackEnvelope parsed it with the envelope schema, so the cast only names what is already checked.
  const envelope = body as StoredPack['envelope'];
  if (envelope.ans !== ans) return fail('outra-operadora', `${ans}: o servidor enviou o pacote de outra operadora.`);
  if (stored && envelope.sequence < stored.sequence)
    return fail(
      'sequencia-antiga',
      `${ans}: pacote recebido (publicação ${envelope.sequence}) é mais antigo que o atual (${stored.sequence}); recusado.`,
    );
  if (stored && envelope.sequence === stored.sequence && envelope.signature === stored.envelope.signature)
    return { outcome: { ans, status: 'sem-alteracao' } };
  if (stored && envelope.sequence === stored.sequence)
    return fail('sequencia-antiga', `${ans}: publicação ${envelope.sequence} repetida com outro conteúdo; recusada.`);
  const pack = parseRulePack(envelope.pack);
  if (!pack.ok) {
    const first = pack.issues[0];
    return fail('pacote-invalido', `${ans}: pacote inválido (${first ? `${first.path}: ${first.message}` : '?'}).`);
  }
  const etag = res.headers.get('ETag') ?? undefined;
  return {
    outcome: { ans, status: 'atualizado', sequence: envelope.sequence, versao: pack.pack.versao },
    next: {
      envelope,
      sequence: envelope.sequence,
      ...(etag ? { etag } : {}),
      verifiedAt: (deps.now?.() ?? new Date()).toISOString(),
    },
  };
}

/** Syncs every operadora of the user and records the result; never throws. */
export async function syncPacks(deps: SyncDeps): Promise<{ lastSync: LastSync; outcomes: PackOutcome[] }> {
  const state = await deps.store.read();
  const at = (deps.now?.() ?? new Date()).toISOString();
  if (!state.workerUrl) {
    const lastSync: LastSync = {
      at,
      status: 'sem-servidor',
      message: 'Sem servidor configurado: usando os pacotes que vêm com a extensão.',
    };
    await deps.store.write({ lastSync });
    return { lastSync, outcomes: [] };
  }
  const outcomes: PackOutcome[] = [];
  const packs = { ...state.packs };
  for (const ans of state.operadoras) {
    const { outcome, next } = await syncOne(deps, state.workerUrl, ans, packs[ans]);
    outcomes.push(outcome);
    if (next) packs[ans] = next;
  }
  const lastSync = summarise(at, outcomes);
  // Re-read just before writing: only the packs we changed are replaced.
  const latest = await deps.store.read();
  const changed = Object.fromEntries(
    outcomes.flatMap((o) => (o.status === 'atualizado' ? [[o.ans, packs[o.ans]!]] : [])),
  );
  await deps.store.write({ packs: { ...latest.packs, ...changed }, lastSync });
  return { lastSync, outcomes };
}

export function summarise(at: string, outcomes: readonly PackOutcome[]): LastSync {
  const errors = outcomes.filter((o) => o.status === 'erro');
  const updated = outcomes.filter((o) => o.status === 'atualizado');
  if (!outcomes.length) return { at, status: 'ok', message: 'Nenhuma operadora escolhida nas opções.' };
  if (!errors.length)
    return updated.length
      ? { at, status: 'ok', message: `${contagem(updated.length, 'pacote atualizado', 'pacotes atualizados')}.` }
      : { at, status: 'sem-alteracao', message: 'Pacotes já estavam atualizados.' };
  const detail = errors.map((e) => e.message).join(' ');
  return { at, status: errors.length === outcomes.length ? 'erro' : 'parcial', message: detail };
}
