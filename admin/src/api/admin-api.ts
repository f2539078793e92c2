// One function per admin route (worker/API.md), so views never build URLs or headers themselves.

import { AdminClient } from './client.ts';
import {
  auditPageSchema,
  diffSchema,
  draftSchema,
  envelopeSchema,
  meSchema,
  operadorasSchema,
  publicationSchema,
  validationResultSchema,
  versionDetailSchema,
  versionsSchema,
} from './types.ts';

export interface AuditFilters {
  ans?: string;
  actor?: string;
  action?: string;
  since?: string;
  cursor?: string;
}

export function adminApi(token: string, base = '') {
  const c = new AdminClient(token, base);
  const op = (ans: string) => `/v1/admin/operadoras/${encodeURIComponent(ans)}`;
  return {
    me: async () => (await c.request('/v1/admin/me', meSchema)).data,
    operadoras: async () => (await c.request('/v1/admin/operadoras', operadorasSchema)).data.operadoras,
    draft: async (ans: string) => (await c.request(`${op(ans)}/draft`, draftSchema)).data,
    saveDraft: async (ans: string, pack: unknown, etag: string) =>
      (await c.request(`${op(ans)}/draft`, draftSchema, { method: 'PUT', body: { pack }, ifMatch: etag })).data,
    validateDraft: async (ans: string, pack?: unknown) =>
      (
        await c.request(`${op(ans)}/draft/validate`, validationResultSchema, {
          method: 'POST',
          body: pack === undefined ? {} : { pack },
        })
      ).data,
    publish: async (ans: string, currentEtag: string, note: string, versao?: string) =>
      (
        await c.request(`${op(ans)}/publish`, publicationSchema, {
          method: 'POST',
          ifMatch: currentEtag,
          body: versao ? { note, versao } : { note },
        })
      ).data,
    versions: async (ans: string) => (await c.request(`${op(ans)}/versions`, versionsSchema)).data,
    version: async (ans: string, versao: string) =>
      (await c.request(`${op(ans)}/versions/${encodeURIComponent(versao)}`, versionDetailSchema)).data,
    diff: async (ans: string, from: string, to: string) =>
      (await c.request(`${op(ans)}/diff`, diffSchema, { query: { from, to } })).data,
    rollback: async (ans: string, currentEtag: string, versao: string, note?: string) =>
      (
        await c.request(`${op(ans)}/rollback`, publicationSchema, {
          method: 'POST',
          ifMatch: currentEtag,
          body: note ? { versao, note } : { versao },
        })
      ).data,
    audit: async (f: AuditFilters) =>
      (await c.request('/v1/admin/audit', auditPageSchema, { query: { ...f, limit: '50' } })).data,
    /** The published pack as providers get it (public route; the token is harmless there). */
    currentPack: async (ans: string) =>
      (await c.request(`/v1/operadoras/${encodeURIComponent(ans)}/pack`, envelopeSchema)).data,
  };
}

export type AdminApi = ReturnType<typeof adminApi>;
