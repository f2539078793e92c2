import { describe, expect, it } from 'vitest';
import {
  CONTENT_SCRIPT_FILE,
  syncTenantScripts,
  type TenantScript,
  type TenantScriptsApi,
  tenantScriptId,
} from './tenant-scripts.ts';

function fakeApi(granted: string[], registered: TenantScript[] = []) {
  const scripts = new Map(registered.map((s) => [s.id, s]));
  const calls: string[] = [];
  const api: TenantScriptsApi = {
    registeredIds: async () => [...scripts.keys()],
    register: async (list) => {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
        calls.push(`register ${s.id}`);
      }
    },
    unregister: async (ids) => {
      for (const id of ids) {
        scripts.delete(id);
        calls.push(`unregister ${id}`);
      }
    },
    granted: async (pattern) => granted.includes(pattern),
  };
  return { api, scripts, calls, granted };
}

const PASA = 'https://conectapasa.benner.com.br';
const OUTRA = 'https://conectaoutra.benner.com.br';

describe('syncTenantScripts', () => {
  it('registers the content script for each granted stored origin, only on that origin', async () => {
    const { api, scripts } = fakeApi([`${PASA}/*`]);
    const result = await syncTenantScripts([PASA], api);
    expect(result.registered).toEqual([tenantScriptId(PASA)]);
    expect(scripts.get(tenantScriptId(PASA))).toMatchObject({
      matches: [`${PASA}/*`],
      js: [CONTENT_SCRIPT_FILE],
      persistAcrossSessions: true,
    });
  });

  it('does not register a stored origin whose permission is not granted', async () => {
    const { api, scripts } = fakeApi([]);
    await syncTenantScripts([PASA], api);
    expect(scripts.size).toBe(0);
  });

  it('unregisters removed and revoked origins, keeping others and foreign registrations', async () => {
    const foreign = {
      id: 'outra-coisa',
      matches: [],
      js: [],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    } as const;
    const { api, scripts, granted } = fakeApi([`${PASA}/*`, `${OUTRA}/*`]);
    await api.register([foreign]);
    await syncTenantScripts([PASA, OUTRA], api);
    expect(scripts.size).toBe(3);
    granted.splice(granted.indexOf(`${OUTRA}/*`), 1); // the user revoked it in the browser
    await syncTenantScripts([PASA, OUTRA], api);
    expect([...scripts.keys()].sort()).toEqual(['outra-coisa', tenantScriptId(PASA)]);
    await syncTenantScripts([], api); // the user removed it in the options page
    expect([...scripts.keys()]).toEqual(['outra-coisa']);
  });

  it('is idempotent: a second sync changes nothing', async () => {
    const { api, calls } = fakeApi([`${PASA}/*`]);
    await syncTenantScripts([PASA, PASA], api);
    const before = calls.length;
    const second = await syncTenantScripts([PASA], api);
    expect(second).toEqual({ registered: [], unregistered: [] });
    expect(calls.length).toBe(before);
    expect(before).toBe(1);
  });
});
