#!/usr/bin/env node
// Entry point of `npx tiss-preflight`: runs the prebuilt CommonJS bundles (scripts/build-cli.mjs, made by
// `prepare` on npm install/ci/pack), so start-up compiles no TypeScript, needs no dev dependency and skips
// Node's ES module loader.
let cli;
try {
  cli = require('../dist/cli/main.cjs');
} catch (e) {
  if (e?.code !== 'MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli/main.cjs')) throw e;
  process.stderr.write(
    'tiss-preflight: a CLI ainda não foi compilada; rode "npm run build:cli" na pasta do projeto.\n',
  );
  process.exit(2);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
