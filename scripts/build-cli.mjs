// Builds the tiss-preflight CLI into dist/cli/ (npm run build:cli; also run by `prepare`, i.e. by `npm ci`,
// `npm install` in the repo and `npm pack`): CommonJS bundles with every dependency inlined, so
// bin/tiss-preflight.cjs runs plain JavaScript — no TypeScript compiled at run time, nothing needed from
// node_modules (an `npm install --omit=dev` of the packed tarball works).
// One bundle per module the CLI loads on demand (main, validate, validate-rules, pack, glosas: each `import()`
// of cli/ becomes a require of its sibling bundle), so `validate` without rules loads main.cjs and validate.cjs
// only: the TISS engine, not zod, the packs or the glosa engine. The four XSD models are not in the bundles but
// in dist/cli/models/<version>.json, read only for the version a file names (cli/tiss-models.ts).
// Why CommonJS (issue 13): a CommonJS entry skips Node's ES module loader, which loads fs/promises, readline and
// the loader's own modules at every start (6 KB file ~10 ms CPU, 15 MB lote ~5 MiB peak RSS less). Each bundle has
// no esbuild lazy-init wrappers (they come from bundling a dynamic import): with them (8a80144, one CommonJS file)
// the engine's module-level bindings were assigned late and the 15 MB lote ran 4–10% slower; without them it runs
// as fast as the ES module chunks did. Code shared by two bundles is in both (on disk; a run loads one copy).
// Beside each bundle, V8's code cache of it as loaded (<bundle>.cache, scripts/cli-code-cache.cjs), and of main and
// validate after a small validation (<bundle>.small.cache), which bin/tiss-preflight.cjs hands to V8 so a run does
// not parse the bundles again (nor, on small files, compile the validation's functions).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MODEL_DIR = join(root, 'shared/tiss/model');
const { CACHE_KEY } = createRequire(import.meta.url)('../bin/tiss-preflight.cjs');

/**
 * `text` (a bundle, ending with a newline) with its cache key as last line: a hash of the content, which the bin
 * compares with the one at the start of a cache before handing that cache to V8 (V8 itself checks only the length).
 */
export function withCacheKey(text) {
  const hex = createHash('sha256')
    .update(text)
    .digest('hex')
    .slice(0, CACHE_KEY.length - CACHE_KEY.prefix.length);
  return `${text}${CACHE_KEY.prefix}${hex}\n`;
}

/**
 * Writes each generated TISS model (shared/tiss/model/<version>.ts: one exported JSON string literal) as
 * `outdir`/models/<version>.json; returns the versions. cli/tiss-models.ts reads them, one per run.
 */
function writeModels(outdir) {
  mkdirSync(join(outdir, 'models'), { recursive: true });
  const versions = [];
  for (const file of readdirSync(MODEL_DIR).sort()) {
    const version = /^(\d\.\d{2}\.\d{2})\.ts$/.exec(file)?.[1];
    if (!version) continue;
    const source = readFileSync(join(MODEL_DIR, file), 'utf8');
    const literal = /^export const \w+ = (".*");$/m.exec(source)?.[1];
    if (!literal) throw new Error(`${file}: no generated model literal (npm run gen:tiss-model)`);
    writeFileSync(join(outdir, 'models', `${version}.json`), JSON.parse(literal));
    versions.push(version);
  }
  return versions;
}

/** The CLI's own model index (reads models/<version>.json) in place of the one that inlines all four. */
const cliModels = {
  name: 'cli-tiss-models',
  setup(b) {
    b.onResolve({ filter: /\/model\/index\.ts$/ }, (args) =>
      join(args.resolveDir, args.path) === join(MODEL_DIR, 'index.ts')
        ? { path: join(root, 'cli/tiss-models.ts') }
        : undefined,
    );
  },
};

/** The modules of cli/ the CLI imports dynamically: each is its own bundle, loaded when first asked for. */
const ENTRIES = ['main', 'validate', 'validate-rules', 'pack', 'glosas'];

/** `import('./validate.ts')` in cli/ → a require of the sibling bundle `./validate.cjs` (external). */
const siblingBundles = {
  name: 'cli-sibling-bundles',
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w-]+\.ts$/ }, (args) => {
      const name = basename(args.path, '.ts');
      if (args.kind !== 'dynamic-import' || !ENTRIES.includes(name) || dirname(args.importer) !== join(root, 'cli'))
        return undefined;
      return { path: `./${name}.cjs`, external: true };
    });
  },
};

/**
 * Writes V8's code cache of every bundle in `outdir` (scripts/cli-code-cache.cjs), in a fresh process of this
 * Node without NODE_OPTIONS: a cache made under other V8 flags (a test runner's, say) would be rejected at run time.
 */
function writeCodeCache(outdir) {
  // A small lote of the kind clerks send most (SP/SADT), not the file the start-up bench times (consulta-3-guias).
  const CODE_CACHE_SAMPLE = join(root, 'test/fixtures/tiss/valid/sadt-5-guias.xml');
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(
    process.execPath,
    [join(root, 'scripts/cli-code-cache.cjs'), outdir, CODE_CACHE_SAMPLE, ...ENTRIES.map((name) => `${name}.cjs`)],
    { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`CLI code cache: exit ${r.status}\n${r.stderr}`);
}

/** Bundles the CLI into `outdir` (default dist/cli); returns the path of main.cjs. */
export async function buildCli(outdir = join(root, 'dist/cli')) {
  rmSync(outdir, { recursive: true, force: true });
  const versions = writeModels(outdir);
  const result = await build({
    entryPoints: ENTRIES.map((name) => join(root, `cli/${name}.ts`)),
    outdir,
    entryNames: '[name]',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'linked',
    plugins: [cliModels, siblingBundles],
    define: { TISS_MODEL_VERSIONS: JSON.stringify(versions), 'import.meta.url': 'CLI_BUNDLE_URL' },
    // "use strict" first: esbuild's own comes after the banner, where it is no directive, and the bundles ran sloppy.
    banner: { js: '"use strict";var CLI_BUNDLE_URL=require("node:url").pathToFileURL(__filename).href;' },
    // js-md5's Node build imports node:crypto and node:buffer at load (~8 ms, ~2 MiB) for one-shot hashes we
    // never make; its plain build is the one the extension and the worker run.
    alias: { 'js-md5': 'js-md5/build/md5.mjs' },
    logLevel: 'warning',
    absWorkingDir: root, // the alias above resolves from here, wherever the build is run from
    write: false,
  });
  mkdirSync(outdir, { recursive: true });
  for (const file of result.outputFiles) {
    // esbuild keeps an external import() as is, which in a CommonJS file would start the ES module loader: a
    // require of the sibling bundle instead (same exports, as esbuild's CommonJS output defines them).
    const text = file.path.endsWith('.cjs')
      ? withCacheKey(file.text.replace(/\bimport\("(\.\/[\w-]+\.cjs)"\)/g, 'Promise.resolve().then(()=>require("$1"))'))
      : file.text;
    writeFileSync(file.path, text);
  }
  writeCodeCache(outdir);
  return join(outdir, 'main.cjs');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`tiss-preflight CLI: ${await buildCli(process.argv[2])}`);
}
