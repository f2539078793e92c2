// The admin API client: Hono's hc over the worker's own route types (worker/api.ts), so every path, parameter, body
// and response shape comes from the routes that serve them and the console declares none. Same origin, Bearer
// token; a failed call becomes an ApiError with the server's stable `code` (./errors.ts explains it to people).
import { type ClientResponse, hc } from 'hono/client';
import type { AppType } from '../../../worker/api.ts';
import { ApiError } from './errors.ts';

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

/** The body of a successful answer, typed by its route; any other status throws an ApiError. */
export async function dataOf<T>(pending: Promise<ClientResponse<T>>): Promise<T> {
  const res = await pending;
  if (!res.ok) throw await toApiError(res as unknown as Response);
  return (await res.json()) as T;
}
