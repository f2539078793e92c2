// The route registry the OpenAPI 3.1 document (and the /v1/docs page) is generated from: each route names the
// zod schemas the code parses with; z.toJSONSchema turns them into JSON Schema 2020-12, which OpenAPI 3.1 uses.
// A test checks that this list and the routes the app really serves are the same.
import * as z from 'zod';
import type { Role } from '../shared/roles.ts';
import { rulePackJsonSchema } from '../shared/rules/pack-schema.ts';
import * as s from './schemas.ts';
import { WORKER_VERSION } from './version.ts';

export interface RouteDoc {
  method: 'get' | 'put' | 'post';
  path: string;
  summary: string;
  role?: Role;
  query?: z.ZodObject;
  body?: z.ZodType | 'xml';
  response: z.ZodType | 'redirect';
  status?: number;
  ifMatch?: boolean;
}

const ans = '/v1/operadoras/{ans}';
const adm = '/v1/admin/operadoras/{ans}';

export const routeDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Estado do serviço e número de pacotes publicados',
    response: s.healthSchema,
  },
  { method: 'get', path: '/v1/operadoras', summary: 'Operadoras com pacote publicado', response: s.operadorasSchema },
  {
    method: 'get',
    path: `${ans}/pack`,
    summary: 'Pacote de regras assinado (ETag; If-None-Match → 304)',
    query: s.packQuerySchema,
    response: s.envelopeSchema,
  },
  { method: 'get', path: '/v1/keys', summary: 'Chaves públicas Ed25519 das assinaturas', response: s.keysSchema },
  {
    method: 'post',
    path: '/v1/validate',
    summary: 'Valida um XML TISS (até 15 MB; nunca armazenado nem registrado em log)',
    query: s.validateQuerySchema,
    body: 'xml',
    response: s.validateResponseSchema,
  },
  { method: 'get', path: '/v1/openapi.json', summary: 'Este documento', response: z.record(z.string(), z.unknown()) },
  { method: 'get', path: '/v1/docs', summary: 'Página com as rotas da API', response: z.string() },
  { method: 'get', path: '/v1/admin/me', summary: 'Quem é o dono do token', role: 'viewer', response: s.meSchema },
  {
    method: 'get',
    path: '/v1/admin/operadoras',
    summary: 'Operadoras, versão atual, quem publicou, se há rascunho',
    role: 'viewer',
    response: s.adminOperadorasSchema,
  },
  {
    method: 'get',
    path: `${adm}/draft`,
    summary: 'Rascunho (ou o pacote atual como revisão 0)',
    role: 'editor',
    response: s.draftSchema,
  },
  {
    method: 'put',
    path: `${adm}/draft`,
    summary: 'Salva o rascunho (If-Match = etag do rascunho; 412 se outra pessoa salvou)',
    role: 'editor',
    ifMatch: true,
    body: s.putDraftSchema,
    response: s.draftSchema,
  },
  {
    method: 'post',
    path: `${adm}/draft/validate`,
    summary: 'Valida o rascunho (esquema + execução de teste de cada regra)',
    role: 'editor',
    body: s.validateDraftSchema,
    response: s.validationResultSchema,
  },
  {
    method: 'post',
    path: `${adm}/publish`,
    summary: 'Publica o rascunho (If-Match = etag da publicação atual; 412 se outra pessoa publicou)',
    role: 'publisher',
    ifMatch: true,
    body: s.publishSchema,
    response: s.publicationSchema,
    status: 201,
  },
  {
    method: 'get',
    path: `${adm}/versions`,
    summary: 'Histórico de publicações',
    role: 'viewer',
    response: s.versionsSchema,
  },
  {
    method: 'get',
    path: `${adm}/versions/{versao}`,
    summary: 'Uma versão publicada com o envelope assinado',
    role: 'viewer',
    response: s.versionSchema,
  },
  {
    method: 'get',
    path: `${adm}/diff`,
    summary: 'Diferenças entre duas versões',
    role: 'viewer',
    query: s.diffQuerySchema,
    response: s.diffSchema,
  },
  {
    method: 'post',
    path: `${adm}/rollback`,
    summary: 'Torna atual uma versão anterior (nova publicação, sequence maior)',
    role: 'publisher',
    ifMatch: true,
    body: s.rollbackSchema,
    response: s.publicationSchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/v1/admin/audit',
    summary: 'Registro de auditoria (filtros, paginado)',
    role: 'viewer',
    query: s.auditQuerySchema,
    response: s.auditPageSchema,
  },
];

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
const input = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function operation(r: RouteDoc) {
  const parameters: unknown[] = [];
  for (const name of r.path.match(/\{(\w+)\}/g) ?? [])
    parameters.push({ name: name.slice(1, -1), in: 'path', required: true, schema: { type: 'string' } });
  if (r.query) {
    const props = (input(r.query) as { properties?: Record<string, unknown>; required?: string[] }) ?? {};
    for (const [name, schema] of Object.entries(props.properties ?? {}))
      parameters.push({ name, in: 'query', required: props.required?.includes(name) ?? false, schema });
  }
  if (r.ifMatch) parameters.push({ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } });
  const responses: Record<string, unknown> = {
    [String(r.status ?? 200)]: {
      description: 'OK',
      content: { 'application/json': { schema: r.response === 'redirect' ? {} : json(r.response) } },
    },
    '400': errorResponse('Requisição inválida'),
  };
  if (r.role) {
    responses['401'] = errorResponse('Sem token ou token inválido');
    responses['403'] = errorResponse(`Perfil abaixo de ${r.role}`);
  }
  if (r.ifMatch) {
    responses['412'] = errorResponse('Versão desatualizada (outra pessoa alterou antes)');
    responses['428'] = errorResponse('Falta o cabeçalho If-Match');
  }
  if (r.body === 'xml') responses['413'] = errorResponse('Arquivo acima de 15 MB');
  return {
    summary: r.summary,
    ...(r.role ? { security: [{ bearer: [] }], 'x-min-role': r.role } : {}),
    parameters,
    ...(r.body
      ? {
          requestBody: {
            required: r.body === 'xml',
            content:
              r.body === 'xml'
                ? {
                    'application/xml': { schema: { type: 'string', format: 'binary' } },
                    'multipart/form-data': {
                      schema: { type: 'object', properties: { arquivo: { type: 'string', format: 'binary' } } },
                    },
                  }
                : { 'application/json': { schema: input(r.body) } },
          },
        }
      : {}),
    responses,
  };
}

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routeDocs) {
    paths[r.path] ??= {};
    paths[r.path]![r.method] = operation(r);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'tiss-preflight worker',
      version: WORKER_VERSION,
      description: 'Validação de XML TISS e distribuição de pacotes de regras assinados por operadora.',
    },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: json(s.errorSchema), RulePack: rulePackJsonSchema },
    },
  };
}

const escapeHtml = (t: string) =>
  t.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** A plain page (no scripts, so it works under any CSP) listing every route. */
export function docsPage(): string {
  const rows = routeDocs
    .map(
      (r) =>
        `<tr><td><code>${r.method.toUpperCase()}</code></td><td><code>${escapeHtml(r.path)}</code></td><td>${
          r.role ?? 'público'
        }</td><td>${escapeHtml(r.summary)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>tiss-preflight — API</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>tiss-preflight — API do servidor</h1>
<p>Documento OpenAPI 3.1: <a href="/v1/openapi.json">/v1/openapi.json</a>. Rotas administrativas exigem
<code>Authorization: Bearer &lt;token&gt;</code> com o perfil indicado (leitura &lt; edição &lt; publicação).
Erros vêm como <code>{"error":{"code","message"}}</code>.</p>
<table><thead><tr><th>Método</th><th>Caminho</th><th>Perfil mínimo</th><th>O que faz</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>`;
}
