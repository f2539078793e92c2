// /v1/openapi.json and /v1/docs describe the app they are mounted in (its routes, read at the first request).
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../env.ts';
import { describe, docsPage, openApiDocument, routeList } from '../openapi.ts';

export function docsRoutes(app: () => Hono<AppEnv>) {
  // Built once per isolate: the routes and schemas do not change while it runs.
  let document: Awaited<ReturnType<typeof openApiDocument>> | undefined;
  return new Hono<AppEnv>()
    .get(
      '/openapi.json',
      describe({ summary: 'Este documento', response: z.record(z.string(), z.unknown()) }),
      async (c) => {
        document ??= await openApiDocument(app());
        return c.json(document);
      },
    )
    .get('/docs', describe({ summary: 'Página com as rotas da API', response: 'html' }), (c) => {
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      return c.html(docsPage(routeList(app())));
    });
}
