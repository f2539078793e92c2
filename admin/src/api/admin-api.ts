// One function per admin route (worker/API.md), so views never build URLs or headers themselves. Paths, inputs and
// answers are typed by the worker's routes through the hc client (./client.ts).
import type { AuditAction } from '../../../worker/schemas.ts';
import { apiClient, dataOf } from './client.ts';

export interface AuditFilters {
  ans?: string;
  actor?: string;
  action?: string;
  since?: string;
  cursor?: string;
}

/** hc puts path parameters into the URL as they are: encoded here, as a key typed by someone could hold a "/". */
const param = <P extends Record<string, string>>(p: P): P =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, encodeURIComponent(v)])) as P;

export function adminApi(token: string, base = '') {
  const client = apiClient(token, base);
  const admin = client.v1.admin;
  const op = admin.operadoras[':ans'];
  return {
    me: () => dataOf(admin.me.$get()),
    operadoras: async () => (await dataOf(admin.operadoras.$get())).operadoras,
    draft: (ans: string) => dataOf(op.draft.$get({ param: param({ ans }) })),
    saveDraft: (ans: string, pack: Record<string, unknown>, etag: string) =>
      dataOf(op.draft.$put({ param: param({ ans }), header: { 'if-match': etag }, json: { pack } })),
    validateDraft: (ans: string, pack?: Record<string, unknown>) =>
      dataOf(op.draft.validate.$post({ param: param({ ans }), json: pack === undefined ? {} : { pack } })),
    publish: (ans: string, currentEtag: string, note: string, versao?: string) =>
      dataOf(
        op.publish.$post({
          param: param({ ans }),
          header: { 'if-match': currentEtag },
          json: versao ? { note, versao } : { note },
        }),
      ),
    versions: (ans: string) => dataOf(op.versions.$get({ param: param({ ans }) })),
    version: (ans: string, versao: string) => dataOf(op.versions[':versao'].$get({ param: param({ ans, versao }) })),
    diff: (ans: string, from: string, to: string) =>
      dataOf(op.diff.$get({ param: param({ ans }), query: { from, to } })),
    rollback: (ans: string, currentEtag: string, versao: string, note?: string) =>
      dataOf(
        op.rollback.$post({
          param: param({ ans }),
          header: { 'if-match': currentEtag },
          json: note ? { versao, note } : { versao },
        }),
      ),
    audit: ({ action, cursor, ...f }: AuditFilters) =>
      dataOf(
        admin.audit.$get({
          query: {
            ...f,
            limit: '50',
            // The action filter offers only the worker's actions (views/audit.tsx ACTION_PT); the cursor is the page's.
            ...(action ? { action: action as AuditAction } : {}),
            ...(cursor ? { cursor: Number(cursor) } : {}),
          },
        }),
      ),
    /** The published pack as providers get it (public route; the token is harmless there). */
    currentPack: (ans: string) => dataOf(client.v1.operadoras[':ans'].pack.$get({ param: param({ ans }), query: {} })),
  };
}

export type AdminApi = ReturnType<typeof adminApi>;
