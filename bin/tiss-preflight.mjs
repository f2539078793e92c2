#!/usr/bin/env node
// Entry point of `npx tiss-preflight`: runs the prebuilt JavaScript bundle (scripts/build-cli.mjs, made by
// `prepare` on npm install/ci/pack), so start-up compiles no TypeScript and needs no dev dependency.
let cli;
try {
  cli = await import('../dist/cli/main.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli/main.mjs')) throw e;
  process.stderr.write(
    'tiss-preflight: a CLI ainda não foi compilada; rode "npm run build:cli" na pasta do projeto.\n',
  );
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
