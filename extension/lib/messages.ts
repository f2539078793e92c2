// Messages between the extension's parts (content script ↔ background ↔ popup/options). Every message and
// every reply is checked with zod on arrival: a page script or a stale build sending something else gets a
// clear error value back, never a crash in the background.
import * as z from 'zod/mini';
import { findingSchema } from '../../shared/finding-schemas.ts';
import { MAX_XML_BYTES } from '../../shared/tiss/report.ts';
import { lastSyncSchema, operadoraChaveSchema } from './storage.ts';

export const packOrigemSchema = z.enum(['sincronizado', 'embutido', 'nenhum']);
export type PackOrigem = z.infer<typeof packOrigemSchema>;

/** Requests and their replies, keyed by `type`. */
export const messageSpecs = {
  /** Options page "sincronizar agora" (or any part) asks the background to pull packs now. */
  'sync-now': {
    request: z.object({ type: z.literal('sync-now') }),
    reply: z.object({ lastSync: lastSyncSchema }),
  },
  /**
   * Content script / popup ask which pack applies to an operadora: by pack key or registro ANS (`ans`), or by
   * the texts a page shows for it, most specific first ("FUNSSEST | 330809", "IPAM - ANS nº 999991").
   */
  'active-pack': {
    request: z.object({
      type: z.literal('active-pack'),
      ans: z.optional(operadoraChaveSchema),
      operadora: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(4))),
    }),
    reply: z.object({
      origem: packOrigemSchema,
      pack: z.nullable(z.record(z.string(), z.unknown())),
      sequence: z.optional(z.number().check(z.int(), z.positive())),
    }),
  },
  /**
   * Content script (Uploads → Novo) → background: validate the XML the clerk chose or dropped. The TISS engine
   * lives in the background so the content script stays small on every portal page; the bytes travel as
   * base64 (see base64.ts), at most the portal's 15 MB (the content script refuses larger files itself).
   */
  'validate-upload': {
    request: z.object({
      type: z.literal('validate-upload'),
      fileName: z.string().check(z.minLength(1), z.maxLength(500)),
      conteudo: z.base64().check(z.maxLength(Math.ceil(MAX_XML_BYTES / 3) * 4)),
      hoje: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    }),
    reply: z.object({ findings: z.array(findingSchema) }),
  },
  /** Background → content script of the active tab: the autofill keyboard shortcut was pressed. */
  autofill: {
    request: z.object({ type: z.literal('autofill'), profileId: z.optional(z.string().check(z.minLength(1))) }),
    reply: z.object({ preenchidos: z.number().check(z.int(), z.nonnegative()), mensagem: z.string() }),
  },
} as const;

export type MessageType = keyof typeof messageSpecs;
export type Request<T extends MessageType> = z.infer<(typeof messageSpecs)[T]['request']>;
export type Reply<T extends MessageType> = z.infer<(typeof messageSpecs)[T]['reply']>;
export type AnyRequest = { [T in MessageType]: Request<T> }[MessageType];

export const requestSchema = z.discriminatedUnion('type', [
  messageSpecs['sync-now'].request,
  messageSpecs['active-pack'].request,
  messageSpecs['validate-upload'].request,
  messageSpecs.autofill.request,
]);

/** What a handler answers when the message is not understood or fails; a value, not a thrown string. */
export const messageErrorSchema = z.object({ erro: z.object({ code: z.string(), message: z.string() }) });
export type MessageError = z.infer<typeof messageErrorSchema>;

export type Handlers = { [T in MessageType]?: (req: Request<T>) => Promise<Reply<T>> };

/** Validates an incoming message and runs its handler; always resolves to a reply or a `MessageError`. */
export async function dispatchMessage(handlers: Handlers, raw: unknown): Promise<unknown> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { erro: { code: 'mensagem-invalida', message: 'Mensagem não reconhecida.' } };
  const handler = handlers[parsed.data.type] as ((r: AnyRequest) => Promise<unknown>) | undefined;
  if (!handler) return { erro: { code: 'sem-tratador', message: `Mensagem sem tratador: ${parsed.data.type}.` } };
  try {
    return messageSpecs[parsed.data.type].reply.parse(await handler(parsed.data));
  } catch (e) {
    return { erro: { code: 'falha', message: e instanceof Error ? e.message : String(e) } };
  }
}

export class MessageFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Sends a request through `send` (e.g. `browser.runtime.sendMessage`) and checks the reply. */
export async function request<T extends MessageType>(
  send: (msg: unknown) => Promise<unknown>,
  // `& { type: T }` lets TypeScript infer T from the literal, so the reply type is the one of that message.
  msg: Request<T> & { type: T },
): Promise<Reply<T>> {
  const spec = messageSpecs[msg.type];
  const outgoing = spec.request.parse(msg);
  const raw = await send(outgoing);
  const err = messageErrorSchema.safeParse(raw);
  if (err.success) throw new MessageFailure(err.data.erro.code, err.data.erro.message);
  const reply = spec.reply.safeParse(raw);
  if (!reply.success) throw new MessageFailure('resposta-invalida', 'Resposta inesperada da extensão.');
  return reply.data as Reply<T>;
}
