// Builds the tiss-preflight CLI into dist/cli/ (npm run build:cli; also run by `prepare`, i.e. by `npm ci`,
// `npm install` in the repo and `npm pack`): ES modules with every dependency inlined, so bin/tiss-preflight.mjs
// runs plain JavaScript — no TypeScript compiled at run time, nothing needed from node_modules (an
// `npm install --omit=dev` of the packed tarball works). Split into chunks (dist/cli/chunks/) so a subcommand
// loads only what it uses: `validate` without rules loads the TISS engine and not zod, the packs or the glosa
// engine, which were half the single file's 865 kB and a third of its start-up. The four XSD models are not in
// the chunks but in dist/cli/models/<version>.json, read only for the version a file names (cli/tiss-models.ts).
// Tried and dropped (8a80144): one CommonJS file compiled by bin/ with V8's code cache (Node 20 has none for ES
// modules) started a 6 KB file ~20–30 ms CPU sooner but peaked 3–6 MiB higher (the whole 870 kB is read), and
// CommonJS bundles split like these chunks ran the 15 MB lote 4–10% slower in CPU: a poor trade for lotes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MODEL_DIR = join(root, 'shared/tiss/model');

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

/** Bundles cli/main.ts into `outdir` (default dist/cli); returns the path of main.mjs. */
export async function buildCli(outdir = join(root, 'dist/cli')) {
  rmSync(outdir, { recursive: true, force: true });
  const outfile = join(outdir, 'main.mjs');
  const versions = writeModels(outdir);
  await build({
    entryPoints: [join(root, 'cli/main.ts')],
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'linked',
    plugins: [cliModels],
    define: { TISS_MODEL_VERSIONS: JSON.stringify(versions) },
    // js-md5's Node build imports node:crypto and node:buffer at load (~8 ms, ~2 MiB) for one-shot hashes we
    // never make; its plain build is the one the extension and the worker run.
    alias: { 'js-md5': 'js-md5/build/md5.mjs' },
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`tiss-preflight CLI: ${await buildCli(process.argv[2])}`);
}
