// The admin API client: Hono's hc over the worker's own route types (worker/api.ts), so every path, parameter, body
// and response shape comes from the routes that serve them and the console declares none. Same origin, Bearer
// token; a failed call becomes an ApiError with the server's stable `code` (./errors.ts explains it to people).
// Types only hold at compile time: each answer is also parsed with the worker's own response schema
// (worker/schemas.ts), so a server of another version, or a proxy's page, is said plainly instead of breaking a view.
import { type ClientResponse, hc } from 'hono/client';
import * as z from 'zod';
import type { AppType } from '../../../worker/api.ts';
import { ApiError, UNEXPECTED_RESPONSE } from './errors.ts';

export function apiClient(token: string, base = '') {
  return hc<AppType>(base, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    init: { cache: 'no-store' },
  });
}

export type ApiClient = ReturnType<typeof apiClient>;

/** The error body of worker/API.md ({error: {code, message, details}}), whatever came back. */
async function toApiError(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  const body = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const err = (body.error && typeof body.error === 'object' ? body.error : body) as Record<string, unknown>;
  return new ApiError(
    res.status,
    typeof err.code === 'string' ? err.code : '',
    typeof err.message === 'string' ? err.message : res.statusText,
    {
      ...body,
      ...err,
      ...(err.details && typeof err.details === 'object' ? (err.details as Record<string, unknown>) : {}),
    },
  );
}

/** Where and what, from the first issue: "operadoras.0.sequence: Invalid input: expected number, received undefined". */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * The body of a successful answer, checked against the schema the route declares (worker/schemas.ts) and typed
 * by it; any other status throws an ApiError with the server's code, an unexpected body one coded
 * UNEXPECTED_RESPONSE.
 */
export async function dataOf<T>(pending: Promise<ClientResponse<T>>, schema: z.core.$ZodType<T>): Promise<T> {
  const res = (await pending) as unknown as Response;
  if (!res.ok) throw await toApiError(res);
  const text = await res.text().catch(() => '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError(res.status, UNEXPECTED_RESPONSE, 'a resposta não é JSON', { url: res.url });
  }
  const parsed = z.safeParse(schema, json);
  if (!parsed.success) throw new ApiError(res.status, UNEXPECTED_RESPONSE, firstIssue(parsed.error), { url: res.url });
  return parsed.data;
}
