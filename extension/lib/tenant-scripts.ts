// Runs the content script on the operadoras' own Conecta portals (tenant origins the user added in the options
// page). These hosts are optional permissions, so they cannot be in the manifest's `content_scripts`: the
// background registers the same built script for each stored origin the browser actually granted, and drops
// the registration of any origin removed from the list or whose permission was revoked.

/** The content script file the manifest uses (WXT output path for `entrypoints/content.ts`). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
const ID_PREFIX = 'tenant:';

export const tenantScriptId = (origin: string) => `${ID_PREFIX}${origin}`;
export const originPattern = (origin: string) => `${origin}/*`;

export interface TenantScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** The slice of `browser.scripting`/`browser.permissions` the sync needs; tests pass fakes. */
export interface TenantScriptsApi {
  /** Ids of the dynamic content scripts currently registered. */
  registeredIds(): Promise<string[]>;
  register(scripts: TenantScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  /** True when the browser grants host access to this match pattern. */
  granted(pattern: string): Promise<boolean>;
}

export function tenantScript(origin: string): TenantScript {
  return {
    id: tenantScriptId(origin),
    matches: [originPattern(origin)],
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

/** Makes the registrations match the granted stored origins. Returns what changed (idempotent: nothing twice). */
export async function syncTenantScripts(
  origins: readonly string[],
  api: TenantScriptsApi,
): Promise<{ registered: string[]; unregistered: string[] }> {
  const wanted: string[] = [];
  for (const origin of new Set(origins)) if (await api.granted(originPattern(origin))) wanted.push(origin);
  const wantedIds = new Set(wanted.map(tenantScriptId));
  const current = (await api.registeredIds()).filter((id) => id.startsWith(ID_PREFIX));
  const currentIds = new Set(current);
  const unregistered = current.filter((id) => !wantedIds.has(id));
  const missing = wanted.filter((o) => !currentIds.has(tenantScriptId(o)));
  if (unregistered.length) await api.unregister(unregistered);
  if (missing.length) await api.register(missing.map(tenantScript));
  return { registered: missing.map(tenantScriptId), unregistered };
}
