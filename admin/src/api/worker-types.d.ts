// The console type-checks the worker's routes to infer its client (hc<AppType>, ./client.ts), and those name a few
// Workers runtime types (the Node world includes this file too, for the admin CLI on the same client). They come
// from the module form of @cloudflare/workers-types, which declares nothing global: its ambient form would clash
// with the DOM types of this world.
declare global {
  type D1Database = import('@cloudflare/workers-types/index.ts').D1Database;
  type D1PreparedStatement = import('@cloudflare/workers-types/index.ts').D1PreparedStatement;
  type Fetcher = import('@cloudflare/workers-types/index.ts').Fetcher;
  type RateLimit = import('@cloudflare/workers-types/index.ts').RateLimit;
}

export {};
