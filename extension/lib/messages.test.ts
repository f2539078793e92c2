import { describe, expect, it } from 'vitest';
import { dispatchMessage, type Handlers, MessageFailure, request } from './messages.ts';

const handlers: Handlers = {
  'active-pack': async ({ ans }) => ({ origem: 'embutido', pack: { ans }, sequence: undefined }),
  'sync-now': async () => ({ lastSync: { at: 'x', status: 'ok', message: 'ok' } }),
};
const send = (msg: unknown) => dispatchMessage(handlers, msg);

describe('messages', () => {
  it('round-trips a valid request through the handler', async () => {
    const reply = await request(send, { type: 'active-pack', ans: '419133' });
    expect(reply).toEqual({ origem: 'embutido', pack: { ans: '419133' } });
  });

  it('answers an unknown or malformed message with an error value', async () => {
    expect(await dispatchMessage(handlers, { type: 'apagar-tudo' })).toEqual({
      erro: { code: 'mensagem-invalida', message: 'Mensagem não reconhecida.' },
    });
    expect(await dispatchMessage(handlers, { type: 'active-pack', ans: '<script>' })).toMatchObject({
      erro: { code: 'mensagem-invalida' },
    });
    expect(await dispatchMessage(handlers, 'texto')).toMatchObject({ erro: { code: 'mensagem-invalida' } });
  });

  it('reports a message without handler and a handler that throws or replies badly', async () => {
    expect(await dispatchMessage(handlers, { type: 'autofill' })).toMatchObject({ erro: { code: 'sem-tratador' } });
    const broken: Handlers = {
      'sync-now': async () => {
        throw new Error('sem rede');
      },
      // @ts-expect-error: a reply of the wrong shape must be caught at run time too
      'active-pack': async () => ({ origem: 'outro' }),
    };
    expect(await dispatchMessage(broken, { type: 'sync-now' })).toEqual({
      erro: { code: 'falha', message: 'sem rede' },
    });
    expect(await dispatchMessage(broken, { type: 'active-pack', ans: '419133' })).toMatchObject({
      erro: { code: 'falha' },
    });
  });

  it('turns an error reply or an unexpected reply into a MessageFailure for the sender', async () => {
    await expect(
      request(async () => ({ erro: { code: 'x', message: 'falhou' } }), { type: 'sync-now' }),
    ).rejects.toThrow(MessageFailure);
    await expect(request(async () => undefined, { type: 'sync-now' })).rejects.toThrow('Resposta inesperada');
  });

  it('refuses to send a request that does not match its schema', async () => {
    // @ts-expect-error: invalid on purpose
    await expect(request(send, { type: 'active-pack', ans: 1 })).rejects.toThrow();
  });
});
