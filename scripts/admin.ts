// `npm run admin -- …`: the support team's command line for the worker's admin API (see worker/API.md).
//   token create --role viewer|editor|publisher --name "suporte PASA" [--persist-to dir | --remote]
//   key generate
//   pack push <pack.json> [--publish --note "…" [--versao x.y.z]]
//   pack history <ans>
//   pack rollback <ans> <versao> [--note "…"]
// Common: --url (default $TISS_WORKER_URL or http://127.0.0.1:8787), --token (default $TISS_ADMIN_TOKEN).
// Tokens are created straight in D1 through wrangler (local state, or --remote with your Cloudflare login):
// whoever may deploy the worker may mint tokens, and the API has no token-minting route to attack.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as ed from '@noble/ed25519';
import { type AdminApi, adminApi } from '../admin/src/api/admin-api.ts';
import { ApiError, UNEXPECTED_RESPONSE } from '../admin/src/api/errors.ts';
import { contagem } from '../shared/plural.ts';
import { bytesToBase64 } from '../shared/signing/pack-envelope.ts';
import { executeSql, ROLES, type Role, tokenInsert } from './worker-local.ts';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: process.env.TISS_WORKER_URL ?? 'http://127.0.0.1:8787' },
    token: { type: 'string', default: process.env.TISS_ADMIN_TOKEN },
    role: { type: 'string' },
    name: { type: 'string' },
    'persist-to': { type: 'string' },
    remote: { type: 'boolean', default: false },
    publish: { type: 'boolean', default: false },
    note: { type: 'string' },
    versao: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

class CliError extends Error {}

const USAGE = `uso: npm run admin -- <comando>
  token create --role viewer|editor|publisher --name "suporte PASA" [--persist-to <dir> | --remote]
  key generate
  pack push <pacote.json> [--publish --note "o que mudou" [--versao x.y.z]]
  pack history <ans>
  pack rollback <ans> <versao> [--note "motivo"]
opções comuns: --url <servidor> (padrão ${opts.url}) --token <token> (ou TISS_ADMIN_TOKEN)`;

/**
 * The admin API through the console's own client (admin/src/api/admin-api.ts: Hono's hc over the worker's route
 * types, each answer checked with the worker's response schema), so the CLI declares no path nor shape of its own.
 */
async function call<T>(request: (api: AdminApi) => Promise<T>): Promise<T> {
  if (!opts.token) throw new CliError('Informe o token de acesso: --token <token> ou a variável TISS_ADMIN_TOKEN.');
  try {
    return await request(adminApi(opts.token, opts.url));
  } catch (err) {
    if (err instanceof ApiError) throw new CliError(apiErrorLines(err).join('\n'));
    // fetch's own failure: no server at that address (or no network).
    if (err instanceof TypeError)
      throw new CliError(`Não foi possível falar com o servidor ${opts.url}. Ele está rodando? (npm start)`);
    throw err;
  }
}

/** The server's message and code, and each pack error it lists (worker/API.md error body). */
function apiErrorLines(err: ApiError): string[] {
  if (err.code === UNEXPECTED_RESPONSE)
    return [`O servidor ${opts.url} respondeu algo que este comando não reconhece (${err.message}): é a mesma versão?`];
  const lines = [`${err.message || `HTTP ${err.status}`} [${err.code || err.status}]`];
  const errors = err.body.errors;
  if (Array.isArray(errors))
    for (const e of errors as { path: string; message: string }[]) lines.push(`  ${e.path}: ${e.message}`);
  return lines;
}

async function tokenCreate() {
  const role = opts.role as Role;
  if (!ROLES.includes(role)) throw new CliError(`--role deve ser um de: ${ROLES.join(', ')}`);
  if (!opts.name?.trim()) throw new CliError('--name é obrigatório (quem vai usar o token, ex.: "suporte PASA").');
  const { token, sql } = await tokenInsert(role, opts.name.trim());
  await executeSql(opts.remote ? { local: false } : { local: true, persistTo: opts['persist-to'] }, sql);
  console.log(
    `Token de ${role} para "${opts.name.trim()}" (mostrado só esta vez; guarde-o num cofre de senhas):\n${token}`,
  );
}

async function keyGenerate() {
  const secret = ed.utils.randomSecretKey();
  const publicKey = bytesToBase64(await ed.getPublicKeyAsync(secret));
  const keyId = `prod-${new Date().toISOString().slice(0, 10)}`;
  console.log(`Nova chave Ed25519 "${keyId}". O segredo aparece só agora:
  PACK_SIGNING_KEY=${bytesToBase64(secret)}
  PACK_SIGNING_KEY_ID=${keyId}
1. npx wrangler secret put PACK_SIGNING_KEY     (cole o segredo)
2. npx wrangler secret put PACK_SIGNING_KEY_ID  (${keyId})
3. Em shared/signing/trusted-keys.ts, PRODUCTION_KEYS:
   { keyId: '${keyId}', alg: 'Ed25519', publicKey: '${publicKey}' }`);
}

async function packPush(file: string | undefined) {
  if (!file) throw new CliError('Informe o arquivo: pack push <pacote.json>');
  let pack: { operadora?: { chave?: string } };
  try {
    pack = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CliError(`Não consegui ler ${file} como JSON: ${(err as Error).message}`);
  }
  const ans = pack.operadora?.chave;
  if (!ans) throw new CliError(`${file}: falta operadora.chave no pacote.`);
  const draft = await call((api) => api.draft(ans));
  const saved = await call((api) => api.saveDraft(ans, pack, draft.etag));
  console.log(`Rascunho de ${ans} salvo (revisão ${saved.revision}).`);
  const check = await call((api) => api.validateDraft(ans));
  for (const e of check.errors) console.log(`  erro ${e.path}: ${e.message}`);
  for (const f of check.dryRun.failures) console.log(`  regra ${f.rule} falhou no teste: ${f.message}`);
  if (!check.ok) throw new CliError('O pacote tem erros; não foi publicado.');
  console.log(
    `Validação: ok (${contagem(check.dryRun.findings.length, 'apontamento', 'apontamentos')} nos contextos de teste).`,
  );
  if (!opts.publish) return console.log('Use --publish --note "…" para publicar.');
  if (!opts.note) throw new CliError('Para publicar, descreva a mudança com --note "…".');
  const note = opts.note;
  const { current } = await call((api) => api.versions(ans));
  const pub = await call((api) => api.publish(ans, current.etag, note, opts.versao));
  console.log(`Publicado: ${ans} versão ${pub.versao} (sequência ${pub.sequence}).`);
}

async function packHistory(ans: string | undefined) {
  if (!ans) throw new CliError('Informe a operadora: pack history <ans>');
  const { current, versions } = await call((api) => api.versions(ans));
  for (const v of versions) {
    const mark = v.sequence === current.sequence ? '*' : ' ';
    console.log(
      `${mark} ${v.versao.padEnd(10)} seq ${String(v.sequence).padEnd(4)} ${v.kind.padEnd(8)} ${v.publishedAt}  ${v.publishedBy} — ${v.note}`,
    );
  }
}

async function packRollback(ans: string | undefined, versao: string | undefined) {
  if (!ans || !versao) throw new CliError('Informe operadora e versão: pack rollback <ans> <versao>');
  const { current } = await call((api) => api.versions(ans));
  const pub = await call((api) => api.rollback(ans, current.etag, versao, opts.note));
  console.log(`Revertido: ${ans} volta à versão ${pub.versao} (sequência ${pub.sequence}).`);
}

async function main() {
  const [group, action, ...args] = positionals;
  const command = `${group ?? ''} ${action ?? ''}`.trim();
  if (opts.help || !group) return console.log(USAGE);
  switch (command) {
    case 'token create':
      return tokenCreate();
    case 'key generate':
      return keyGenerate();
    case 'pack push':
      return packPush(args[0]);
    case 'pack history':
      return packHistory(args[0]);
    case 'pack rollback':
      return packRollback(args[0], args[1]);
    default:
      throw new CliError(`Comando desconhecido: ${command}\n${USAGE}`);
  }
}

main().catch((err) => {
  console.error(err instanceof CliError ? err.message : err);
  process.exitCode = 1;
});
