// One function per admin route (worker/API.md), so views never build URLs or headers themselves. Paths, inputs and
// answers are typed by the worker's routes through the hc client (./client.ts), and each answer is checked at run
// time against the schema its route declares (the worker's own, never a copy).
import {
  type AuditAction,
  adminOperadorasSchema,
  auditPageSchema,
  diffSchema,
  draftSchema,
  envelopeSchema,
  meSchema,
  publicationSchema,
  validationResultSchema,
  versionSchema,
  versionsSchema,
} from '../../../worker/schemas.ts';
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
    me: () => dataOf(admin.me.$get(), meSchema),
    operadoras: async () => (await dataOf(admin.operadoras.$get(), adminOperadorasSchema)).operadoras,
    draft: (ans: string) => dataOf(op.draft.$get({ param: param({ ans }) }), draftSchema),
    saveDraft: (ans: string, pack: Record<string, unknown>, etag: string) =>
      dataOf(op.draft.$put({ param: param({ ans }), header: { 'if-match': etag }, json: { pack } }), draftSchema),
    validateDraft: (ans: string, pack?: Record<string, unknown>) =>
      dataOf(
        op.draft.validate.$post({ param: param({ ans }), json: pack === undefined ? {} : { pack } }),
        validationResultSchema,
      ),
    publish: (ans: string, currentEtag: string, note: string, versao?: string) =>
      dataOf(
        op.publish.$post({
          param: param({ ans }),
          header: { 'if-match': currentEtag },
          json: versao ? { note, versao } : { note },
        }),
        publicationSchema,
      ),
    versions: (ans: string) => dataOf(op.versions.$get({ param: param({ ans }) }), versionsSchema),
    version: (ans: string, versao: string) =>
      dataOf(op.versions[':versao'].$get({ param: param({ ans, versao }) }), versionSchema),
    diff: (ans: string, from: string, to: string) =>
      dataOf(op.diff.$get({ param: param({ ans }), query: { from, to } }), diffSchema),
    rollback: (ans: string, currentEtag: string, versao: string, note?: string) =>
      dataOf(
        op.rollback.$post({
          param: param({ ans }),
          header: { 'if-match': currentEtag },
          json: note ? { versao, note } : { versao },
        }),
        publicationSchema,
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
        auditPageSchema,
      ),
    /** The published pack as providers get it (public route; the token is harmless there). */
    currentPack: (ans: string) =>
      dataOf(client.v1.operadoras[':ans'].pack.$get({ param: param({ ans }), query: {} }), envelopeSchema),
  };
}

export type AdminApi = ReturnType<typeof adminApi>;
