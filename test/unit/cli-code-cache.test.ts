// The CLI's V8 code cache (bin/tiss-preflight.cjs) only makes start-up faster: without it, or with one V8
// refuses (another Node version, a damaged file), the CLI answers exactly the same and leaves a good cache for
// the next run.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../support/tiss-fixtures.ts';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tiss-cli-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of bin/ and the built bundle (unit global setup builds it), without its cache. */
function install(name: string): { bin: string; cache: string } {
  const at = join(dir, name);
  mkdirSync(join(at, 'bin'), { recursive: true });
  mkdirSync(join(at, 'dist/cli'), { recursive: true });
  copyFileSync(join(root, 'bin/tiss-preflight.cjs'), join(at, 'bin/tiss-preflight.cjs'));
  copyFileSync(join(root, 'dist/cli/main.cjs'), join(at, 'dist/cli/main.cjs'));
  return { bin: join(at, 'bin/tiss-preflight.cjs'), cache: join(at, 'dist/cli/main.cjs.cache') };
}

function validate(bin: string) {
  const r = spawnSync(process.execPath, [bin, 'validate', '--json', fixturePath('valid/sadt-100-guias.xml')], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const expected = validate(join(root, 'bin/tiss-preflight.cjs'));

describe('the CLI code cache', () => {
  it('validates the same without a cache, writes one, and then runs from it without rewriting it', () => {
    expect(expected.code).toBe(0);
    expect(expected.out).toContain('"arquivo"');
    const { bin, cache } = install('fresh');
    expect(validate(bin)).toEqual(expected);
    expect(existsSync(cache)).toBe(true);
    const written = readFileSync(cache);
    expect(validate(bin)).toEqual(expected);
    expect(readFileSync(cache).equals(written)).toBe(true);
    expect(readdirSync(join(cache, '..')).sort()).toEqual(['main.cjs', 'main.cjs.cache']);
  });

  it('validates the same with a damaged cache, and replaces it', () => {
    const { bin, cache } = install('damaged');
    const damaged = Buffer.from('não é um cache do V8'.repeat(100));
    writeFileSync(cache, damaged);
    expect(validate(bin)).toEqual(expected);
    const replaced = readFileSync(cache);
    expect(replaced.equals(damaged)).toBe(false);
    expect(validate(bin)).toEqual(expected);
    expect(readFileSync(cache).equals(replaced)).toBe(true);
  });
});
