#!/usr/bin/env node
// Entry point of `npx tiss-preflight`: runs the prebuilt CommonJS bundles (scripts/build-cli.mjs, made by
// `prepare` on npm install/ci/pack), so start-up compiles no TypeScript, needs no dev dependency and skips
// Node's ES module loader.
//
// Each bundle is loaded as `require` would (same wrapper, same arguments) but through vm.Script, so that V8 can use
// the code cache the build left beside it (dist/cli/<bundle>.cache, made by scripts/cli-code-cache.cjs with this
// same loader): V8 then does not parse the bundle's 77 kB again, nor, on small files, compile the validation's
// functions (smallValidation). V8 rejects a cache made by another V8 version or with other V8 flags, also flags
// changed at run time before the load (cli/validate.ts sets one only after its last load), and compiles as usual;
// no cache file, the same. But V8 checks the source by its length only: given a cache of a bundle of the
// same length and other content it runs the old bundle's code (verified on Node 20: no rejection, the old top
// level ran). So each bundle ends with its cache key (CACHE_KEY, a hash of its content, scripts/build-cli.mjs) and
// each cache starts with the key of the bundle it was made from; a cache whose key is not the bundle's is not used.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

/**
 * A bundle's last line: `//# cache-key=` and 18 hex digits of its content's SHA-256. 32 bytes, so the V8 data after
 * it in a cache file stays 8-byte aligned.
 */
const CACHE_KEY = { prefix: '//# cache-key=', length: 32 };

/** The cache key that ends `source` (its last line, without the newline), or undefined if it has none. */
function cacheKeyOf(source) {
  const key = source.slice(-CACHE_KEY.length - 1, -1);
  return key.startsWith(CACHE_KEY.prefix) ? key : undefined;
}

/** The V8 data of the cache file `file` if it starts with `key`, else undefined (no file, or another bundle's). */
function cachedDataFor(file, key) {
  let cache;
  try {
    cache = readFileSync(file);
  } catch {
    return undefined; // no such cache
  }
  return cache.length > key.length && cache.toString('latin1', 0, key.length) === key
    ? cache.subarray(key.length)
    : undefined;
}

/**
 * A loader of the bundles in `dir`: `load(name)` runs dist/cli/`name` as a CommonJS module (once, like require's
 * cache) and returns its exports; `scripts` keeps each bundle's vm.Script and cache key for the cache producer.
 * With `small`, a bundle's `<bundle>.small.cache` is preferred where the build left one (smallValidation).
 */
function createLoader(dir, small = false) {
  const loaded = new Map();
  const scripts = new Map();
  // A bundle's `require`: a sibling bundle (`./validate.cjs`) through this loader, anything else (node:…) as usual.
  const requireFromBundle = (id) => (id.startsWith('./') ? load(id.slice(2)) : require(id));
  function load(name) {
    const known = loaded.get(name);
    if (known) return known.exports;
    const file = join(dir, name);
    const source = readFileSync(file, 'utf8');
    const key = cacheKeyOf(source);
    let cachedData;
    // The first cache made from this very bundle; none, and V8 compiles the bundle.
    for (const suffix of small ? ['.small.cache', '.cache'] : ['.cache']) {
      cachedData = key && cachedDataFor(file + suffix, key);
      if (cachedData) break;
    }
    // The wrapper on the bundle's first line, as Node's own, so stack traces keep the bundle's line numbers.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: file,
      cachedData,
    });
    scripts.set(name, { script, key });
    const module = { exports: {} };
    loaded.set(name, module);
    script.runInThisContext().call(module.exports, module.exports, requireFromBundle, module, file, dir);
    return module.exports;
  }
  return { load, scripts };
}

/** Up to this many bytes of files in all, a `validate` run loads the caches made after a validation. */
const SMALL_FILES_BYTES = 200_000;

/**
 * Whether `args` are a `validate` of files of SMALL_FILES_BYTES or less in all (an argument that is no readable file
 * counts 0: flags, their values, names the CLI will refuse). For such a run the build made a second cache of main
 * and validate (scripts/cli-code-cache.cjs) that also holds the bytecode of the functions a validation calls, so V8
 * does not compile each at its first call; on a lote, TurboFan then worked longer on them (README, Speed and
 * memory), so a lote gets the cache of the bundles as loaded.
 */
function smallValidation(args) {
  if (args[0] !== 'validate') return false;
  let bytes = 0;
  for (const arg of args.slice(1)) {
    try {
      bytes += statSync(arg).size;
    } catch {
      // not a file: counts 0
    }
  }
  return bytes <= SMALL_FILES_BYTES;
}

function mainBundle(args) {
  try {
    return createLoader(join(__dirname, '../dist/cli'), smallValidation(args)).load('main.cjs');
  } catch (e) {
    if (e?.code !== 'ENOENT' || !String(e.message).includes('main.cjs')) throw e;
    process.stderr.write(
      'tiss-preflight: a CLI ainda não foi compilada; rode "npm run build:cli" na pasta do projeto.\n',
    );
    process.exit(2);
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  mainBundle(args)
    .main(args)
    .then((code) => {
      process.exitCode = code;
    });
} else {
  module.exports = { createLoader, CACHE_KEY };
}
