// Thin fetch wrapper for the admin API (same origin): Bearer token, JSON in and out, errors as ApiError with
// the server's stable `code`. Response shapes are checked with zod at this edge (schemas in ./types.ts).
import type * as z from 'zod';
import { ApiError } from './errors.ts';

export interface RequestOptions {
  method?: 'GET' | 'PUT' | 'POST';
  body?: unknown;
  ifMatch?: string;
  query?: Record<string, string | undefined>;
}

export interface ApiResponse<T> {
  data: T;
  etag: string | undefined;
}

export class AdminClient {
  constructor(
    private readonly token: string,
    private readonly base = '',
  ) {}

  async request<S extends z.ZodType>(
    path: string,
    schema: S,
    opts: RequestOptions = {},
  ): Promise<ApiResponse<z.output<S>>> {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v) qs.set(k, v);
    const url = `${this.base}${path}${qs.size ? `?${qs}` : ''}`;
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, accept: 'application/json' };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.ifMatch !== undefined) headers['if-match'] = opts.ifMatch;
    const res = await fetch(url, {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? null : JSON.stringify(opts.body),
      cache: 'no-store',
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const body = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
      const err = (body.error && typeof body.error === 'object' ? body.error : body) as Record<string, unknown>;
      throw new ApiError(
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
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError(
        res.status,
        'resposta-inesperada',
        `resposta inesperada de ${path}: ${parsed.error.issues[0]?.message ?? ''}`,
      );
    }
    return { data: parsed.data, etag: res.headers.get('etag') ?? undefined };
  }
}
