// The content script on the Conecta portal (and on localhost in test/dev builds, for the mock portal).
import { lerRascunhos, RASCUNHOS_KEY } from '../lib/recurso-rascunhos.ts';
import '../content/boot-mark.ts';
import { browser } from 'wxt/browser';
import { parseRulePack } from '../../shared/rules/pack-schema.ts';
import type { AutofillHandler } from '../content/feature-api.ts';
import { allFeatures } from '../content/features/index.ts';
import { startContent } from '../content/start.ts';
import { uploadValidator } from '../content/validate-upload.ts';
import { createGuiaRecordStore, watchGuiaRecords } from '../lib/guia-records/store.ts';
import { messageSpecs, request } from '../lib/messages.ts';
import { CONECTA_MATCHES, LOCAL_MATCHES } from '../lib/portal-hosts.ts';
import { extensionStore, type StorageAreaLike, type StorageChangeSource } from '../lib/storage.ts';

export default defineContentScript({
  matches: import.meta.env.MODE === 'production' ? CONECTA_MATCHES : [...CONECTA_MATCHES, ...LOCAL_MATCHES],
  runAt: 'document_idle',
  async main() {
    const store = extensionStore();
    const send = (msg: unknown) => browser.runtime.sendMessage(msg);
    // The autofill keyboard shortcut arrives from the background; the autofill feature answers it.
    let autofill: AutofillHandler | undefined;
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const msg = messageSpecs.autofill.request.safeParse(raw);
      if (!msg.success) return undefined;
      const reply = autofill?.(msg.data.profileId) ?? {
        preenchidos: 0,
        mensagem: 'Abra o Digitar Guia (solicitante ou executante) para preencher com um perfil.',
      };
      return Promise.resolve(reply);
    });
    await startContent(document, allFeatures, {
      async loadSettings() {
        // Never the stored packs: the background answers `active-pack` with the one pack of the page.
        const s = await store.readKeys([
          'features',
          'bloquearEnvioComErros',
          'autofillProfiles',
          'guiaRetencaoDias',
          'operadoras',
        ]);
        return {
          features: s.features,
          bloquearEnvioComErros: s.bloquearEnvioComErros,
          autofillProfiles: s.autofillProfiles,
          guiaRetencaoDias: s.guiaRetencaoDias,
          operadoras: s.operadoras,
        };
      },
      // Only a recurso page asks for them (start.ts).
      loadRecursoRascunhos: () => lerRascunhos(browser.storage.local),
      watchRecursoRascunhos(onChange) {
        browser.storage.onChanged.addListener((changes, area) => {
          if (area === 'local' && RASCUNHOS_KEY in changes) onChange();
        });
      },
      async loadPack(operadora) {
        const reply = await request<'active-pack'>(send, { type: 'active-pack', operadora: [...operadora] });
        if (!reply.pack) return undefined;
        const parsed = parseRulePack(reply.pack);
        return parsed.ok ? parsed.pack : undefined;
      },
      watchSettings(onChange) {
        // A synced pack changes `packs`: heard here (the next run asks for the pack again), never read here.
        store.onChange(onChange);
      },
      guiaRecords: createGuiaRecordStore(browser.storage.local as unknown as StorageAreaLike),
      watchGuiaRecords(onChange) {
        watchGuiaRecords(browser.storage.onChanged as unknown as StorageChangeSource, onChange);
      },
      validateXml: uploadValidator(send),
      onAutofillRequest(handler, signal) {
        autofill = handler;
        signal.addEventListener('abort', () => {
          if (autofill === handler) autofill = undefined;
        });
      },
    });
  },
});
