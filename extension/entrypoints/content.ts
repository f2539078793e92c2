// The content script on the Conecta portal (and on localhost in test/dev builds, for the mock portal).
import { browser } from 'wxt/browser';
import { parseRulePack } from '../../shared/rules/pack-schema.ts';
import { allFeatures } from '../content/features/index.ts';
import { startContent } from '../content/start.ts';
import { request } from '../lib/messages.ts';
import { extensionStore } from '../lib/storage.ts';

const PORTAL = ['https://portalconectasaude.com.br/*', 'https://hom.portalconectasaude.com.br/*'];
const LOCAL = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineContentScript({
  matches: import.meta.env.MODE === 'production' ? PORTAL : [...PORTAL, ...LOCAL],
  runAt: 'document_idle',
  async main() {
    const store = extensionStore();
    const send = (msg: unknown) => browser.runtime.sendMessage(msg);
    await startContent(document, allFeatures, {
      async loadSettings() {
        const s = await store.read();
        return {
          features: s.features,
          bloquearEnvioComErros: s.bloquearEnvioComErros,
          autofillProfiles: s.autofillProfiles,
          operadoras: s.operadoras,
        };
      },
      async loadPack(ans) {
        const reply = await request<'active-pack'>(send, { type: 'active-pack', ans });
        if (!reply.pack) return undefined;
        const parsed = parseRulePack(reply.pack);
        return parsed.ok ? parsed.pack : undefined;
      },
      watchSettings(onChange) {
        store.watch(onChange);
      },
    });
  },
});
