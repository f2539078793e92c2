// Background service worker: keeps the rule packs of the user's operadoras up to date (on install, on
// browser start-up and every 6 hours), answers the other parts' messages, and forwards the autofill keyboard
// shortcut to the portal tab.
import { browser } from 'wxt/browser';
import { defaultPacks as bundledPacks } from '../../shared/packs/index.ts';
import { hojeEmSaoPaulo } from '../../shared/rules/dates.ts';
import { trustedKeysFor } from '../../shared/signing/trusted-keys.ts';
import { backgroundHandlers } from '../lib/background-handlers.ts';
import { AUTOFILL_COMMAND } from '../lib/commands.ts';
import { keepCheckedGuias } from '../lib/guia-records/keep-checked.ts';
import { createGuiaRecordStore } from '../lib/guia-records/store.ts';
import { dispatchMessage, messageSpecs } from '../lib/messages.ts';
import { extensionStore, type StorageAreaLike } from '../lib/storage.ts';
import { watchTenantScripts } from '../lib/tenant-scripts-browser.ts';

export const SYNC_ALARM = 'sincronizar-pacotes';
export const SYNC_PERIOD_MINUTES = 6 * 60;

export default defineBackground(() => {
  const guias = createGuiaRecordStore(browser.storage.local as unknown as StorageAreaLike);
  const handlers = backgroundHandlers(
    { store: extensionStore(), fetch: (...args) => fetch(...args), trustedKeys: trustedKeysFor(import.meta.env.MODE) },
    bundledPacks,
    {
      keepGuias: keepCheckedGuias({
        store: guias,
        retencaoDias: async () => (await extensionStore().read()).guiaRetencaoDias,
        now: () => new Date(),
      }),
    },
  );
  // The content script on the operadoras' own portals the user added (optional host permissions).
  watchTenantScripts(extensionStore());
  // With the pack sync (start-up, every 6 hours): expired and broken guia records go, the count stays bounded.
  const syncQuietly = () => {
    void handlers.sync().catch(() => {});
    void guias.prune(hojeEmSaoPaulo(new Date())).catch(() => {});
  };

  browser.runtime.onInstalled.addListener(() => {
    void browser.alarms.create(SYNC_ALARM, {
      periodInMinutes: SYNC_PERIOD_MINUTES,
      delayInMinutes: SYNC_PERIOD_MINUTES,
    });
    syncQuietly();
  });
  browser.runtime.onStartup.addListener(syncQuietly);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) syncQuietly();
  });

  // sendResponse + `return true` works in every browser (Chrome does not take a returned promise everywhere).
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
    void dispatchMessage(handlers, message).then(sendResponse);
    return true;
  });

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== AUTOFILL_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const msg = messageSpecs.autofill.request.parse({ type: 'autofill' });
    // No content script on this tab (not the portal): nothing to fill.
    await browser.tabs.sendMessage(tab.id, msg).catch(() => undefined);
  });
});
