import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json' with { type: 'json' };
import ptBr from '../public/_locales/pt_BR/messages.json' with { type: 'json' };
import { t } from './i18n.ts';
import { usePtBr } from './test-support.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('i18n', () => {
  it('has the same keys in pt_BR and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ptBr).sort());
  });

  it('defines every key the popup, options and lib use', () => {
    const used = new Set<string>();
    for (const file of [...sources('extension/entrypoints'), ...sources('extension/lib')]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      // A message chosen by a count: t(plural(n, 'key1', 'keyN'), n).
      for (const m of text.matchAll(/\bt\(\s*plural\([^,]+,\s*'(\w+)',\s*'(\w+)'\)/g)) used.add(m[1]!).add(m[2]!);
    }
    // The options' profile fields name their label keys in a table.
    for (const m of readFileSync('extension/entrypoints/options/sections/profiles.tsx', 'utf8').matchAll(
      /'(optProfile\w+)'/g,
    ))
      used.add(m[1]!);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !(k in ptBr))).toEqual([]);
  });

  it('fills $1… and shows the key when a message is missing', () => {
    usePtBr();
    expect(t('resultCounts', t('countErrorN', 2), t('countWarning1', 1))).toBe('2 erros, 1 ponto de atenção');
    expect(t('naoExiste')).toBe('naoExiste');
  });
});
