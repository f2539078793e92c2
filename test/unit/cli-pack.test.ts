// `pack check` and `validate --operadora/--pack` as support staff use them: spawned through bin/, real files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../support/tiss-fixtures.ts';

const bin = new URL('../../bin/tiss-preflight.cjs', import.meta.url).pathname;
const packPath = (name: string) => new URL(`../../shared/packs/${name}`, import.meta.url).pathname;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tiss-pack-')), name);
  writeFileSync(file, text);
  return file;
}

describe('tiss-preflight pack check', () => {
  it('prints a valid pack’s rules as a table', () => {
    const r = cli('pack', 'check', packPath('345474.json'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('pacote válido');
    expect(r.out).toContain('PAS SERPRO');
    expect(r.out).toMatch(/regra\s+tipo\s+gravidade\s+ativa\s+fonte/);
    expect(r.out).toMatch(/anexos-endoscopia\s+anexos-obrigatorios\s+erro\s+sim\s+serpro-comunicado-anexos-2020 § /);
  });

  it('refuses a bad pack with the path of each bad field, exit 1', () => {
    const raw = JSON.parse(readFileSync(packPath('331988.json'), 'utf8'));
    raw.regras[0].options.max = 'cem';
    raw.regras[1].kind = 'lote-tipo-unico-x';
    const r = cli('pack', 'check', tempFile('ruim.json', JSON.stringify(raw)));
    expect(r.code).toBe(1);
    expect(r.out).toContain('pacote INVÁLIDO');
    expect(r.out).toMatch(/regras\[0\]\.options\.max: .*número/);
    expect(r.out).toContain('regras[1].kind: tipo de regra desconhecido "lote-tipo-unico-x"');
  });

  it('reports JSON syntax errors and unreadable files', () => {
    const bad = cli('pack', 'check', tempFile('quebrado.json', '{ "operadora": '));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('JSON inválido');
    expect(cli('pack', 'check', '/nao/existe.json').code).toBe(2);
    expect(cli('pack').code).toBe(2);
  });

  it('lists the default packs', () => {
    const r = cli('pack', 'list');
    expect(r.code).toBe(0);
    for (const key of ['345474', '331988', 'arcelormittal-tubarao-funssest', 'ipam']) expect(r.out).toContain(key);
  });
});

describe('tiss-preflight validate --operadora / --pack', () => {
  it('applies schema, hash and the operadora’s rules', () => {
    const r = cli(
      'validate',
      '--operadora',
      'arcelormittal-tubarao-funssest',
      '--hoje',
      '2026-04-15',
      fixturePath('valid/odonto-2-guias.xml'),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('hash do epílogo: confere');
    expect(r.out).toContain('já tem 91 dias');
    expect(r.out).toContain('necessitam de senha');
  });

  it('day 90 passes', () => {
    const r = cli(
      'validate',
      '--json',
      '--operadora',
      'arcelormittal-tubarao-funssest',
      '--hoje',
      '2026-04-14',
      fixturePath('valid/odonto-2-guias.xml'),
    );
    const [result] = JSON.parse(r.out) as { findings: { rule: string }[] }[];
    expect(result!.findings.map((f) => f.rule)).not.toContain('prazo-90-dias-atendimento');
  });

  it('--operadora 345474 on a PAS SERPRO lote', () => {
    const r = cli(
      'validate',
      '--json',
      '--operadora',
      '345474',
      '--hoje',
      '2026-03-01',
      fixturePath('valid/consulta-3-guias.xml'),
    );
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.out) as { findings: { rule: string; source?: string }[] }[];
    const pack = result!.findings.find((f) => f.rule === 'documentacao-fisica-90-dias');
    expect(pack?.source).toMatch(/^serpro-comunicado-anexos-2020 § /);
  });

  it('--pack applies a draft pack from a file', () => {
    const raw = JSON.parse(readFileSync(packPath('331988.json'), 'utf8'));
    raw.regras[0].options.max = 4;
    const r = cli(
      'validate',
      '--pack',
      tempFile('rascunho.json', JSON.stringify(raw)),
      '--hoje',
      '2026-03-01',
      fixturePath('valid/sadt-5-guias.xml'),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('tem 5 guias; o limite é 4');
  });

  it('an unknown operadora or a bad date is a usage error', () => {
    const unknown = cli('validate', '--operadora', '123456', fixturePath('valid/sadt-5-guias.xml'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Não há pacote de regras para a operadora 123456');
    expect(
      cli('validate', '--operadora', '331988', '--hoje', '01/03/2026', fixturePath('valid/sadt-5-guias.xml')).code,
    ).toBe(2);
  });
});
