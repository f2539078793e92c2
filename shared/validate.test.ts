import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPacks } from './packs/index.ts';
import { findPack, validateXml } from './validate.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/tiss/${name}`, import.meta.url)));

describe('findPack', () => {
  it('finds by registro ANS as written on the portal, or by key', () => {
    expect(findPack(defaultPacks, '331988')?.operadora.chave).toBe('331988');
    expect(findPack(defaultPacks, '33198-8')?.operadora.chave).toBe('331988');
    expect(findPack(defaultPacks, 'ArcelorMittal-Tubarao-Funssest')?.operadora.nome).toContain('ArcelorMittal');
    expect(findPack(defaultPacks, 'ipam')?.operadora.chave).toBe('ipam');
    expect(findPack(defaultPacks, '999991')?.operadora.chave).toBe('ipam');
    expect(findPack(defaultPacks, '123456')).toBeUndefined();
  });
});

describe('validateXml', () => {
  it('adds the pack findings to the TISS report and recomputes valido', () => {
    const report = validateXml(fixture('valid/odonto-2-guias.xml'), {
      operadora: 'arcelormittal-tubarao-funssest',
      hoje: '2026-03-01',
    });
    expect(report.valido).toBe(false);
    expect(report.findings.filter((f) => f.rule === 'odonto-senha')).toHaveLength(2);
    expect(report.findings[0]!.source ?? '').toMatch(/funssest-conecta-2024 § /);
    expect(report.summary.quantidadeGuias).toBe(2);
    expect(report.regras).toEqual({
      chave: 'arcelormittal-tubarao-funssest',
      nome: 'ArcelorMittal Tubarão / FUNSSEST',
      versao: '1.0.0',
    });
  });

  it('says so when there is no pack for the operadora, and still returns the TISS result', () => {
    const report = validateXml(fixture('valid/consulta-3-guias.xml'), { operadora: '123456', hoje: '2026-03-01' });
    expect(report.valido).toBe(true);
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'pack/operadora', severity: 'info' })]);
    expect(report.findings[0]!.message).toContain('123456');
    expect(report.regras).toBeUndefined();
  });

  it('says a 101-guia or mixed-type lote once (the XSD error), not again through the pack', () => {
    for (const name of ['invalid/sadt-101-guias.xml', 'invalid/mixed-guia-types.xml']) {
      const report = validateXml(fixture(name), { operadora: '331988', hoje: '2026-03-01' });
      const errors = report.findings.filter((f) => f.severity === 'error');
      expect(
        errors.map((f) => f.rule),
        name,
      ).toEqual(['tiss/schema']);
    }
  });

  it('packs: [] checks only TISS, silently', () => {
    expect(validateXml(fixture('valid/consulta-3-guias.xml'), { packs: [], hoje: '2026-03-01' }).findings).toEqual([]);
  });

  it('does not run pack rules on bytes that are not XML', () => {
    const report = validateXml(fixture('invalid/not-xml.xml'), { operadora: '345474', hoje: '2026-03-01' });
    expect(report.valido).toBe(false);
    expect(report.findings.every((f) => f.rule.startsWith('tiss/'))).toBe(true);
  });

  it('uses the given hoje, never the clock', () => {
    const at = (hoje: string) =>
      validateXml(fixture('valid/odonto-2-guias.xml'), {
        operadora: 'arcelormittal-tubarao-funssest',
        hoje,
      }).findings.filter((f) => f.rule === 'prazo-90-dias-atendimento').length;
    expect(at('2026-04-14')).toBe(0);
    expect(at('2026-04-15')).toBe(2);
  });
});
