import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { AUTOFILL_COMMAND, AUTOFILL_DEFAULT_KEY } from './extension/lib/commands.ts';
import { CONECTA_MATCHES, LOCAL_MATCHES } from './extension/lib/portal-hosts.ts';

// Production builds reach the Conecta portal only. The `test`/`development` builds add localhost so the
// end-to-end tests (mock portal, local worker) can run; operadora subdomains are optional permissions
// requested at run time, never in the default manifest.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  // MV3 for Firefox too (WXT defaults Firefox to MV2): one manifest model, optional host permissions at run time.
  manifestVersion: 3,
  manifest: ({ mode, browser }) => {
    const local = mode !== 'production';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'pt_BR',
      // `scripting`: registers the content script on the operadora portals the user adds in the options page
      // (optional host permissions granted at run time; no access to any site without that grant).
      permissions: ['storage', 'alarms', 'scripting'],
      commands: {
        [AUTOFILL_COMMAND]: { suggested_key: { default: AUTOFILL_DEFAULT_KEY }, description: '__MSG_cmdAutofill__' },
      },
      host_permissions: local ? [...CONECTA_MATCHES, ...LOCAL_MATCHES] : CONECTA_MATCHES,
      // Operadora tenants on *.benner.com.br, and the rules server the user configures (requested for that one
      // origin from the options page, never granted by default).
      optional_host_permissions: ['https://*.benner.com.br/*', 'https://*/*'],
      ...(browser === 'firefox' && {
        browser_specific_settings: {
          gecko: {
            id: 'tiss-preflight@tiss-preflight.dev',
            // The oldest Firefox that knows every key used here: data_collection_permissions (140; 128 for
            // optional_host_permissions). Older ones would install the add-on without the data consent.
            strict_min_version: '140.0',
            // Nothing leaves the machine unless the clerk ticks "validar também no servidor" (the XML: health data).
            data_collection_permissions: { required: ['none'], optional: ['healthInfo'] },
          },
          // Firefox for Android learnt data_collection_permissions in 142.
          gecko_android: { strict_min_version: '142.0' },
        },
      }),
    };
  },
});
