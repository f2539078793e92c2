import { render } from 'preact';
import { defaultPacks as bundledPacks } from '../../../shared/packs/index.ts';
import { hojeEmSaoPaulo } from '../../../shared/rules/dates.ts';
import { allActivePacks } from '../../lib/active-pack.ts';
import { keepCheckedGuias } from '../../lib/guia-records/keep-checked.ts';
import { createGuiaRecordStore } from '../../lib/guia-records/store.ts';
import { guardarRascunhos } from '../../lib/recurso-rascunhos.ts';
import { validateOnServer } from '../../lib/server-validate.ts';
import { extensionStore, type StorageAreaLike } from '../../lib/storage.ts';
import { workerClient } from '../../lib/validation/client.ts';
import { App, type PopupDeps } from './App.tsx';

async function requestHealthDataConsent(): Promise<boolean> {
  // `data_collection` is Firefox-only and missing from the polyfill's types.
  const request = browser.permissions.request as (p: { data_collection: string[] }) => Promise<boolean>;
  return request({ data_collection: ['healthInfo'] }).catch(() => false);
}

const deps: PopupDeps = {
  client: workerClient(
    () => new Worker(new URL('../../lib/validation/validate.worker.ts', import.meta.url), { type: 'module' }),
  ),
  loadContext: async () => {
    const state = await extensionStore().read();
    return {
      ...(state.workerUrl ? { workerUrl: state.workerUrl } : {}),
      packs: allActivePacks(state, bundledPacks) as unknown as Record<string, unknown>[],
    };
  },
  serverValidate: (workerUrl, file) => validateOnServer(workerUrl, file, file.name),
  // Firefox asks the user before an extension sends health data (manifest data_collection_permissions).
  consentToSend: import.meta.env.FIREFOX ? requestHealthDataConsent : undefined,
  // The clerks' calendar day (date-window rules count days as the portal does), not UTC's.
  today: () => hojeEmSaoPaulo(new Date()),
  saveGuias: keepCheckedGuias({
    store: createGuiaRecordStore(browser.storage.local as unknown as StorageAreaLike),
    retencaoDias: async () => (await extensionStore().read()).guiaRetencaoDias,
    now: () => new Date(),
  }),
  now: () => new Date(),
  // Drafts for the portal's recurso page: storage.local only (never sync), no beneficiary data in them.
  guardarRascunhos: (r) => guardarRascunhos(browser.storage.local, r, new Date()),
  copyText: (text) => navigator.clipboard.writeText(text),
  download: (fileName, mime, content) => {
    const url = URL.createObjectURL(new Blob([content as BlobPart], { type: mime }));
    const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

const root = document.getElementById('app');
if (root) render(<App deps={deps} />, root);
