// node scripts/cli-code-cache.cjs <dir> <file.xml> <bundle>…: writes V8's code cache of each built CLI bundle for
// bin/tiss-preflight.cjs. Run by scripts/build-cli.mjs in a fresh Node process with no NODE_OPTIONS, so the caches
// carry the V8 flags of a plain `node` (V8 rejects them in a process with other flags).
//
// Each bundle is loaded through the bin's own loader (a cache is keyed to the exact wrapped source) and its top level
// run; then <bundle>.cache is written: the bundle parsed, and the functions its top level called compiled. Then
// `validate` runs on <file.xml> (text and --json) and main and validate get <bundle>.small.cache, which also holds
// the bytecode of every function that validation called: what the bin loads for a validation of small files only.
// Not for lotes: with it the 15 MB lote took ~70 ms more CPU, on V8's background threads (README, Speed and memory).
'use strict';
const { renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { createLoader } = require('../bin/tiss-preflight.cjs');

const [dir, sample, ...bundles] = process.argv.slice(2);

/**
 * Writes the cache of each named bundle as <dir>/<bundle><suffix>: the bundle's cache key (bin/tiss-preflight.cjs,
 * which uses a cache only beside the bundle it was made from), then V8's data; whole or not at all (a cut file would
 * pass V8's header checks).
 */
function write(scripts, names, suffix) {
  for (const name of names) {
    const { script, key } = scripts.get(name);
    if (!key) throw new Error(`${name}: no cache key at its end (scripts/build-cli.mjs adds it)`);
    const file = join(dir, name + suffix);
    writeFileSync(`${file}.tmp`, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]));
    renameSync(`${file}.tmp`, file);
  }
}

const { load, scripts } = createLoader(dir);
for (const name of bundles) load(name);
write(scripts, bundles, '.cache');

const quiet = { out() {}, err() {} };
const cli = load('main.cjs');
(async () => {
  for (const args of [[sample], ['--json', sample]]) {
    const code = await cli.main(['validate', ...args], quiet);
    if (code !== 0) throw new Error(`validate ${args.join(' ')}: exit ${code}`);
  }
  write(scripts, ['main.cjs', 'validate.cjs'], '.small.cache');
})();
