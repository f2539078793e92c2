// Every kind is registered, documented, tested and has complete meta (the ESLint "rule has docs" check).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markerNames } from '../text.ts';
import { ruleKindList, ruleKinds } from './index.ts';

const dir = dirname(fileURLToPath(import.meta.url));
const kindFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');
const glosaCodes = new Set(
  readFileSync(join(dir, '../../../data/tiss-tables/glosa-motivos.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]),
);

describe('rule kinds are complete', () => {
  it('every kind file is registered under its file name', () => {
    expect(kindFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(Object.keys(ruleKinds).sort());
    expect(ruleKindList).toHaveLength(kindFiles.length);
  });

  for (const kind of ruleKindList) {
    const k = kind.meta.kind;
    it(`${k}: has a test and a doc page that explains how to fix`, () => {
      expect(existsSync(join(dir, `${k}.test.ts`)), `${k}.test.ts`).toBe(true);
      const doc = join(dir, `${k}.md`);
      expect(existsSync(doc), `${k}.md`).toBe(true);
      const text = readFileSync(doc, 'utf8');
      expect(text).toMatch(/## Exemplo/);
      expect(text).toMatch(/## Como corrigir/);
    });

    it(`${k}: meta is complete and messages use only declared placeholders`, () => {
      expect(kind.meta.description.length).toBeGreaterThan(10);
      expect(kind.meta.defaultSource).toMatch(/\S § \S/);
      for (const text of [kind.meta.defaultMessage, ...Object.values(kind.meta.messages)]) {
        for (const p of markerNames(text)) expect(kind.meta.placeholders).toContain(p);
      }
      for (const code of kind.meta.glosas ?? []) expect(glosaCodes.has(code), `glosa ${code} in Tabela 38`).toBe(true);
    });
  }
});
