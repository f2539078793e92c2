import { describe, expect, it } from 'vitest';
import { validateOnServer } from './server-validate.ts';

const file = new Blob(['<a/>']);
const reply = (status: number, body: string) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('validar também no servidor', () => {
  it('posts the XML to /v1/validate with the file name and returns the server findings', async () => {
    let seen: { url: string; method?: string; type: string | null } | undefined;
    const fetchFn = (async (url: string, init: RequestInit) => {
      seen = { url, method: init.method, type: new Headers(init.headers).get('Content-Type') };
      return new Response(
        JSON.stringify({
          summary: {},
          findings: [{ rule: 'r', kind: 'r', severity: 'error', message: 'm', where: {} }],
        }),
      );
    }) as unknown as typeof fetch;
    const result = await validateOnServer('https://tiss.example.org/base', file, 'lote 1.xml', fetchFn);
    expect(seen).toEqual({
      url: 'https://tiss.example.org/base/v1/validate?arquivo=lote+1.xml',
      method: 'POST',
      type: 'application/xml',
    });
    expect(result).toEqual({ findings: [{ rule: 'r', kind: 'r', severity: 'error', message: 'm', where: {} }] });
  });

  it("gives the server's pt-BR error, or a clear message when the server is down or answers nonsense", async () => {
    expect(
      await validateOnServer(
        'http://x',
        file,
        'a.xml',
        reply(413, JSON.stringify({ error: { code: 'too-large', message: 'Arquivo grande demais.' } })),
      ),
    ).toEqual({ erro: 'Arquivo grande demais.' });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await validateOnServer('http://x', file, 'a.xml', down)).toEqual({
      erro: 'Servidor inacessível; o resultado acima é só da validação local.',
    });
    expect(await validateOnServer('http://x', file, 'a.xml', reply(502, '<html>'))).toEqual({
      erro: 'O servidor respondeu 502 sem um resultado legível.',
    });
    expect(await validateOnServer('http://x', file, 'a.xml', reply(200, '{"findings":[{"rule":1}]}'))).toEqual({
      erro: 'Resposta do servidor em formato inesperado.',
    });
  });
});
