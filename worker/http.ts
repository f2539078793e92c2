// The contract of each route as middleware (Hono's validator): path parameters, query, JSON body and If-Match are
// checked before the handler, which reads them with c.req.valid(...); each one also documents itself in the
// OpenAPI document (worker/openapi.ts), so what is checked and what is documented are one declaration.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { validator } from 'hono/validator';
import { resolver } from 'hono-openapi';
import * as z from 'zod';
import { parseOr400, readJson } from './body.ts';
import type { AppEnv } from './env.ts';
import { ApiError } from './errors.ts';
import { errorResponse, withSchema, withSpec } from './openapi.ts';
import { ansSchema, versaoSchema } from './schemas.ts';

function checkAns(ans = ''): string {
  if (!ansSchema.safeParse(ans).success)
    throw new ApiError(400, 'invalid-operadora', `"${ans.slice(0, 64)}" não é uma chave de operadora válida.`);
  return ans;
}

/** The `:ans` path parameter (400 invalid-operadora unless it is an operadora key); handlers read c.req.valid('param'). */
export const validAns = withSchema(
  validator('param', (p) => ({ ...p, ans: checkAns(p.ans) })),
  'param',
  z.object({ ans: ansSchema }),
);

/** The `:versao` path parameter (400 invalid-request unless x.y.z); after validAns, handlers read c.req.valid('param'). */
export const validVersao = withSchema(
  validator('param', (p) => ({ ...p, versao: parseOr400(versaoSchema, p.versao) })),
  'param',
  z.object({ versao: versaoSchema }),
);

/** Query validation as route middleware: 400 with the bad fields' paths, else the handler reads c.req.valid('query'). */
export function validQuery<S extends z.core.$ZodType>(schema: S) {
  return withSchema(
    validator('query', (value): z.output<S> => parseOr400(schema, value)),
    'query',
    schema,
  );
}

/**
 * A JSON body as route middleware: read by readJson (size limit, 413/400 in pt-BR, a refused body still drained),
 * then parsed with `schema`; the handler reads c.req.valid('json'). Not Hono's validator('json'), which would read
 * the whole body with no limit.
 */
export function validJson<S extends z.core.$ZodType>(schema: S) {
  return withSpec(
    createMiddleware<AppEnv, string, { in: { json: z.input<S> }; out: { json: z.output<S> } }>(async (c, next) => {
      c.req.addValidatedData('json', (await readJson(c.req.raw, schema)) as object);
      await next();
    }),
    {
      requestBody: {
        // readJson reads an empty body as {}: the body is optional where the schema accepts that.
        required: !z.safeParse(schema, {}).success,
        content: { 'application/json': { schema: resolver(schema) } },
      },
      responses: { 413: errorResponse('Corpo acima de 1 MB') },
    },
  );
}

/** Entity tags of an If-Match / If-None-Match header ("*" kept as is, weak prefixes dropped). */
export function entityTags(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .filter(Boolean)
    .map((t) => (t === '*' || t.startsWith('"') ? t : `"${t}"`));
}

export function matchesEtag(header: string | undefined, etag: string): boolean {
  return entityTags(header).some((t) => t === '*' || t === etag);
}

/** A draft or publication as the answer, its etag also in the ETag header: what the next write's If-Match names. */
export function jsonWithEtag<T extends { etag: string }, S extends 200 | 201 = 200>(
  c: Context<AppEnv>,
  body: T,
  status?: S,
) {
  c.header('ETag', body.etag);
  return c.json(body, status);
}

/** The If-Match header, required on every write that must not overwrite someone else's work. */
function requireIfMatch(header: string | undefined): string {
  if (!header)
    throw new ApiError(
      428,
      'precondition-required',
      'Envie o cabeçalho If-Match com a versão que você editou (etag), para não sobrescrever o trabalho de outra pessoa.',
    );
  // "*" would skip the very check If-Match is for (someone else's publication or draft in between).
  if (entityTags(header).includes('*'))
    throw new ApiError(
      428,
      'precondition-required',
      'If-Match: * não é aceito: envie a etag exata da versão que você editou (ex.: a do GET correspondente).',
    );
  return header;
}

/** Route middleware for requireIfMatch; the handler reads c.req.valid('header')['if-match']. */
export const ifMatch = withSpec(
  validator('header', (h) => ({ 'if-match': requireIfMatch(h['if-match']) })),
  {
    parameters: [{ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
    responses: {
      412: errorResponse('Versão desatualizada (outra pessoa alterou antes)'),
      428: errorResponse('Falta o cabeçalho If-Match'),
    },
  },
);
