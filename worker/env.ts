// Bindings and variables the worker reads (wrangler.toml, secrets). Secrets are optional in the type because a
// deployment may forget them: routes that need one answer 503 signing-key-missing instead of crashing.
export interface Env {
  DB: D1Database;
  /** Static assets of the admin console (admin/dist); absent in the tests' worker pool. */
  ASSETS?: Fetcher;
  ALLOWED_ORIGINS?: string;
  PACK_SIGNING_KEY?: string;
  PACK_SIGNING_KEY_ID?: string;
  /** Longest wait for the next chunk of a request body, in ms (default 10 000): then 408. */
  BODY_IDLE_TIMEOUT_MS?: string;
  /** Per-IP limits (worker/rate-limit.ts); optional so that a deployment without them still runs. */
  VALIDATE_LIMITER?: RateLimit;
  ADMIN_LIMITER?: RateLimit;
  AUTH_FAILURE_LIMITER?: RateLimit;
}

import type { Role } from '../shared/roles.ts';

export type { Role };

export interface Actor {
  tokenId: string;
  name: string;
  role: Role;
}

/** Hono generics shared by every route module. */
export interface AppEnv {
  Bindings: Env;
  Variables: { actor: Actor };
}
