// The compiled models in shared/tiss/model are what the generator makes of the vendored XSDs, and those XSDs
// are the official bytes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTissModel, generateModelSources, MODEL_DIR, XSD_DIR } from '../../scripts/gen-tiss-model.ts';
import { TISS_SCHEMA_MODELS } from '../../shared/tiss/model/index.ts';
import { SUPPORTED_TISS_VERSIONS } from '../../shared/tiss/schema/index.ts';

describe('TISS schema models', () => {
  it('are not stale: the committed files equal the generator output (run npm run gen:tiss-model)', () => {
    for (const [name, content] of generateModelSources()) {
      expect(readFileSync(`${MODEL_DIR}/${name}`, 'utf8'), name).toBe(content);
    }
  });

  it('come from the official XSD bytes listed in SHA256SUMS', () => {
    const sums = readFileSync(`${XSD_DIR}/SHA256SUMS`, 'utf8').trim().split('\n');
    expect(sums.length).toBe(28);
    for (const line of sums) {
      const [sum, file] = line.split(/\s+/);
      expect(
        createHash('sha256')
          .update(readFileSync(`${XSD_DIR}/${file}`))
          .digest('hex'),
        file,
      ).toBe(sum);
    }
  });

  it('cover 3.05.00, 4.00.01, 4.01.00 and 4.02.00, and each message version resolves to its own model', () => {
    expect(SUPPORTED_TISS_VERSIONS).toEqual(['3.05.00', '4.00.01', '4.01.00', '4.02.00']);
    for (const v of SUPPORTED_TISS_VERSIONS) expect(TISS_SCHEMA_MODELS[v]?.version).toBe(v);
  });

  it('carry the 4.02.00 changes: new CBO 223575 and wider money fields', () => {
    const enumOf = (v: string, type: string) => {
      const t = TISS_SCHEMA_MODELS[v]?.types.find((x) => x.k === 's' && x.n === type);
      return t?.k === 's' ? t.e : undefined;
    };
    expect(enumOf('4.01.00', 'dm_CBOS')).not.toContain('223575');
    expect(enumOf('4.02.00', 'dm_CBOS')).toContain('223575');
    expect(enumOf('4.01.00', 'dm_versao')).toEqual(['4.00.00', '4.00.01', '4.01.00']);
    expect(enumOf('4.02.00', 'dm_versao')).toContain('4.02.00');
  });

  it('carry what 3.05.00 and 4.00.01 differ in: each accepts only its own Padrao, 3.05.00 has no regimeAtendimento', () => {
    const enumOf = (v: string, type: string) => {
      const t = TISS_SCHEMA_MODELS[v]?.types.find((x) => x.k === 's' && x.n === type);
      return t?.k === 's' ? t.e : undefined;
    };
    expect(enumOf('3.05.00', 'dm_versao')).toEqual(['3.05.00']);
    expect(enumOf('4.00.01', 'dm_versao')).toEqual(['4.00.00', '4.00.01']);
    const declares = (v: string, name: string) => TISS_SCHEMA_MODELS[v]?.elements.some(([n]) => n === name);
    expect(declares('3.05.00', 'regimeAtendimento')).toBe(false);
    expect(declares('4.00.01', 'regimeAtendimento')).toBe(true);
  });

  it('stay small enough to ship in the extension (each under 100 KiB)', () => {
    for (const [name, content] of generateModelSources()) {
      expect(Buffer.byteLength(content), name).toBeLessThan(100 * 1024);
    }
  });

  it('compile deterministically', () => {
    expect(JSON.stringify(compileTissModel('4.01.00'))).toBe(JSON.stringify(compileTissModel('4.01.00')));
  });
});
