// The CLI as support staff and scripts use it: spawned through bin/, real files, exit codes and output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeMd5 } from '../../cli/validate.ts';
import { validateTiss } from '../../shared/tiss/index.ts';
import { fixtureBytes, fixturePath, manifest } from '../support/tiss-fixtures.ts';
import { makeLargeLote } from '../support/tiss-large.ts';
import { consulta305, consultaPasa40001, relabelled } from '../support/tiss-versions.ts';

const bin = new URL('../../bin/tiss-preflight.cjs', import.meta.url).pathname;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('tiss-preflight validate', () => {
  it('exits 0 for a clean file named as the portal names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiss-cli-'));
    const file = join(dir, '00000000000000000101_0edb617e5e1ba4d7fa19a38b5450bacd.xml');
    writeFileSync(file, fixtureBytes('valid/consulta-3-guias.xml'));
    const r = cli('validate', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('lote 000000000101 · 3 guias de consulta');
    expect(r.out).toContain('hash do epílogo: confere');
    expect(r.out).toContain('nenhum problema encontrado');
  });

  it('validates a 4.00.01 lote (the capa of a PASA lote shows "TISS 4.00.01") against the 4.00.01 XSD', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiss-cli-'));
    const file = join(dir, 'pasa-4.00.01.xml');
    writeFileSync(file, consultaPasa40001());
    const r = cli('validate', '--json', file);
    expect(r.code).toBe(0);
    const [report] = JSON.parse(r.out) as {
      summary: { versao: string; versaoSuportada: boolean };
      findings: unknown[];
    }[];
    expect(report?.summary).toMatchObject({ versao: '4.00.01', versaoSuportada: true });
    // A defect in it is found by the 4.00.01 XSD, with the line.
    writeFileSync(
      file,
      Buffer.from(consultaPasa40001()).toString('latin1').replace('<ans:CBOS>225125<', '<ans:CBOS>X<'),
      'latin1',
    );
    const bad = cli('validate', file);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(
      /Guia CON000000001:\n\s+ERRO\s+\[linha 43:7\] Guia CON000000001: CBO "X" não é um dos valores permitidos/,
    );
    expect(bad.out).toContain('TISS 4.00.01');
  });

  it('exits 1 when any file has errors and groups findings by guia', () => {
    const r = cli('validate', fixturePath('valid/sadt-5-guias.xml'), fixturePath('invalid/truncated.xml'));
    expect(r.code).toBe(1);
    const truncated = r.out.slice(r.out.indexOf('truncated.xml'));
    expect(truncated).toMatch(/Guia SADT00000004:\n\s+ERRO\s+\[linha 471:4\] O arquivo termina no meio/);
  });

  it('--json prints { arquivo, summary, findings } per file', () => {
    const r = cli('validate', '--json', fixturePath('invalid/hash-wrong.xml'), fixturePath('valid/odonto-2-guias.xml'));
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as {
      arquivo: string;
      summary: { hash: { confere: boolean } };
      findings: { rule: string }[];
    }[];
    expect(parsed.map((p) => p.arquivo)).toEqual([
      fixturePath('invalid/hash-wrong.xml'),
      fixturePath('valid/odonto-2-guias.xml'),
    ]);
    expect(parsed[0]!.summary.hash.confere).toBe(false);
    expect(parsed[0]!.findings.map((f) => f.rule)).toContain('tiss/hash');
    expect(parsed[1]!.summary.hash.confere).toBe(true);
  });

  it('exits 2 on usage errors, saying what is wrong', () => {
    expect(cli('validate').code).toBe(2);
    const missing = cli('validate', '/nao/existe.xml');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('arquivo não encontrado');
    const folder = cli('validate', fixturePath('valid/consulta-3-guias.xml'), tmpdir());
    expect(folder.code).toBe(2);
    expect(folder.err).toContain('é uma pasta');
    expect(folder.out).toBe('');
    const badOption = cli('validate', '--nope', fixturePath('valid/odonto-2-guias.xml'));
    expect(badOption.code).toBe(2);
    expect(badOption.err).toContain('--nope');
    const unknown = cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Comando desconhecido: frobnicate');
    expect(cli().code).toBe(2);
    expect(cli('validate', '--help').code).toBe(0);
  });

  it('gives the same report as the engine in-process, for a file of each TISS version, every fixture and a lote', () => {
    // The built CLI reads each XSD model from its own file (cli/tiss-models.ts) instead of the generated index:
    // every version's model must be found, and a version no XSD has (wrong-padrao: 4.01.01) still names the
    // versions every model's dm_versao lists.
    const dir = mkdtempSync(join(tmpdir(), 'tiss-cli-'));
    const files = manifest().map((m) => fixturePath(m.file));
    const made: [string, Uint8Array][] = [
      ['v3.05.00.xml', consulta305()],
      ['v4.00.01.xml', consultaPasa40001()],
      ['v4.02.00.xml', relabelled('valid/sadt-5-guias.xml', '4.02.00')],
      // ≥ 1 MB: the CLI then stops V8 growing its young generation (cli/validate.ts), which must change nothing;
      // ≥ 300 kB: it hashes with Node's MD5, which must read the same ISO-8859-1 bytes (accents) as js-md5
      ['lote-1.1mb.xml', makeLargeLote(1_100_000)],
      ['lote-utf8.xml', largeLoteAsUtf8()],
      ['lote-euro.xml', largeLoteAsUtf8((t) => lastReplaced(t, 'CLÍNICA SOLICITANTE', 'CLÍNICA € SOLICITANTE'))],
    ];
    for (const [name, bytes] of made) {
      writeFileSync(join(dir, name), bytes);
      files.push(join(dir, name));
    }
    const r = cli('validate', '--json', ...files);
    expect(r.err).toBe('');
    const reports = JSON.parse(r.out) as { arquivo: string; summary: unknown; findings: unknown[] }[];
    expect(reports.map((x) => x.arquivo)).toEqual(files);
    const versions = new Set<unknown>();
    for (const report of reports) {
      const { summary, findings } = validateTiss(readFileSync(report.arquivo), { fileName: report.arquivo });
      expect({ summary: report.summary, findings: report.findings }, report.arquivo).toEqual({ summary, findings });
      versions.add((summary as { versao?: string }).versao);
    }
    expect([...versions].sort()).toEqual(
      expect.arrayContaining(['3.05.00', '4.00.01', '4.01.00', '4.01.01', '4.02.00']),
    );
    const hashes = reports.slice(-3).map((x) => (x.summary as { hash?: unknown }).hash);
    expect(hashes[1], 'a UTF-8 lote hashes its ISO-8859-1 bytes').toMatchObject({ confere: true });
    expect(reports.at(-1)!.findings).toContainEqual(expect.objectContaining({ rule: 'tiss/hash', severity: 'error' }));
  });

  it("computes with Node's MD5 (large files) the hash js-md5 computes, on every fixture and on lotes", () => {
    const inputs = [
      ...manifest().map((m) => fixtureBytes(m.file)),
      makeLargeLote(400_000),
      largeLoteAsUtf8(),
      largeLoteAsUtf8((t) => lastReplaced(t, 'CLÍNICA SOLICITANTE', 'CLÍNICA € SOLICITANTE')),
    ];
    let computed = 0;
    for (const [i, bytes] of inputs.entries()) {
      const native = validateTiss(bytes, { md5: nodeMd5 });
      expect(native, `input ${i}`).toEqual(validateTiss(bytes));
      if (native.summary.hash) computed++;
    }
    expect(computed).toBeGreaterThan(12);
  });
});

/** The lote of makeLargeLote (ISO-8859-1, accented text) saved as UTF-8, edited by `edit` first. */
function largeLoteAsUtf8(edit: (text: string) => string = (t) => t): Uint8Array {
  const text = Buffer.from(makeLargeLote(400_000)).toString('latin1');
  return Buffer.from(edit(text.replace('encoding="ISO-8859-1"', 'encoding="UTF-8"')), 'utf8');
}

function lastReplaced(text: string, find: string, by: string): string {
  const at = text.lastIndexOf(find);
  expect(at).toBeGreaterThan(0);
  return text.slice(0, at) + by + text.slice(at + find.length);
}
