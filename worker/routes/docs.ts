import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { docsPage, openApiDocument } from '../openapi.ts';

// Built once per isolate: the schemas do not change while it runs.
const document = openApiDocument();

export const docsRoutes = new Hono<AppEnv>()
  .get('/openapi.json', (c) => c.json(document))
  .get('/docs', (c) => {
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(docsPage());
  });
