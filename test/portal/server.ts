// Mock Benner Conecta portal: server-rendered MVC-style pages whose dynamic parts are AngularJS 1.8.3
// widgets (bc-* directives) fed by JSON endpoints. State lives in memory, one instance per server.
// `npm run portal` serves it on 127.0.0.1:5174 (or PORTAL_PORT); tests call startPortal({ port: 0 }).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiRoutes } from './api.ts';
import { dataBr, type Html, html } from './format.ts';
import { BodyTooLarge, parseCookies, readBody, redirect, sendHtml, sendJson } from './http.ts';
import type { Ctx, Route } from './router.ts';
import { CREDENCIAIS_INVALIDAS, PRESTADOR, seedPortal } from './seed.ts';
import { addDays, PortalState } from './state.ts';
import { tenantDe } from './viewmodels.ts';
import { autorizacaoDetalhePage, pesquisaGuiasPage } from './views/autorizacao.ts';
import { homePage, loginPage } from './views/conta.ts';
import { documentosComFalhaPage, pagamentosPendentesPage } from './views/faturamento.ts';
import { guiaFaturamentoPage } from './views/guia.ts';
import { layout } from './views/layout.ts';
import { loteDetalhePage, novoLotePage, pesquisaLotePage } from './views/lotes.ts';
import { recursoGlosaPage } from './views/recurso.ts';
import { uploadXmlPage } from './views/upload.ts';

const here = dirname(fileURLToPath(import.meta.url));
const COOKIE = 'ConectaSessao';
const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

export interface PortalOptions {
  port?: number;
  host?: string;
  /** Clock of the instance (seed dates and "today"); defaults to the real clock. */
  now?: () => Date;
}

export interface RunningPortal {
  url: string;
  close(): Promise<void>;
  reset(): void;
  /** The instance's state, for tests that need to look behind the pages. */
  state: PortalState;
}

const STATIC: Record<string, { file: string; type: string }> = {
  '/Scripts/angular.min.js': {
    file: join(here, '../../node_modules/angular/angular.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  '/Scripts/conecta.js': { file: join(here, 'public/conecta.js'), type: 'text/javascript; charset=utf-8' },
  '/Content/conecta.css': { file: join(here, 'public/conecta.css'), type: 'text/css; charset=utf-8' },
};

function page(
  ctx: Ctx,
  titulo: string,
  breadcrumb: { texto: string; href?: string }[],
  conteudo: Html,
  evolucao = false,
): void {
  const s = ctx.sessao;
  const informativos = s?.informativos ?? false;
  if (s) s.informativos = false;
  sendHtml(
    ctx.res,
    200,
    layout({
      titulo,
      breadcrumb: [{ texto: 'Home', href: '/Home/Index' }, ...breadcrumb],
      conteudo,
      usuario: s?.email,
      operadoras: ctx.state.data.operadoras,
      operadoraSelecionada: s?.operadora,
      informativos,
      evolucao,
    }),
  );
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
}

function novaSessao(ctx: Ctx, email: string, informativos: boolean, evolucao = informativos): string {
  const id = randomBytes(16).toString('hex');
  // Without notices at login, none later either (the test shortcut's informativos=0).
  ctx.state.sessions.set(id, {
    email,
    operadora: '331988',
    informativos,
    viuPesquisaLote: !informativos,
    evolucao,
  });
  return `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`;
}

/** Only same-site relative paths are followed after login. */
function destinoSeguro(returnUrl: string | null): string {
  return returnUrl?.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/Home/Index';
}

const pageRoutes: Route[] = [
  { method: 'GET', pattern: /^\/$/, handler: (c) => redirect(c.res, '/Home/Index') },
  {
    method: 'GET',
    pattern: /^\/Account\/Login$/,
    publica: true,
    handler: (c) =>
      sendHtml(
        c.res,
        200,
        layout({
          titulo: 'Login',
          breadcrumb: [],
          conteudo: loginPage(c.url.searchParams.get('ReturnUrl') ?? '', false),
        }),
      ),
  },
  {
    method: 'POST',
    pattern: /^\/Account\/Login$/,
    publica: true,
    handler: async (c) => {
      const form = await formBody(c.req);
      const email = (form.get('Email') ?? '').trim();
      const senha = form.get('Senha') ?? '';
      const returnUrl = c.url.searchParams.get('ReturnUrl') ?? '';
      if (!email || !senha || (email === CREDENCIAIS_INVALIDAS.email && senha === CREDENCIAIS_INVALIDAS.senha)) {
        sendHtml(c.res, 200, layout({ titulo: 'Login', breadcrumb: [], conteudo: loginPage(returnUrl, true, email) }));
        return;
      }
      redirect(c.res, destinoSeguro(returnUrl), { 'set-cookie': novaSessao(c, email, true) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/Account\/Logout$/,
    publica: true,
    handler: (c) => {
      const id = parseCookies(c.req)[COOKIE];
      if (id) c.state.sessions.delete(id);
      redirect(c.res, '/Account/Login', { 'set-cookie': `${COOKIE}=; Path=/; Max-Age=0` });
    },
  },
  { method: 'GET', pattern: /^\/Home\/Index$/, handler: (c) => page(c, 'Home', [], homePage()) },
  {
    method: 'POST',
    pattern: /^\/Home\/SelecionarOperadora$/,
    handler: async (c) => {
      const ans = (await formBody(c.req)).get('OperadorasCredenciadas.HandleOperadoraSelected') ?? '';
      if (c.sessao && c.state.operadora(ans)) c.sessao.operadora = ans;
      redirect(c.res, destinoSeguro(c.req.headers.referer ? new URL(c.req.headers.referer).pathname : null));
    },
  },
  {
    method: 'GET',
    pattern: /^\/Pagamentos\/PesquisaLote\/Index$/,
    handler: (c) => {
      // The notices modal also covers the first lotes search of a session.
      if (c.sessao && !c.sessao.viuPesquisaLote) {
        c.sessao.viuPesquisaLote = true;
        c.sessao.informativos = true;
      }
      page(
        c,
        'Lotes de Pagamento',
        [{ texto: 'Lotes de Pagamento' }],
        pesquisaLotePage(c.state.data.operadoras, false, tenantDe(c.sessao?.operadora), c.sessao?.operadora ?? ''),
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/Pagamentos\/PesquisaLote\/PesquisaComValorGlosado$/,
    handler: (c) =>
      page(
        c,
        'Recursos de Glosa',
        [{ texto: 'Recursos de Glosa' }],
        pesquisaLotePage(c.state.data.operadoras, true, tenantDe(c.sessao?.operadora), c.sessao?.operadora ?? ''),
      ),
  },
  {
    method: 'GET',
    pattern: /^\/Pagamentos\/LotePagamento\/Novo$/,
    handler: (c) => {
      const op = c.state.operadora(c.sessao?.operadora ?? '') ?? c.state.data.operadoras[0]!;
      page(
        c,
        'Novo Lote',
        [{ texto: 'Lotes de Pagamento', href: '/Pagamentos/PesquisaLote/Index' }, { texto: 'Novo' }],
        novoLotePage(op),
      );
    },
  },
  {
    method: 'POST',
    pattern: /^\/Pagamentos\/LotePagamento\/Novo$/,
    handler: async (c) => {
      const tipo = (await formBody(c.req)).get('TipoGuia') ?? '';
      const op = c.state.operadora(c.sessao?.operadora ?? '') ?? c.state.data.operadoras[0]!;
      const r = c.state.criarLote(op.ans, tipo as never);
      if (!r.ok) {
        page(
          c,
          'Novo Lote',
          [{ texto: 'Lotes de Pagamento', href: '/Pagamentos/PesquisaLote/Index' }, { texto: 'Novo' }],
          novoLotePage(op, r.message),
        );
        return;
      }
      redirect(c.res, `/Pagamentos/LotePagamento/Detalhes/${r.value.numero}`);
    },
  },
  {
    method: 'GET',
    pattern: /^\/Pagamentos\/LotePagamento\/Detalhes\/(\d+)$/,
    handler: (c) => {
      const numero = Number(c.params[0]);
      const lote = c.state.lote(numero);
      if (!lote) return naoEncontrado(c);
      // The second notices popup covers the first lote page of a session that had notices at login.
      const evolucao = c.sessao?.evolucao ?? false;
      if (c.sessao) c.sessao.evolucao = false;
      page(
        c,
        `Lote ${numero}`,
        [{ texto: 'Lotes de Pagamento', href: '/Pagamentos/PesquisaLote/Index' }, { texto: String(numero) }],
        loteDetalhePage(numero, tenantDe(lote.operadora.ans)),
        evolucao,
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/Guias\/(SpSadt|Consulta|Odonto)\/FaturamentoNovaGuiaEletiva$/,
    handler: (c) => {
      const tipo = c.params[0] === 'SpSadt' ? 'sp-sadt' : c.params[0] === 'Odonto' ? 'odonto' : 'consulta';
      const lote = c.url.searchParams.get('lote') ?? '';
      const op =
        c.state.lote(Number(lote))?.operadora ??
        c.state.operadora(c.sessao?.operadora ?? '') ??
        c.state.data.operadoras[0]!;
      const titulo =
        tipo === 'sp-sadt'
          ? 'Guia de Faturamento de SP/SADT'
          : tipo === 'odonto'
            ? 'Guia de Faturamento Odontológico'
            : 'Guia de Faturamento de Consulta';
      page(
        c,
        titulo,
        [{ texto: 'Guias' }, { texto: titulo }],
        guiaFaturamentoPage(tipo, op, /^\d+$/.test(lote) ? lote : '', c.state),
      );
    },
  },
  {
    // Autorização → Pesquisar Guias → Pesquisa de Guias (004 §§ 6, 8, 9.2). Route: the mock's own. It starts on
    // the last 10 days, as both figures' Data da Solicitação/Digitação (08/11–18/11/2024, 11/11–21/11/2024).
    method: 'GET',
    pattern: /^\/Guias\/PesquisaGuias\/Index$/,
    handler: (c) => {
      const op = c.state.operadora(c.sessao?.operadora ?? '') ?? c.state.data.operadoras[0]!;
      const hoje = c.state.today();
      page(
        c,
        'Pesquisa de Guias',
        [{ texto: 'Guias' }, { texto: 'Pesquisa de Guias' }],
        pesquisaGuiasPage(op, PRESTADOR, dataBr(addDays(hoje, -10)), dataBr(hoje)),
      );
    },
  },
  {
    // Route: the mock's own (004 § 6 shows the page, not its address).
    method: 'GET',
    pattern: /^\/Guias\/Autorizacao\/Detalhes\/(\d+)$/,
    handler: (c) => {
      const a = c.state.autorizacao(Number(c.params[0]));
      if (!a) return naoEncontrado(c);
      const titulo = `${a.numero} - Detalhes da Guia`;
      page(c, titulo, [{ texto: 'Guias' }, { texto: titulo }], autorizacaoDetalhePage(a));
    },
  },
  {
    method: 'GET',
    pattern: /^\/Pagamentos\/PagamentosPendentes\/Index$/,
    handler: (c) =>
      page(
        c,
        'Pagamentos Pendentes',
        [{ texto: 'Lotes de Pagamento' }, { texto: 'Pagamentos Pendentes' }],
        pagamentosPendentesPage(c.state.data.operadoras, c.sessao?.operadora ?? ''),
      ),
  },
  {
    method: 'GET',
    pattern: /^\/Faturamento\/DocumentosAnexos\/ComFalhaNoEnvio$/,
    handler: (c) =>
      page(
        c,
        'Documentos Anexos',
        [{ texto: 'Documentos Anexos' }, { texto: 'Com falha no Envio' }],
        documentosComFalhaPage(),
      ),
  },
  {
    method: 'GET',
    pattern: /^\/Uploads\/UploadXML\/Novo$/,
    handler: (c) => page(c, 'Envio de Arquivo XML', [{ texto: 'Uploads' }, { texto: 'Novo' }], uploadXmlPage()),
  },
  {
    method: 'GET',
    pattern: /^\/Pagamentos\/RecursoGlosa\/Editar\/(\d+)$/,
    handler: (c) => {
      const numero = Number(c.params[0]);
      const recurso = c.state.recurso(numero);
      if (!recurso) return naoEncontrado(c);
      page(
        c,
        'Recurso de Glosa',
        [
          { texto: 'Recursos de Glosa', href: '/Pagamentos/PesquisaLote/PesquisaComValorGlosado' },
          { texto: 'Editar' },
          { texto: String(numero) },
        ],
        recursoGlosaPage(numero),
      );
    },
  },
  {
    method: 'POST',
    pattern: /^\/__test__\/reset$/,
    publica: true,
    handler: (c) => {
      c.state.reset();
      sendJson(c.res, 200, { ok: true });
    },
  },
  {
    // Test-only shortcut: a signed-in session (as after #btnLogin) landing on ReturnUrl.
    method: 'GET',
    pattern: /^\/__test__\/login$/,
    publica: true,
    handler: (c) => {
      // informativos=0: no notices at all; informativos=evolucao: only the bc-modal-evolution popup.
      const modo = c.url.searchParams.get('informativos');
      const informativos = modo !== '0' && modo !== 'evolucao';
      redirect(c.res, destinoSeguro(c.url.searchParams.get('ReturnUrl')), {
        'set-cookie': novaSessao(c, 'prestador@teste.com.br', informativos, modo !== '0'),
      });
    },
  },
];

function naoEncontrado(c: Ctx): void {
  sendHtml(c.res, 404, layout({ titulo: 'Página não encontrada', breadcrumb: [], conteudo: notFoundHtml() }));
}

function notFoundHtml(): Html {
  return html`<div class="alert alert-danger" role="alert">Página não encontrada.</div>`;
}

async function serveStatic(res: ServerResponse, path: string): Promise<boolean> {
  const entry = STATIC[path];
  if (!entry) return false;
  const body = await readFile(entry.file);
  res.writeHead(200, { 'content-type': entry.type, 'cache-control': 'no-cache' });
  res.end(body);
  return true;
}

export async function startPortal(opts: PortalOptions = {}): Promise<RunningPortal> {
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.includes(host)) throw new Error(`O portal de teste só escuta em loopback (recebido: ${host}).`);
  const state = new PortalState(seedPortal, opts.now ?? (() => new Date()));
  const routes = [...pageRoutes, ...apiRoutes];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (req.method === 'GET' && (await serveStatic(res, url.pathname))) return;
      const cookie = parseCookies(req)[COOKIE];
      const sessao = cookie ? state.sessions.get(cookie) : undefined;
      for (const route of routes) {
        if (route.method !== req.method) continue;
        const m = route.pattern.exec(url.pathname);
        if (!m) continue;
        if (!route.publica && !sessao) {
          if (url.pathname.startsWith('/api/'))
            return sendJson(res, 401, { message: 'Sessão expirada. Faça login novamente.' });
          return redirect(res, `/Account/Login?ReturnUrl=${encodeURIComponent(url.pathname + url.search)}`);
        }
        await route.handler({ req, res, url, state, sessao, params: m.slice(1) });
        return;
      }
      if (url.pathname.startsWith('/api/')) return sendJson(res, 404, { message: 'Recurso não encontrado.' });
      naoEncontrado({ req, res, url, state, sessao, params: [] });
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        sendJson(res, 413, { message: 'O arquivo excede o tamanho máximo permitido (15 MB).' });
        return;
      }
      console.error('[portal]', err);
      if (!res.headersSent) sendJson(res, 500, { message: 'Ocorreu um erro inesperado. Tente novamente.' });
      else res.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${shownHost}:${port}`,
    state,
    reset: () => state.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const runDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (runDirectly) {
  const port = Number(process.env.PORTAL_PORT ?? 5174);
  const portal = await startPortal({ port });
  console.log(`Portal Conecta de teste em ${portal.url}/Account/Login`);
  console.log(
    `(qualquer e-mail/senha entra, exceto ${CREDENCIAIS_INVALIDAS.email} / ${CREDENCIAIS_INVALIDAS.senha}; Ctrl+C para parar)`,
  );
  const stop = () => {
    void portal.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
