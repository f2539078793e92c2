// V8's code cache of the built CLI (scripts/cli-code-cache.cjs, read by bin/tiss-preflight.cjs): the build leaves
// one beside every bundle that a plain `node` accepts, and a run whose caches are missing or rejected (another
// Node, other V8 flags, a cache that is not the bundle's) prints the same report, only parsing the bundles itself;
// a bundle rebuilt beside the caches of the one before runs as rebuilt (V8 would take a stale cache of equal length).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { withCacheKey } from '../../scripts/build-cli.mjs';
import { fixturePath } from '../support/tiss-fixtures.ts';
import { makeLargeLote } from '../support/tiss-large.ts';

const root = new URL('../..', import.meta.url).pathname;
const DIST = join(root, 'dist/cli');
const BUNDLES = ['main.cjs', 'validate.cjs', 'validate-rules.cjs', 'pack.cjs', 'glosas.cjs'];
const SMALL = ['main.cjs', 'validate.cjs'];
const work = mkdtempSync(join(tmpdir(), 'tiss-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `code` (CommonJS, with `createLoader` from the bin in scope) in a plain node: no NODE_OPTIONS. */
function node(code: string) {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const prelude = `const { createLoader } = require(${JSON.stringify(join(root, 'bin/tiss-preflight.cjs'))});`;
  const r = spawnSync(process.execPath, ['-e', prelude + code], { encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** `validate --json` of the fixtures through the bundles in `dir`, with the small-validation caches or not. */
function validateWith(dir: string, small: boolean) {
  const files = ['valid/consulta-3-guias.xml', 'valid/recurso-glosa.xml'].map((f) => JSON.stringify(fixturePath(f)));
  return node(
    `createLoader(${JSON.stringify(dir)}, ${small}).load('main.cjs').main(['validate', '--json', ${files.join(', ')}]).then((c) => { process.exitCode = c; });`,
  );
}

describe('the CLI bundles with V8 code cache', () => {
  it('has a cache beside every bundle, and one for small validations beside main and validate, which a plain node accepts', () => {
    for (const name of BUNDLES) expect(existsSync(join(DIST, `${name}.cache`)), name).toBe(true);
    for (const name of SMALL) expect(existsSync(join(DIST, `${name}.small.cache`)), name).toBe(true);
    for (const small of [false, true]) {
      const r = node(
        `const l = createLoader(${JSON.stringify(DIST)}, ${small}); const out = {}; for (const n of ${JSON.stringify(BUNDLES)}) { l.load(n); out[n] = l.scripts.get(n).script.cachedDataRejected; } console.log(JSON.stringify(out));`,
      );
      expect(r.err).toBe('');
      expect(JSON.parse(r.out)).toEqual(Object.fromEntries(BUNDLES.map((n) => [n, false])));
    }
  });

  it('prints the same report when the caches are missing or are not the bundles’ own', () => {
    const withCache = validateWith(DIST, false);
    expect(withCache.err).toBe('');
    expect(withCache.code).toBe(0);
    expect(JSON.parse(withCache.out)).toHaveLength(2);
    expect(validateWith(DIST, true)).toEqual(withCache);

    const none = join(work, 'none');
    cpSync(DIST, none, { recursive: true });
    for (const name of BUNDLES) rmSync(join(none, `${name}.cache`));
    for (const name of SMALL) rmSync(join(none, `${name}.small.cache`));
    for (const small of [false, true]) expect(validateWith(none, small)).toEqual(withCache);

    // Each bundle given another bundle's cache: V8 rejects it (another source) and compiles the bundle itself.
    const swapped = join(work, 'swapped');
    cpSync(DIST, swapped, { recursive: true });
    for (const [i, name] of BUNDLES.entries()) {
      const other = BUNDLES[(i + 1) % BUNDLES.length]!;
      writeFileSync(join(swapped, `${name}.cache`), readFileSync(join(DIST, `${other}.cache`)));
    }
    for (const [i, name] of SMALL.entries()) {
      const other = SMALL[(i + 1) % SMALL.length]!;
      writeFileSync(join(swapped, `${name}.small.cache`), readFileSync(join(DIST, `${other}.small.cache`)));
    }
    for (const small of [false, true]) expect(validateWith(swapped, small)).toEqual(withCache);
  });

  it('runs a bundle rebuilt beside the caches of the one before as rebuilt, even at the same length', () => {
    // As if validate.cjs were rebuilt with one word changed and the old caches left beside it: its summary, an
    // object literal run at load, is compiled into the caches, so a stale cache would print the old one.
    const rebuilt = join(work, 'rebuilt');
    cpSync(DIST, rebuilt, { recursive: true });
    const file = join(rebuilt, 'validate.cjs');
    const old = readFileSync(file, 'utf8');
    const body = old.slice(0, old.lastIndexOf('//# cache-key='));
    expect(body).toContain('valida arquivos XML TISS');
    const changed = withCacheKey(body.replace('valida arquivos XML TISS', 'VALIDA arquivos XML TISS'));
    expect(changed).toHaveLength(old.length);
    writeFileSync(file, changed);
    for (const small of [false, true]) {
      const r = node(
        `const l = createLoader(${JSON.stringify(rebuilt)}, ${small}); l.load('main.cjs').main(['--help']).then(() => console.error(l.scripts.get('validate.cjs').script.cachedDataRejected));`,
      );
      expect(r.out).toContain('VALIDA arquivos XML TISS');
      expect(r.err).toBe('undefined\n'); // no cache handed to V8 for it
    }
  });

  it('uses the rules bundle’s cache and Node’s on a lote too, where the CLI changes a V8 flag', () => {
    // From 1 MB on, validate sets a V8 flag (its young generation); V8 rejects the cache of any bundle loaded after
    // a flag changed, so the rules' bundle must be loaded before that.
    const lote = join(work, 'lote-1mb.xml');
    writeFileSync(lote, makeLargeLote(1_100_000));
    // Node's own code cache of its built-ins is rejected the same way: none may be loaded after the flag either.
    const watchFlags = `const v8 = require('node:v8'), set = v8.setFlagsFromString; let modules = -1; v8.setFlagsFromString = (f) => { modules = process.moduleLoadList.length; set(f); };`;
    const r = node(
      `${watchFlags} const l = createLoader(${JSON.stringify(DIST)}); l.load('main.cjs').main(['validate', '--json', '--operadora', 'auto', ${JSON.stringify(lote)}], { out() {}, err: (t) => process.stderr.write(t) }).then((code) => console.log(JSON.stringify({ code, rejected: l.scripts.get('validate-rules.cjs').script.cachedDataRejected, flagSet: modules >= 0, loadedAfter: process.moduleLoadList.slice(modules) })));`,
    );
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual({ code: expect.any(Number), rejected: false, flagSet: true, loadedAfter: [] });
  });
});
