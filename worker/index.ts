// The worker's router, nothing else: routes live in worker/routes/, grouped per resource.
import { Hono } from 'hono';
import { api } from './api.ts';
import { drainBody, setBodyIdleTimeout } from './body.ts';
import { extensionCors } from './cors.ts';
import type { AppEnv } from './env.ts';
import { ApiError, errorBody, errorResponse } from './errors.ts';
import { requestLog } from './log.ts';
import { consoleRoutes } from './routes/admin-console.ts';
import { docsRoutes } from './routes/docs.ts';

const app = new Hono<AppEnv>();

// See drainBody: a response sent over an unread request body breaks the connection and, under wrangler dev,
// other clients' requests. Drained before the response leaves, whatever the route threw.
app.use('*', async (c, next) => {
  setBodyIdleTimeout(Number(c.env.BODY_IDLE_TIMEOUT_MS));
  try {
    await next();
  } finally {
    await drainBody(c.req.raw);
  }
});
app.use('*', requestLog);
// The public API the extension calls; admin routes are same-origin with the console and get no CORS.
// One middleware (not one per path: overlapping patterns ran it twice, doubling Vary: Origin).
const PUBLIC_PATH = /^\/(health|v1\/keys|v1\/validate|v1\/operadoras(\/.*)?)$/;
app.use('*', (c, next) => (PUBLIC_PATH.test(c.req.path) ? extensionCors(c, next) : next()));

app.route('/', api);
app.route(
  '/v1',
  docsRoutes(() => app),
);
app.route('/', consoleRoutes);

app.notFound((c) => c.json(errorBody('not-found', 'Rota não encontrada.'), 404));
app.onError((err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err);
  // Only the error's type: its message could quote the request (and so beneficiary data).
  console.error(`erro interno em ${c.req.method} ${c.req.routePath}: ${err.name}`);
  return c.json(
    errorBody('internal', 'Erro interno do servidor. Tente novamente; se persistir, avise o suporte.'),
    500,
  );
});

export default app;
