// Reading request bodies under a byte limit without ever holding more than the limit: a declared Content-Length
// above it is refused before any byte is kept; otherwise the stream is counted chunk by chunk and refused as soon
// as it passes the limit (chunked uploads, lying clients). A refused or unread body is still read to its end and
// dropped (see drainBody), and a body that stops arriving is answered 408 (see BODY_IDLE_MS).
import * as z from 'zod';
import { formatPath } from '../shared/issue-path.ts';
import { ApiError } from './errors.ts';

/** Longest wait for the next chunk of a body; a client that declares 100 kB and sends 5 kB gets a 408. */
let bodyIdleMs = 10_000;
/** Longest whole read of one body, however it trickles. */
const BODY_TOTAL_MS = 120_000;
/**
 * Most bytes read (and dropped) from a refused body so that the connection stays usable (drainBody). Past this the
 * stream is cancelled: Cloudflare's own edge refuses bodies over 100 MB before they reach the worker.
 */
export const DRAIN_LIMIT = 100 * 1024 * 1024;

/** Set from the environment once per request (BODY_IDLE_TIMEOUT_MS: tests use a short one). */
export function setBodyIdleTimeout(ms: number | undefined): void {
  if (ms && Number.isFinite(ms) && ms > 0) bodyIdleMs = ms;
}

/** The one 413 of the API; `limit` is the size the client is told (the XML limit, not its multipart envelope). */
export function tooLarge(limit: number): ApiError {
  const mb = (limit / (1024 * 1024)).toLocaleString('pt-BR', { maximumFractionDigits: 1 });
  return new ApiError(413, 'too-large', `O arquivo passa do limite de ${mb} MB. Divida o lote em arquivos menores.`, {
    limit,
  });
}

const timedOut = () =>
  new ApiError(
    408,
    'request-timeout',
    'O envio parou antes do fim do arquivo (nada chegou por alguns segundos). Verifique a conexão e envie novamente.',
  );
const aborted = () =>
  new ApiError(400, 'incomplete-body', 'O envio foi interrompido antes do fim do arquivo. Envie novamente.');

/** One chunk, or a 408 when none comes within the idle timeout; a dropped connection is the client's, not a 500. */
async function readChunk(reader: ReadableStreamDefaultReader<Uint8Array>, deadline: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = Math.max(0, Math.min(bodyIdleMs, deadline - Date.now()));
  try {
    return await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(timedOut()), wait);
      }),
    ]);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw aborted();
  } finally {
    clearTimeout(timer);
  }
}

/** Refuses early from Content-Length; returns the declared length when there is one. */
export function checkDeclaredLength(request: Request, limit: number, shown = limit): number | undefined {
  const header = request.headers.get('content-length');
  if (header === null) return undefined;
  const declared = Number(header);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(shown);
  return Number.isFinite(declared) ? declared : undefined;
}

/** Readers whose stream was refused midway, with the rest still to drop: drainBody finishes them. */
const leftovers = new WeakMap<Request, ReadableStreamDefaultReader<Uint8Array>>();

/**
 * The request's body, erroring once more than `limit` bytes went through (413 naming `shown`), when it stalls
 * (408) or when the client goes away (400). Past the limit the source is not cancelled but left for drainBody.
 */
export function limitedBody(request: Request, limit: number, shown = limit): ReadableStream<Uint8Array> | null {
  if (!request.body) return null;
  const reader = request.body.getReader();
  const deadline = Date.now() + BODY_TOTAL_MS;
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await readChunk(reader, deadline);
        if (done) return controller.close();
        seen += value.byteLength;
        if (seen > limit) {
          leftovers.set(request, reader);
          return controller.error(tooLarge(shown));
        }
        controller.enqueue(value);
      } catch (err) {
        controller.error(err);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** The whole body as bytes, at most `limit` of them. */
export async function readLimited(request: Request, limit: number, shown = limit): Promise<Uint8Array> {
  checkDeclaredLength(request, limit, shown);
  const body = limitedBody(request, limit, shown);
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
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
export async function readJson<S extends z.core.$ZodType>(
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

export function parseOr400<S extends z.core.$ZodType>(schema: S, value: unknown): z.output<S> {
  const result = z.safeParse(schema, value);
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
 * Reads and drops what is left of a request body that was refused (401/404/413/415 answered before or while
 * reading it), up to DRAIN_LIMIT bytes and within the read deadlines, holding no more than one chunk. Answering
 * over an unread body breaks the connection under workerd, and under `wrangler dev` its proxy then stalls or
 * fails other clients' requests (issue 14); cancelling the stream does not help.
 */
export async function drainBody(request: Request): Promise<void> {
  const reader = leftovers.get(request) ?? (request.body && !request.bodyUsed ? request.body.getReader() : undefined);
  if (!reader) return;
  const deadline = Date.now() + BODY_TOTAL_MS;
  let seen = 0;
  try {
    for (;;) {
      const { done, value } = await readChunk(reader, deadline);
      if (done) return;
      seen += value.byteLength;
      if (seen > DRAIN_LIMIT) break;
    }
  } catch {
    // stalled or gone: nothing more to read
  }
  await reader.cancel().catch(() => {});
}
