#!/usr/bin/env node
// Entry point of `npx tiss-preflight`: runs the prebuilt bundle dist/cli/main.cjs (scripts/build-cli.mjs, made by
// `prepare` on npm install/ci/pack), so start-up compiles no TypeScript and needs no dev dependency.
//
// Start-up is most of a small file's run, so the bundle is compiled with V8's code cache (dist/cli/main.cjs.cache,
// written by the build's warm-up run: the bytecode of every function a validation used). CommonJS because Node 20
// has no code cache for ES modules (module.enableCompileCache is Node ≥ 22.1), and a CommonJS entry also skips
// the ES module loader. V8 refuses a cache made by another Node version or with other V8 flags
// (cachedDataRejected); the bundle then compiles as usual and this run writes a fresh cache for the next, when
// the folder is writable.
'use strict';
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'cli', 'main.cjs');
const cacheFile = `${bundle}.cache`;

let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch (e) {
  if (e?.code !== 'ENOENT') throw e;
  process.stderr.write(
    'tiss-preflight: a CLI ainda não foi compilada; rode "npm run build:cli" na pasta do projeto.\n',
  );
  process.exit(2);
}
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache yet: compiled from source, and this run writes one
}
// The wrapper Node itself puts around a CommonJS module.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
const cli = { exports: {} };
script.runInThisContext()(cli.exports, require, cli, bundle, join(bundle, '..'));

cli.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (cachedData && !script.cachedDataRejected) return;
  // After the run, so the cache holds the functions it compiled; renamed into place so a concurrent run never
  // reads half a file.
  const partial = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // read-only install: every run compiles from source, as without a cache
    rmSync(partial, { force: true });
  }
});
