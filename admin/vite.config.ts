// The admin console is a static Preact SPA the worker serves at /admin/ (same origin as the admin API, so no
// CORS and a strict CSP: every script is an emitted file, nothing inline).
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/admin/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Inlined assets become data: URLs, which a strict CSP (img-src 'self') would refuse.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
