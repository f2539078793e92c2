import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defaultPacks as bundledPacks } from '../../../shared/packs/index.ts';
import { hojeEmSaoPaulo } from '../../../shared/rules/dates.ts';
import { allFeatures } from '../../content/features/index.ts';
import { AUTOFILL_COMMAND, AUTOFILL_DEFAULT_KEY } from '../../lib/commands.ts';
import { createGuiaRecordStore, watchGuiaRecords } from '../../lib/guia-records/store.ts';
import { request } from '../../lib/messages.ts';
import { extensionStore, type StorageAreaLike, type StorageChangeSource } from '../../lib/storage.ts';
import { App, type OptionsDeps } from './App.tsx';

const send = (msg: unknown) => browser.runtime.sendMessage(msg);

async function start() {
  // The shortcut the user actually has (they may have changed it in the browser's shortcut settings).
  const commands = await browser.commands?.getAll().catch(() => []);
  const shortcut = commands?.find((c) => c.name === AUTOFILL_COMMAND)?.shortcut || AUTOFILL_DEFAULT_KEY;
  const guias = createGuiaRecordStore(browser.storage.local as unknown as StorageAreaLike);
  const deps: OptionsDeps = {
    store: extensionStore(),
    bundled: bundledPacks,
    features: allFeatures.map(({ id, description }) => ({ id, description })),
    requestHostPermission: (origin) => browser.permissions.request({ origins: [origin] }),
    removeHostPermission: (origin) => browser.permissions.remove({ origins: [origin] }),
    syncNow: async () => (await request(send, { type: 'sync-now' })).lastSync,
    confirm: (message) => window.confirm(message),
    shortcut,
    guias: {
      summary: () => guias.summary(hojeEmSaoPaulo(new Date())),
      clear: () => guias.clear(),
      retain: (dias) => guias.retain(hojeEmSaoPaulo(new Date()), dias),
      watch: (onChange) => watchGuiaRecords(browser.storage.onChanged as unknown as StorageChangeSource, onChange),
    },
  };
  const root = document.getElementById('app');
  if (root) render(<App deps={deps} />, root);
}
void start();
