// What `tiss-preflight validate <file>` loads before it answers: the built CLI (dist/cli, unit global setup builds
// it) is one CommonJS bundle per module loaded on demand, and a plain validation must not load zod or the rule
// packs (issue 13: zod at start-up was a third of it), the XSD models as code, node:crypto, nor Node's ES module
// loader. Followed the way Node loads them: main.cjs, the bundle its `validate` requires, and their requires.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../../dist/cli/', import.meta.url).pathname;

/** `files` and every bundle they require at load (top level), with their text. */
function loadedAtStart(files: string[]): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [...files];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    // A require inside `Promise.resolve().then(…)` is a lazy load (a dynamic import in the sources): not followed.
    for (const m of text.matchAll(/(then\(\(\)=>)?require\("(\.[^"]+\.cjs)"\)/g)) {
      if (!m[1]) queue.push(join(dirname(file), m[2]!));
    }
  }
  return seen;
}

const lazyRequire = (text: string, name: string) =>
  new RegExp(`then\\(\\(\\)=>require\\("(\\./${name}\\.cjs)"\\)`).exec(text)?.[1];

describe('tiss-preflight validate start-up', () => {
  it('loads the TISS engine but not zod, the rule packs, the XSD models, node:crypto nor the ES module loader', () => {
    const main = join(DIST, 'main.cjs');
    const validate = lazyRequire(readFileSync(main, 'utf8'), 'validate');
    expect(validate).toBeDefined();
    const loaded = loadedAtStart([main, join(DIST, validate!)]);
    const has = (files: Map<string, string>, marker: string) => [...files.values()].some((t) => t.includes(marker));
    expect(has(loaded, 'http://www.ans.gov.br/padroes/tiss/schemas'), 'the engine').toBe(true);
    expect(has(loaded, 'ZodError'), 'zod').toBe(false);
    expect(has(loaded, 'arcelormittal-tubarao-funssest'), "a default pack's key").toBe(false);
    // No XSD model compiled as JavaScript: each is read from dist/cli/models/ when a file of its version is
    // checked (cli/tiss-models.ts); and no node:crypto, which js-md5's Node build would import at load.
    expect(has(loaded, 'SignatureType'), 'an XSD model').toBe(false);
    expect(has(loaded, 'require("crypto")') || has(loaded, 'require("node:crypto")'), 'node:crypto').toBe(false);
    expect(readFileSync(join(DIST, 'models/4.01.00.json'), 'utf8')).toContain('SignatureType');
    // An import() in a CommonJS file would start the ES module loader (fs/promises, readline, the loader itself).
    expect(has(loaded, 'import('), 'a dynamic import').toBe(false);
    // …while the rules path does load zod and the packs, so the markers above would be seen if they were there
    const rules = lazyRequire(loaded.get(join(DIST, validate!))!, 'validate-rules');
    const withRules = loadedAtStart([join(DIST, rules!)]);
    expect(has(withRules, 'ZodError'), 'zod').toBe(true);
    expect(has(withRules, 'arcelormittal-tubarao-funssest'), "a default pack's key").toBe(true);
  });

  it('runs every bundle in strict mode, as the ES modules it is built from run in the tests', () => {
    // A "use strict" after any other statement is no directive: the bundle would run sloppy (a write to a frozen
    // object ignored instead of thrown, for one), which no test of the sources would see.
    for (const name of ['main', 'validate', 'validate-rules', 'pack', 'glosas']) {
      expect(readFileSync(join(DIST, `${name}.cjs`), 'utf8').startsWith('"use strict";'), name).toBe(true);
    }
  });
});
