// Builds the tiss-preflight CLI into dist/cli/ (npm run build:cli; also run by `prepare`, i.e. by `npm ci`,
// `npm install` in the repo and `npm pack`): ES modules with every dependency inlined, so bin/tiss-preflight.mjs
// runs plain JavaScript — no TypeScript compiled at run time, nothing needed from node_modules (an
// `npm install --omit=dev` of the packed tarball works). Split into chunks (dist/cli/chunks/) so a subcommand
// loads only what it uses: `validate` without rules loads the TISS engine and not zod, the packs or the glosa
// engine, which were half the single file's 865 kB and a third of its start-up.
// Tried and dropped (8a80144): one CommonJS file compiled by bin/ with V8's code cache (Node 20 has none for ES
// modules) started a 6 KB file ~20–30 ms CPU sooner but peaked 3–6 MiB higher (the whole 870 kB is read), and
// CommonJS bundles split like these chunks ran the 15 MB lote 4–10% slower in CPU: a poor trade for lotes.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles cli/main.ts into `outdir` (default dist/cli); returns the path of main.mjs. */
export async function buildCli(outdir = join(root, 'dist/cli')) {
  rmSync(outdir, { recursive: true, force: true });
  const outfile = join(outdir, 'main.mjs');
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
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`tiss-preflight CLI: ${await buildCli(process.argv[2])}`);
}
