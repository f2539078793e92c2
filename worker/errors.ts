// Errors are values with a stable code (for programs) and a pt-BR message (for people). Routes throw ApiError;
// the app's onError turns it into the JSON shape of worker/API.md.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'invalid-request'
  | 'invalid-json'
  | 'invalid-operadora'
  | 'empty-body'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'no-draft'
  | 'stale-draft'
  | 'stale-version'
  | 'too-large'
  | 'unsupported-media-type'
  | 'doctype-refused'
  | 'invalid-pack'
  | 'invalid-version'
  | 'precondition-required'
  | 'request-timeout'
  | 'incomplete-body'
  | 'rate-limited'
  | 'method-not-allowed'
  | 'internal'
  | 'signing-key-missing';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function errorResponse(c: Context, err: ApiError): Response {
  if (err.status === 429) c.header('Retry-After', String((err.details as { retryAfter: number }).retryAfter));
  return c.json(errorBody(err.code, err.message, err.details), err.status);
}

export const notFound = (what: string) => new ApiError(404, 'not-found', `${what} não encontrado(a).`);
