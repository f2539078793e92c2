// What `tiss-preflight validate <file>` loads before it answers: the built CLI (dist/cli, unit global setup builds
// it) is ES module chunks, and a plain validation must not load zod or the rule packs (issue 13: zod at start-up
// was a third of it). Followed the way Node loads them: main.mjs, the chunk its `validate` imports, and their
// static imports; dynamic imports (rules, pack, glosas) load only when asked for.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../../dist/cli/', import.meta.url).pathname;

function staticClosure(files: string[]): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [...files];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const m of text.matchAll(/(?:from|import)\s*"(\.[^"]+\.mjs)"/g)) queue.push(join(dirname(file), m[1]!));
  }
  return seen;
}

describe('tiss-preflight validate start-up', () => {
  it('loads the TISS engine but not zod, the rule packs, the XSD models nor node:crypto', () => {
    const main = join(DIST, 'main.mjs');
    const validateChunk = /import\("(\.\/chunks\/validate-[\w-]+\.mjs)"\)/.exec(readFileSync(main, 'utf8'))?.[1];
    expect(validateChunk).toBeDefined();
    const loaded = staticClosure([main, join(DIST, validateChunk!)]);
    const has = (files: Map<string, string>, marker: string) => [...files.values()].some((t) => t.includes(marker));
    expect(has(loaded, 'http://www.ans.gov.br/padroes/tiss/schemas'), 'the engine').toBe(true);
    expect(has(loaded, 'ZodError'), 'zod').toBe(false);
    expect(has(loaded, 'arcelormittal-tubarao-funssest'), "a default pack's key").toBe(false);
    // No XSD model compiled as JavaScript: each is read from dist/cli/models/ when a file of its version is
    // checked (cli/tiss-models.ts); and no node:crypto, which js-md5's Node build would import at load.
    expect(has(loaded, 'SignatureType'), 'an XSD model').toBe(false);
    expect(has(loaded, 'from"crypto"') || has(loaded, 'from"node:crypto"'), 'node:crypto').toBe(false);
    // Node's built-ins through process.getBuiltinModule (cli/node-builtins.ts): an ES import of node:fs would
    // also load its promises API and streams.
    expect(has(loaded, 'from"node:'), 'an ES import of a Node built-in').toBe(false);
    expect(readFileSync(join(DIST, 'models/4.01.00.json'), 'utf8')).toContain('dm_versao');
    // …while the rules path does load them, so the markers above would be seen if they were there
    const rules = /import\("(\.\/validate-rules-[\w-]+\.mjs)"\)/.exec(loaded.get(join(DIST, validateChunk!))!)?.[1];
    const withRules = staticClosure([join(DIST, 'chunks', rules!)]);
    expect(has(withRules, 'ZodError'), 'zod').toBe(true);
    expect(has(withRules, 'arcelormittal-tubarao-funssest'), "a default pack's key").toBe(true);
  });
});
