// The content script loads on every portal page: under 60 kB gzip (issue 13). Bundled here with esbuild as WXT's
// production build would (same entry, minified, production mode), which lands within about 3% of the real
// `.output/chrome-mv3/content-scripts/content.js` that `npm run bench:ext` measures; size is deterministic, so
// this is a test, not a bench. What broke the goal before was zod's classic API: one schema of the content
// script's reach written with it brings its core back (about 15 kB gzip), so that is named first.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const LIMIT_BYTES = 60 * 1024;

async function contentBundle() {
  const r = await build({
    stdin: {
      contents: `import script from './extension/entrypoints/content.ts'; script.main();`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { 'import.meta.env.MODE': '"production"', 'import.meta.env.BROWSER': '"chrome"' },
    // WXT's auto-import; the entry only hands its options object to it.
    banner: { js: 'var defineContentScript=(o)=>o;' },
  });
  // The modules that put bytes in the bundle (a module only imported for what is shaken away puts none).
  const [output] = Object.values(r.metafile.outputs);
  const inputs = Object.entries(output!.inputs)
    .filter(([, i]) => i.bytesInOutput > 0)
    .map(([f]) => f);
  return { gzip: gzipSync(r.outputFiles[0]!.contents).length, inputs };
}

describe('content script size (production Chrome build)', () => {
  it('is under 60 kB gzip, with zod/mini and no classic zod', async () => {
    const { gzip, inputs } = await contentBundle();
    // The entry really was bundled: the adapter and the rule engine are in it.
    expect(inputs).toContain('extension/content/adapter/labels.ts');
    expect(inputs).toContain('shared/rules/engine.ts');
    expect(inputs.filter((f) => f.includes('node_modules/zod/v4/mini/')).length).toBeGreaterThan(0);
    const classic = inputs.filter((f) => /node_modules\/zod\/v4\/classic\/|json-schema-processors/.test(f));
    expect(classic, 'classic zod in the content script (a schema it reaches imports "zod", not "zod/mini")').toEqual(
      [],
    );
    const locales = inputs.filter((f) => f.includes('node_modules/zod/v4/locales/') && !f.endsWith('index.js'));
    expect(locales, "zod's locales: only pt-BR").toEqual(['node_modules/zod/v4/locales/pt-BR.js']);
    expect(gzip, `content script ${(gzip / 1024).toFixed(1)} kB gzip`).toBeLessThan(LIMIT_BYTES);
  });
});
