// Every default rule and every rule kind cites a manual listed in docs/sources.md, and nothing in the
// repository points at reference material outside it (a fresh clone has only the repository).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citedId, readSourceIds } from '../../scripts/sources.ts';
import { defaultPackFiles } from '../../shared/packs/index.ts';
import { ruleKindList } from '../../shared/rules/kinds/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ids = readSourceIds(root);

/** Every "source"/"fonte" value in a pack, with where it sits. */
function citations(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citations(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    (k === 'source' || k === 'fonte') && typeof v === 'string'
      ? [[`${path}.${k}`, v] as [string, string]]
      : citations(v, path ? `${path}.${k}` : k),
  );
}

/** A citation is a listed source id, or a file of the repository (a table under data/), then "§ section". */
function resolves(source: string): boolean {
  const id = citedId(source);
  if (id && ids.has(id)) return true;
  const file = /^([\w./-]+) § /.exec(source)?.[1];
  return file?.includes('/') === true && statSync(join(root, file), { throwIfNoEntry: false }) !== undefined;
}

describe('sources', () => {
  it('docs/sources.md lists the manuals by id', () => {
    expect([...ids]).toEqual(expect.arrayContaining(['pasa-faturamento-2023', 'serpro-comunicado-anexos-2020']));
  });

  for (const [key, pack] of Object.entries(defaultPackFiles))
    it(`pack ${key} cites only listed sources or repository files`, () => {
      const bad = citations(pack).filter(([, s]) => !resolves(s));
      expect(bad).toEqual([]);
    });

  it('every rule kind cites a listed source by default', () => {
    const bad = ruleKindList.filter((k) => !resolves(k.meta.defaultSource)).map((k) => k.meta.kind);
    expect(bad).toEqual([]);
  });

  it('refuses an unknown source id', () => {
    expect(resolves('manual-inexistente-1999 § 1. Lotes')).toBe(false);
    expect(resolves('pasa-faturamento-2023 § 3. Inclusão de Lote de Pagamento')).toBe(true);
  });

  it('no file of the repository points at reference material outside it', () => {
    // Spelled so that this file does not match itself.
    const outside = [
      /\d{3}_[0-9a-f]{16}\.txt/,
      /\/work\/shared/,
      /seeds\sREADME/i,
      /shared\snotes/i,
      /\.\.\/shared\/(?:notes|seeds)\//,
    ];
    const skip = new Set(['node_modules', '.git', '.output', '.wxt', '.wrangler', 'dist', 'coverage', 'test-results']);
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (skip.has(entry.name)) continue;
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(?:ts|tsx|mjs|js|json|md|toml|html|css|sh)$/.test(entry.name) || entry.name === 'run') {
          const text = readFileSync(full, 'utf8');
          for (const re of outside) if (re.test(text)) hits.push(`${relative(root, full)}: ${re}`);
        }
      }
    };
    walk(root);
    expect(hits).toEqual([]);
  });
});
