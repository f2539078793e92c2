// The OpenAPI 3.1 document and the /v1/docs page are generated from the routes themselves (hono-openapi): each
// route states what it does with `describe(...)`, and the middlewares that enforce the contract document it too —
// validQuery/validJson/validAns/validVersao their zod schemas, requireRole its role and 401/403, ifMatch its header and
// 412/428. A route that is served but describes nothing is missing from the document, and a test fails.
import type { Hono, MiddlewareHandler } from 'hono';
import { findTargetHandler } from 'hono/utils/handler';
import { type DescribeRouteOptions, describeRoute, generateSpecs, resolver, uniqueSymbol } from 'hono-openapi';
import * as z from 'zod';
import type { Role } from '../shared/roles.ts';
import { rulePackJsonSchema } from '../shared/rules/pack-schema.ts';
import type { AppEnv } from './env.ts';
import { errorSchema } from './schemas.ts';
import { WORKER_VERSION } from './version.ts';

type Target = 'query' | 'param';

/** The error answer of worker/API.md, for the responses the middlewares and routes add. */
export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** Marks a middleware as the one that declares `spec` (merged into the operation of every route using it). */
export function withSpec<M extends object>(middleware: M, spec: DescribeRouteOptions): M {
  return Object.assign(middleware, { [uniqueSymbol]: { spec } });
}

/** Marks a validating middleware with the schema it parses `target` with (query or path parameters). */
export function withSchema<M extends object>(middleware: M, target: Target, schema: z.core.$ZodType): M {
  return Object.assign(middleware, { [uniqueSymbol]: { target, ...resolver(schema) } });
}

export interface RouteDescription {
  summary: string;
  /** The zod schema of the success answer (its output side, as the handler sends it), or an HTML page. */
  response: z.core.$ZodType | 'html';
  status?: 200 | 201;
  /** POST /v1/validate: the body is the XML bytes or a multipart form, not JSON. */
  xml?: boolean;
}

/** What a route does and answers; the first middleware of every route. */
export function describe(d: RouteDescription): MiddlewareHandler {
  const content =
    d.response === 'html'
      ? { 'text/html': { schema: { type: 'string' as const } } }
      : { 'application/json': { schema: resolver(d.response, { options: { io: 'output' } }) } };
  return describeRoute({
    summary: d.summary,
    responses: {
      [d.status ?? 200]: { description: 'OK', content },
      400: errorResponse('Requisição inválida'),
      ...(d.xml ? { 413: errorResponse('Arquivo acima de 15 MB') } : {}),
    },
    ...(d.xml
      ? {
          requestBody: {
            required: true,
            content: {
              'application/xml': { schema: { type: 'string', format: 'binary' } },
              'multipart/form-data': {
                schema: { type: 'object', properties: { arquivo: { type: 'string', format: 'binary' } } },
              },
            },
          },
        }
      : {}),
  });
}

/** The document served at /v1/openapi.json: every described route of `app`. */
export function openApiDocument(app: Hono<AppEnv>) {
  return generateSpecs(app as unknown as Hono, {
    // /v1/openapi.json would otherwise be dropped as a "static file", and validators would get a 400 of another shape.
    excludeStaticFile: false,
    defaultValidationErrorResponse: errorResponse('Requisição inválida'),
    documentation: {
      info: {
        title: 'tiss-preflight worker',
        version: WORKER_VERSION,
        description: 'Validação de XML TISS e distribuição de pacotes de regras assinados por operadora.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        schemas: {
          Error: z.toJSONSchema(errorSchema, { io: 'output', unrepresentable: 'any' }) as never,
          RulePack: rulePackJsonSchema as never,
        },
      },
    },
  });
}

export interface RouteDoc {
  method: string;
  /** OpenAPI spelling: /v1/admin/operadoras/{ans}/draft */
  path: string;
  summary: string;
  role?: Role;
}

/** Every described route of `app` (method, path, summary, minimum role), in the order they were registered. */
export function routeList(app: Hono<AppEnv>): RouteDoc[] {
  const routes = new Map<string, RouteDoc>();
  for (const r of app.routes) {
    if (r.method === 'ALL') continue;
    const mark = (findTargetHandler(r.handler) as { [uniqueSymbol]?: { spec?: DescribeRouteOptions } })[uniqueSymbol];
    if (!mark) continue;
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const key = `${r.method} ${path}`;
    const route = routes.get(key) ?? { method: r.method.toLowerCase(), path, summary: '' };
    if (mark.spec?.summary) route.summary = mark.spec.summary;
    const role = (mark.spec as { 'x-min-role'?: Role } | undefined)?.['x-min-role'];
    if (role) route.role = role;
    routes.set(key, route);
  }
  return [...routes.values()];
}

const escapeHtml = (t: string) =>
  t.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** A plain page (no scripts, so it works under any CSP) listing every route. */
export function docsPage(routes: RouteDoc[]): string {
  const rows = routes
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
