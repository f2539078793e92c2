// Per-client-IP request limits (Workers Rate Limiting bindings, wrangler.toml [[ratelimits]]; miniflare runs them
// locally under wrangler dev and in the tests): 429 with Retry-After once a client passes its limit. The client is
// the CF-Connecting-IP Cloudflare sets (a client cannot forge it at the edge); without one, all such requests
// share one key.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, Env } from './env.ts';
import { ApiError } from './errors.ts';

/** The binding names and the period each is declared with in wrangler.toml (seconds: 10 or 60). */
export const LIMITERS = {
  VALIDATE_LIMITER: 10,
  ADMIN_LIMITER: 10,
  AUTH_FAILURE_LIMITER: 60,
} as const satisfies Record<string, 10 | 60>;
export type LimiterName = keyof typeof LIMITERS;

export function clientIp(c: Context): string {
  return c.req.header('cf-connecting-ip') ?? 'sem-ip';
}

export function tooManyRequests(name: LimiterName): ApiError {
  const seconds = LIMITERS[name];
  return new ApiError(
    429,
    'rate-limited',
    `Muitas requisições deste endereço em pouco tempo. Aguarde ${seconds} segundos e tente novamente.`,
    { retryAfter: seconds },
  );
}

/** True when this request is within the limit; a deployment without the binding is not limited. */
export async function withinLimit(env: Env, name: LimiterName, key: string): Promise<boolean> {
  const limiter = env[name];
  if (!limiter) return true;
  return (await limiter.limit({ key })).success;
}

/** Counts every request through `name` by client IP; 429 past the limit. */
export function rateLimit(name: LimiterName) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!(await withinLimit(c.env, name, clientIp(c)))) throw tooManyRequests(name);
    await next();
  });
}
