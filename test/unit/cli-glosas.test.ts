// `tiss-preflight glosas` as support staff run it: spawned through bin/, a demonstrativo file, output and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demonstrativoXml, SAMPLE } from '../support/tiss-demonstrativo.ts';
import { fixturePath } from '../support/tiss-fixtures.ts';

const bin = new URL('../../bin/tiss-preflight.cjs', import.meta.url).pathname;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function ipamDemonstrativo(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'glosas-cli-')), 'demonstrativo.xml');
  writeFileSync(file, demonstrativoXml({ ...SAMPLE, registroANS: '999991' }).bytes);
  return file;
}

describe('tiss-preflight glosas', () => {
  it("prints totals, glosas by group and code, the guias that lost most and IPAM's 60-day deadline", () => {
    const r = cli('glosas', ipamDemonstrativo(), '--pagamento', '2026-10-15', '--hoje', '2026-12-10');
    expect(r.code).toBe(0);
    expect(r.out).toContain('pacote IPAM 1.0.0');
    expect(r.out).toContain('Liberado R$ 130,00 · Glosado R$ 175,00');
    expect(r.out).toContain('  Valor / cobrança: 2 glosas, R$ 115,00');
    expect(r.out).toContain('  1714 VALOR DO SERVIÇO SUPERIOR AO VALOR DE TABELA: 1 glosa, R$ 80,00');
    expect(r.out).toContain('  Guia 52476 (protocolo 59548): R$ 80,00 de R$ 130,00 [1714]');
    expect(r.out).toContain(
      '  Protocolo 59548 (lote 6994): até 14/12/2026 (60 dias após o pagamento de 15/10/2026): faltam 4 dias',
    );
  });

  it('--json gives the report in centavos for scripts; without a payment date the deadline asks for it', () => {
    const r = cli('glosas', ipamDemonstrativo(), '--json', '--hoje', '2026-12-10');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.relatorio.totais.glosado).toBe(17500);
    expect(json.relatorio.prazos[0]).toMatchObject({ protocolo: '59548', dias: 60, estado: 'sem-data' });
  });

  it('exits 1 with a clear message for a lote instead of a demonstrativo, 2 for a bad date', () => {
    const lote = cli('glosas', fixturePath('valid/consulta-3-guias.xml'));
    expect(lote.code).toBe(1);
    expect(lote.out).toContain('não é um demonstrativo de análise de conta (a mensagem é ENVIO_LOTE_GUIAS)');
    const bad = cli('glosas', ipamDemonstrativo(), '--pagamento', '15/10/2026');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--pagamento deve ser uma data AAAA-MM-DD');
  });
});
