import { describe, expect, it } from 'vitest';
import { workerClient } from './client.ts';

/** A stand-in Worker: records posted requests; the test answers them by hand. */
function fakeWorker() {
  const listeners: { message: ((e: MessageEvent) => void)[]; error: ((e: ErrorEvent) => void)[] } = {
    message: [],
    error: [],
  };
  const posted: { id: number; fileName: string }[] = [];
  let created = 0;
  return {
    posted,
    created: () => created,
    create: () => {
      created++;
      return {
        postMessage: (m: unknown) => posted.push(m as { id: number; fileName: string }),
        addEventListener: (type: 'message' | 'error', cb: never) => listeners[type].push(cb),
      };
    },
    send: (data: unknown) => {
      for (const l of listeners.message) l({ data } as MessageEvent);
    },
    crash: () => {
      for (const l of listeners.error) l({ message: 'out of memory' } as ErrorEvent);
    },
  };
}
const req = (fileName: string) => ({ file: new Blob(['<a/>']), fileName, packs: [], hoje: '2026-11-25' });

describe('validation worker client', () => {
  it('matches replies to requests by id, passes progress on, and ignores malformed events', async () => {
    const w = fakeWorker();
    const client = workerClient(w.create);
    const progress: number[] = [];
    const a = client.validate(req('a.xml'), (p) => progress.push(p.fraction ?? -1));
    const b = client.validate(req('b.xml'), () => {});
    expect(w.posted.map((p) => [p.id, p.fileName])).toEqual([
      [1, 'a.xml'],
      [2, 'b.xml'],
    ]);
    w.send({ type: 'progress', id: 1, fase: 'lendo', fraction: 0.5 });
    w.send({ type: 'result', id: 2, findings: [] });
    w.send({ type: 'result', id: 1, findings: 'nada' });
    w.send({ type: 'result', id: 1, findings: [{ rule: 'x', kind: 'x', severity: 'info', message: 'ok', where: {} }] });
    expect((await b).findings).toEqual([]);
    expect((await a).findings[0]?.message).toBe('ok');
    expect(progress).toEqual([0.5]);
    expect(w.created()).toBe(1);
  });

  it('answers every waiting file with a pt-BR error when the worker dies, and starts a new one next time', async () => {
    const w = fakeWorker();
    const client = workerClient(w.create);
    const a = client.validate(req('grande.xml'), () => {});
    w.crash();
    expect((await a).findings[0]).toMatchObject({
      rule: 'erro-interno',
      kind: 'arquivo',
      message: 'Não foi possível validar "grande.xml" (o validador parou). Tente novamente.',
    });
    void client.validate(req('outro.xml'), () => {});
    expect(w.created()).toBe(2);
  });
});
