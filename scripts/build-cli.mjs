// Builds the tiss-preflight CLI into dist/cli/ (npm run build:cli; also run by `prepare`, i.e. by `npm ci`,
// `npm install` in the repo and `npm pack`): one CommonJS file with every dependency inlined, so
// bin/tiss-preflight.cjs runs plain JavaScript — no TypeScript compiled at run time, nothing needed from
// node_modules (an `npm install --omit=dev` of the packed tarball works).
// One file: a subcommand's modules (and zod, the packs, the glosa engine) are only initialised when it is
// imported, esbuild wraps each lazily loaded module in an init function, and V8's code cache (bin/) makes
// the unused code cost little more than reading it. The build ends by running the CLI once on a small TISS
// file, which writes that cache.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'bin/tiss-preflight.cjs');
// A small valid lote: its validation compiles the engine's functions that every validate uses.
const WARM_UP = join(root, 'test/fixtures/tiss/valid/consulta-3-guias.xml');

/** Bundles cli/main.ts into `outdir` (default dist/cli) and warms its code cache; returns the bundle's path. */
export async function buildCli(outdir = join(root, 'dist/cli')) {
  rmSync(outdir, { recursive: true, force: true });
  const outfile = join(outdir, 'main.cjs');
  await build({
    entryPoints: [join(root, 'cli/main.ts')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  if (outdir === join(root, 'dist/cli') && existsSync(WARM_UP)) {
    // A fresh process without this one's NODE_OPTIONS (V8 refuses a cache made under other flags); exit 0 or 1.
    const { NODE_OPTIONS: _, ...env } = process.env;
    const r = spawnSync(process.execPath, [BIN, 'validate', WARM_UP], { encoding: 'utf8', env });
    if (r.status !== 0 && r.status !== 1) throw new Error(`tiss-preflight warm-up failed (${r.status}): ${r.stderr}`);
  }
  return outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`tiss-preflight CLI: ${await buildCli(process.argv[2])}`);
}
