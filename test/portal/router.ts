// Route table types shared by the page routes (server.ts) and the JSON endpoints (api.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PortalState, Sessao } from './state.ts';

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  state: PortalState;
  sessao: Sessao | undefined;
  /** Capture groups of the route pattern. */
  params: string[];
}

export interface Route {
  method: string;
  pattern: RegExp;
  handler: (ctx: Ctx) => Promise<void> | void;
  /** Reachable without a session (login, static, test hooks). */
  publica?: boolean;
}
