// node scripts/cli-code-cache.cjs <dir> <bundle>…: writes V8's code cache of each built CLI bundle as
// <dir>/<bundle>.cache, for bin/tiss-preflight.cjs. Run by scripts/build-cli.mjs in a fresh Node process with no
// NODE_OPTIONS, so the cache carries the V8 flags of a plain `node` (V8 rejects it in a process with other flags).
//
// Each bundle is loaded through the bin's own loader (the cache is keyed to the exact wrapped source) and its top
// level run; the cache is made then: the bundle parsed, and the functions its top level called compiled. Not after
// a validation, though that would also hold the bytecode of every function a validation calls: a 6 KB file then
// started 33 M instructions sooner instead of 17 M, but the 15 MB lote took ~70 ms more CPU, on V8's background
// threads (README, Speed and memory).
'use strict';
const { renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { createLoader } = require('../bin/tiss-preflight.cjs');

const [dir, ...bundles] = process.argv.slice(2);
const { load, scripts } = createLoader(dir);
for (const name of bundles) load(name);
for (const [name, script] of scripts) {
  const file = join(dir, `${name}.cache`);
  // Written whole or not at all: a cut file would still pass V8's header checks.
  writeFileSync(`${file}.tmp`, script.createCachedData());
  renameSync(`${file}.tmp`, file);
}
