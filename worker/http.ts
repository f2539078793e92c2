// Small HTTP helpers shared by route modules: path parameters, query parsing, conditional-request headers.
import type { Context } from 'hono';
import { validator } from 'hono/validator';
import type * as z from 'zod';
import { parseOr400 } from './body.ts';
import { ApiError } from './errors.ts';
import { ansSchema, versaoSchema } from './schemas.ts';

export function ansParam(c: Context): string {
  const ans = c.req.param('ans') ?? '';
  if (!ansSchema.safeParse(ans).success)
    throw new ApiError(400, 'invalid-operadora', `"${ans.slice(0, 64)}" não é uma chave de operadora válida.`);
  return ans;
}

export function versaoParam(c: Context, name = 'versao'): string {
  return parseOr400(versaoSchema, c.req.param(name));
}

/** Query validation as route middleware: 400 with the bad fields' paths, else the handler reads c.req.valid('query'). */
export function validQuery<S extends z.ZodType>(schema: S) {
  return validator('query', (value): z.output<S> => parseOr400(schema, value));
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

/** The If-Match header, required on every write that must not overwrite someone else's work. */
export function requireIfMatch(c: Context): string {
  const header = c.req.header('if-match');
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
