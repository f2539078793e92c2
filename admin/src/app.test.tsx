import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './app.tsx';

type Handler = (url: string, init: RequestInit) => { status: number; body: unknown };

let host: HTMLElement;
let calls: { url: string; auth: string | null }[];

function serve(handler: Handler) {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, auth: new Headers(init.headers).get('authorization') });
    const { status, body } = handler(url, init);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

async function signIn(token: string) {
  const input = host.querySelector<HTMLInputElement>('#token')!;
  await act(() => {
    input.value = token;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => {
    host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

beforeEach(() => {
  calls = [];
  sessionStorage.clear();
  localStorage.clear();
  location.hash = '';
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.unstubAllGlobals();
});

/** A row of GET /v1/admin/operadoras as the worker answers it (worker/schemas.ts adminOperadorasSchema). */
const operadora = {
  ans: '331988',
  nome: 'PASA',
  versao: '1.0.0',
  sequence: 1,
  atualizadoEm: '2026-11-20T12:00:00.000Z',
  publicadoPor: 'Bia',
  temRascunho: false,
};

describe('sign-in', () => {
  it('shows who is signed in and the role; the token stays in this tab only', async () => {
    serve((url) =>
      url.endsWith('/v1/admin/me')
        ? { status: 200, body: { name: 'Ana', role: 'editor', tokenId: 't' } }
        : { status: 200, body: { operadoras: [operadora] } },
    );
    await act(() => render(<App />, host));
    await signIn('segredo-123');
    expect(host.querySelector('[data-testid=who]')?.textContent).toBe('Ana · perfil: edição');
    expect(host.textContent).toContain('PASA');
    expect(host.textContent).toContain('Bia');
    expect(calls.every((c) => c.auth === 'Bearer segredo-123')).toBe(true);
    expect(sessionStorage.length).toBe(1);
    expect(localStorage.length).toBe(0);
  });

  it('a refused token is explained and forgotten, the form stays', async () => {
    serve(() => ({ status: 401, body: { error: { code: 'unauthorized', message: 'token inválido' } } }));
    await act(() => render(<App />, host));
    await signIn('errado');
    expect(host.querySelector('[role=alert]')?.textContent).toMatch(/chave de acesso não foi aceita/);
    expect(host.querySelector('#token')).not.toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('an answer of another shape (a server of another version) is said plainly, naming the field', async () => {
    const { sequence: _, ...semSequence } = operadora;
    serve((url) =>
      url.endsWith('/v1/admin/me')
        ? { status: 200, body: { name: 'Ana', role: 'editor', tokenId: 't' } }
        : { status: 200, body: { operadoras: [semSequence] } },
    );
    await act(() => render(<App />, host));
    await signIn('segredo-123');
    const alert = host.querySelector('[role=alert]')?.textContent;
    expect(alert).toMatch(/^O servidor respondeu algo que o console não reconhece \(operadoras\.0\.sequence: /);
    expect(alert).toMatch(/recarregue a página/);
  });
});
