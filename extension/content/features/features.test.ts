import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allFeatures } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const featureFiles = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const readme = readFileSync(join(here, 'README.md'), 'utf8');

describe('feature registry', () => {
  it.each(featureFiles)('%s is registered under its file name', (file) => {
    expect(allFeatures.map((f) => f.id)).toContain(file);
  });

  it.each(featureFiles)('%s is described in features/README.md', (file) => {
    expect(readme).toMatch(new RegExp(`^- \`${file}\` — \\S`, 'm'));
  });

  it('has no two features with the same id, and every one says what it does in pt-BR', () => {
    const ids = allFeatures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of allFeatures) {
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.include.length).toBeGreaterThan(0);
    }
  });
});
