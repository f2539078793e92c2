// A signed-in HTTP client for the mock portal's tests: keeps the session cookie like a browser would.
import type { RunningPortal } from './server.ts';

export interface PortalClient {
  page(path: string): Promise<{ status: number; html: string; location: string | null }>;
  get<T = Record<string, unknown>>(path: string): Promise<{ status: number; body: T }>;
  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<{ status: number; body: T }>;
  upload<T = Record<string, unknown>>(
    path: string,
    bytes: Uint8Array,
    nome: string,
    tipoDocumento?: string,
  ): Promise<{ status: number; body: T }>;
}

export async function login(
  portal: RunningPortal,
  email = 'faturamento@clinica-teste.com.br',
  senha = 'qualquer',
): Promise<{ status: number; location: string | null; cookie: string | null; html: string }> {
  const res = await fetch(`${portal.url}/Account/Login?ReturnUrl=%2FHome%2FIndex`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ Email: email, Senha: senha }).toString(),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? null;
  return { status: res.status, location: res.headers.get('location'), cookie, html: await res.text() };
}

export async function signedIn(portal: RunningPortal): Promise<PortalClient> {
  const { cookie } = await login(portal);
  if (!cookie) throw new Error('login sem cookie de sessão');
  const headers = { cookie };
  const json = async <T>(res: Response) => ({ status: res.status, body: (await res.json()) as T });
  return {
    async page(path) {
      const res = await fetch(portal.url + path, { headers, redirect: 'manual' });
      return { status: res.status, html: await res.text(), location: res.headers.get('location') };
    },
    get: async (path) => json(await fetch(portal.url + path, { headers })),
    post: async (path, body) =>
      json(
        await fetch(portal.url + path, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body ?? {}),
        }),
      ),
    upload: async (path, bytes, nome, tipoDocumento) =>
      json(
        await fetch(portal.url + path, {
          method: 'POST',
          headers: {
            ...headers,
            'content-type': 'application/octet-stream',
            'x-file-name': encodeURIComponent(nome),
            ...(tipoDocumento ? { 'x-tipo-documento': encodeURIComponent(tipoDocumento) } : {}),
          },
          body: new Blob([new Uint8Array(bytes)]),
        }),
      ),
  };
}
