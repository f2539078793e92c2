// Bindings the worker tests get on top of the worker's own (see worker/vitest.config.ts), and the main module's
// type so `exports.default.fetch` is typed.
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('../index.ts');
  }
  interface Env {
    DB: D1Database;
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
    /** File name → SHA-256 (hex) of test/fixtures/tiss/valid/, to check the bundled dry-run fixtures. */
    XML_FIXTURE_SHA256: Record<string, string>;
    /** test/fixtures/tiss/valid/sadt-5-guias.xml as base64: the template of the 15 MB lote (memory test). */
    LARGE_LOTE_TEMPLATE_B64: string;
    PACK_SIGNING_KEY: string;
    PACK_SIGNING_KEY_ID: string;
    ALLOWED_ORIGINS: string;
  }
}

// Vite's ?raw imports (test fixtures read as text at build time: the Workers runtime has no file system).
declare module '*?raw' {
  const text: string;
  export default text;
}
