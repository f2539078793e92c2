// The popup's side of the validation Web Worker: one worker, requests matched by id, every event checked.
import { ARQUIVO_KIND, INTERNAL_ERROR } from '../../../shared/findings.ts';
import type { ValidationEvent, ValidationRequest, ValidationResultEvent } from './protocol.ts';
import { validationEventSchema } from './protocol.ts';

export type Progress = Extract<ValidationEvent, { type: 'progress' }>;

export interface ValidationClient {
  validate(req: Omit<ValidationRequest, 'id'>, onProgress: (p: Progress) => void): Promise<ValidationResultEvent>;
}

interface WorkerLike {
  postMessage(msg: unknown): void;
  addEventListener(type: 'message', cb: (e: MessageEvent) => void): void;
  addEventListener(type: 'error', cb: (e: ErrorEvent) => void): void;
}

export function workerClient(createWorker: () => WorkerLike): ValidationClient {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (r: ValidationResultEvent) => void; onProgress: (p: Progress) => void; fileName: string }
  >();
  function ensure(): WorkerLike {
    if (worker) return worker;
    const w = createWorker();
    w.addEventListener('message', (e) => {
      const ev = validationEventSchema.safeParse(e.data);
      if (!ev.success) return;
      const p = pending.get(ev.data.id);
      if (!p) return;
      if (ev.data.type === 'progress') p.onProgress(ev.data);
      else {
        pending.delete(ev.data.id);
        p.resolve(ev.data);
      }
    });
    // The worker died (out of memory on a huge file, a load error): answer every waiting file.
    w.addEventListener('error', (e) => {
      for (const [id, p] of pending)
        p.resolve({
          type: 'result',
          id,
          findings: [
            {
              rule: INTERNAL_ERROR,
              kind: ARQUIVO_KIND,
              severity: 'error',
              message: `Não foi possível validar "${p.fileName}" (o validador parou). Tente novamente.`,
              where: {},
              detail: e.message,
            },
          ],
        });
      pending.clear();
      worker = undefined;
    });
    worker = w;
    return w;
  }
  return {
    validate(req, onProgress) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { resolve, onProgress, fileName: req.fileName });
        ensure().postMessage({ ...req, id });
      });
    },
  };
}
