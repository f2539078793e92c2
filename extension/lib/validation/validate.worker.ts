// Web Worker: validates one XML file per request, off the popup's UI thread.
import { localValidator } from './local-validator.ts';
import { validationRequestSchema } from './protocol.ts';
import { runValidation } from './run.ts';

const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };

scope.onmessage = async (e: MessageEvent) => {
  const req = validationRequestSchema.safeParse(e.data);
  if (!req.success) return;
  const result = await runValidation(req.data, localValidator, (ev) => scope.postMessage(ev));
  scope.postMessage(result);
};
