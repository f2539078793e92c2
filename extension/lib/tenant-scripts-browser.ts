// The real `browser.scripting`/`browser.permissions` behind `TenantScriptsApi`, and the background wiring that
// re-syncs on start-up/install, on any storage change and when the user revokes a host permission.
import { browser } from 'wxt/browser';
import type { Store } from './storage.ts';
import { syncTenantScripts, type TenantScriptsApi } from './tenant-scripts.ts';

export function browserTenantScriptsApi(): TenantScriptsApi {
  return {
    async registeredIds() {
      return (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);
    },
    async register(scripts) {
      // Firefox rejects `persistAcrossSessions: true` (its registrations persist anyway); drop it there.
      const firefox = import.meta.env.FIREFOX;
      await browser.scripting.registerContentScripts(
        scripts.map((s) => (firefox ? { ...s, persistAcrossSessions: undefined } : s)),
      );
    },
    async unregister(ids) {
      await browser.scripting.unregisterContentScripts({ ids });
    },
    granted: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  };
}

/** Keeps the tenant registrations in sync for the life of the service worker. */
export function watchTenantScripts(store: Store, api: TenantScriptsApi = browserTenantScriptsApi()): void {
  // One sync at a time: two overlapping ones could both see an origin missing and register it twice.
  let queue: Promise<unknown> = Promise.resolve();
  const resync = () => {
    queue = queue.then(async () => syncTenantScripts((await store.read()).tenantOrigins, api)).catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  store.watch(resync);
  resync();
}
