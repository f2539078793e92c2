// Reading request bodies under a byte limit without ever holding more than the limit: a declared
// Content-Length above it is refused before any byte is read; otherwise the stream is counted chunk by chunk and
// cancelled as soon as it passes the limit (chunked uploads, lying clients).
import type * as z from 'zod';
import { formatPath } from '../shared/issue-path.ts';
import { ApiError } from './errors.ts';

export function tooLarge(limit: number): ApiError {
  const mb = (limit / (1024 * 1024)).toLocaleString('pt-BR', { maximumFractionDigits: 1 });
  return new ApiError(413, 'too-large', `O arquivo passa do limite de ${mb} MB. Divida o lote em arquivos menores.`, {
    limit,
  });
}

/** Refuses early from Content-Length; returns the declared length when there is one. */
export function checkDeclaredLength(request: Request, limit: number): number | undefined {
  const header = request.headers.get('content-length');
  if (header === null) return undefined;
  const declared = Number(header);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  return Number.isFinite(declared) ? declared : undefined;
}

/** Wraps a stream so that it errors (and cancels its source) once more than `limit` bytes went through. */
export function limitStream(source: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      seen += value.byteLength;
      if (seen > limit) {
        await reader.cancel();
        return controller.error(tooLarge(limit));
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** The whole body as bytes, at most `limit` of them. */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  checkDeclaredLength(request, limit);
  if (!request.body) return new Uint8Array(0);
  const reader = limitStream(request.body, limit).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

const JSON_LIMIT = 1024 * 1024;

/** A JSON body (≤ 1 MB) checked against `schema`; 400 with the paths of the bad fields otherwise. */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  limit = JSON_LIMIT,
): Promise<z.output<S>> {
  const bytes = await readLimited(request, limit);
  let value: unknown = {};
  if (bytes.byteLength > 0) {
    try {
      value = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new ApiError(400, 'invalid-json', 'O corpo da requisição não é um JSON válido.');
    }
  }
  return parseOr400(schema, value);
}

export function parseOr400<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  throw new ApiError(
    400,
    'invalid-request',
    `Requisição inválida: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    { issues },
  );
}

/**
 * Reads and drops what is left of a request body that no route read (a 401/403/412 answered before parsing):
 * under workerd an unread body stalls the next request on the same keep-alive connection, and cancelling the
 * stream does not help. Bounded like JSON bodies; a larger leftover is cancelled instead.
 */
export async function discardUnreadBody(request: Request, limit = JSON_LIMIT): Promise<void> {
  if (!request.body || request.bodyUsed) return;
  try {
    await readLimited(request, limit);
  } catch {
    // over the limit or the client went away: nothing more to do
  }
}
