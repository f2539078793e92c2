import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { md5 } from 'js-md5';
import { describe, expect, it } from 'vitest';
import { demonstrativoXml, SAMPLE } from '../../test/support/tiss-demonstrativo.ts';
import { defaultPacks } from '../packs/index.ts';
import { parseRulePack, type RulePack } from '../rules/pack-schema.ts';
import { validateTiss } from '../tiss/index.ts';
import { lerDemonstrativo } from './demonstrativo.ts';
import { type AlvoRecurso, criarRascunhos, definirValorRecursado } from './draft.ts';
import { gerarRecursoXml } from './recurso-xml.ts';
import { relatorioGlosas } from './report.ts';
import tabela from './tabela38.generated.json';
import { tabela38FromCsv } from './tabela38-csv.ts';

const pack = (chave: string) => defaultPacks.find((p) => p.operadora.chave === chave)!;
const funssest = pack('arcelormittal-tubarao-funssest');
const ipam = pack('ipam');

function read(spec = SAMPLE) {
  const r = lerDemonstrativo(demonstrativoXml(spec).bytes);
  if (!r.ok) throw new Error(r.findings.map((f) => f.message).join('\n'));
  return r.demonstrativos;
}

/** libxml2's own verdict (native xmllint), independent of our validator. */
function xmllint(bytes: Uint8Array, version = '4.01.00'): string {
  const dir = mkdtempSync(join(tmpdir(), 'recurso-'));
  const file = join(dir, 'recurso.xml');
  writeFileSync(file, bytes);
  const xsd = new URL(
    `../../third_party/ans-tiss/${version}/tissV${version.replaceAll('.', '_')}.xsd`,
    import.meta.url,
  );
  const r = spawnSync('/usr/bin/xmllint', ['--noout', '--schema', xsd.pathname, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint nativo não executou (instale libxml2-utils): ${r.error.message}`);
  return r.stderr.trim().split('\n').at(-1) ?? '';
}

/** The epilogo hash recomputed here from the raw text: MD5 of the ISO-8859-1 bytes of every leaf's text. */
function independentHash(latin1: Uint8Array): string {
  const text = Buffer.from(latin1).toString('latin1');
  const leaves = [...text.matchAll(/<ans:(\w+)>([^<]*)<\/ans:\1>/g)].filter((m) => m[1] !== 'hash');
  const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return md5(Buffer.from(leaves.map((m) => unescapeXml(m[2]!)).join(''), 'latin1'));
}

describe('demonstrativo de análise de conta', () => {
  it('reads protocolos, guias and procedimentos with their values and every glosa with its Tabela 38 name', () => {
    const [d] = read();
    expect(d!.registroANS).toBe('331988');
    expect(d!.glosado).toBe(17500);
    const [p1, p2] = d!.protocolos;
    expect(p1).toMatchObject({ numeroLote: '6994', numeroProtocolo: '59548', informado: 24500, glosado: 11500 });
    const [g1, g2] = p1!.guias;
    expect(g1!.itens[0]).toMatchObject({
      codigo: '10101012',
      informado: 10000,
      liberado: 2000,
      glosado: 8000,
      glosas: [{ codigo: '1714', motivo: 'VALOR DO SERVIÇO SUPERIOR AO VALOR DE TABELA', valor: 8000 }],
    });
    expect(g1!.itens[1]!.glosas).toEqual([]);
    expect(g2!.glosas.map((g) => [g.codigo, g.motivo])).toEqual([
      ['1714', 'VALOR DO SERVIÇO SUPERIOR AO VALOR DE TABELA'],
      ['2607', 'COBRANÇA DE HONORÁRIOS EM DUPLICIDADE.'],
    ]);
    expect(p2!.glosas.map((g) => g.codigo)).toEqual(['1701']);
    // The carteira is in the file; it never reaches the result.
    expect(JSON.stringify(d)).not.toContain('0100000165000154');
  });

  it('reads 4.02.00 the same way, each version checked against its own XSD', () => {
    const spec = { ...SAMPLE, versao: '4.02.00' as const };
    expect(xmllint(demonstrativoXml(spec).bytes, '4.02.00')).toMatch(/validates$/);
    expect(read(spec)[0]!.protocolos[0]!.guias[0]!.itens[0]!.glosado).toBe(8000);
  });

  it('refuses a file the XSD refuses, and says what to download instead of a lote', () => {
    const bad = new TextEncoder().encode(
      demonstrativoXml(SAMPLE).text.replace('<ans:valorLiberadoGeral>130.00', '<ans:valorLiberadoGeral>130,00'),
    );
    const r = lerDemonstrativo(bad);
    expect(r.ok).toBe(false);
    expect(r.findings.some((f) => f.rule === 'tiss/schema' && f.severity === 'error')).toBe(true);

    const lote = readFileSync(new URL('../../test/fixtures/tiss/valid/consulta-3-guias.xml', import.meta.url));
    const notDem = lerDemonstrativo(new Uint8Array(lote));
    expect(notDem.ok).toBe(false);
    expect(notDem.findings.at(-1)!.message).toContain('não é um demonstrativo de análise de conta');
    expect(notDem.findings.at(-1)!.message).toContain('Análise de conta → Baixar XML');
  });

  it('a demonstrativo with no glosa yields empty totals and no draft', () => {
    const spec = {
      protocolos: [
        {
          lote: '1',
          protocolo: '10',
          guias: [
            { numero: 'G1', itens: [{ informado: '80.00', liberado: '80.00' }], informado: '80.00', liberado: '80.00' },
          ],
          informado: '80.00',
          liberado: '80.00',
        },
      ],
      informado: '80.00',
      liberado: '80.00',
    };
    const ds = read(spec);
    const rel = relatorioGlosas(ds, { hoje: '2026-11-01' });
    expect(rel.totais.glosado).toBe(0);
    expect(rel.porCodigo).toEqual([]);
    expect(rel.prazos).toEqual([]);
    expect(criarRascunhos(ds, ipam)).toEqual([]);
  });

  it('keeps tabela38.generated.json equal to data/tiss-tables/glosa-motivos.csv (npx tsx scripts/gen-tabela38.ts)', () => {
    const csv = readFileSync(new URL('../../data/tiss-tables/glosa-motivos.csv', import.meta.url), 'utf8');
    expect(tabela).toEqual(tabela38FromCsv(csv));
    expect(Object.keys(tabela)).toHaveLength(624);
  });
});

describe('glosa report', () => {
  it('totals by code and by group, the guias that lost most, and the IPAM deadline 60 days after payment', () => {
    const rel = relatorioGlosas(read(), { pack: ipam, hoje: '2026-12-10', pagamentos: { '59548': '2026-10-15' } });
    expect(rel.totais).toMatchObject({ informado: 30500, liberado: 13000, glosado: 17500 });
    expect(rel.porCodigo.map((c) => [c.chave, c.valor, c.grupo.id])).toEqual([
      ['1714', 8000, 'valor'],
      ['1701', 6000, 'prazo'],
      ['1714 + 2607', 3500, 'valor'],
    ]);
    expect(rel.porGrupo.map((g) => [g.grupo.nome, g.valor])).toEqual([
      ['Valor / cobrança', 11500],
      ['Prazo', 6000],
    ]);
    expect(rel.guiasMaisGlosadas.map((g) => [g.guia, g.glosado])).toEqual([
      ['52476', 8000],
      ['52480', 6000],
      ['52477', 3500],
    ]);
    expect(rel.prazos).toEqual([
      expect.objectContaining({ protocolo: '59548', dataLimite: '2026-12-14', restam: 4, estado: 'no-prazo' }),
      expect.objectContaining({ protocolo: '59549', dias: 60, estado: 'sem-data' }),
    ]);
    const vencido = relatorioGlosas(read(), { pack: ipam, hoje: '2026-12-20', pagamentos: { '*': '2026-10-15' } });
    expect(vencido.prazos.map((p) => [p.estado, p.restam])).toEqual([
      ['vencido', -6],
      ['vencido', -6],
    ]);
    // FUNSSEST's pack has no recurso deadline rule: the report says so instead of inventing one.
    expect(relatorioGlosas(read(), { pack: funssest, hoje: '2026-12-10' }).prazos[0]!.estado).toBe('sem-regra');
  });

  it('lists as reversible only the glosas the pack marks so', () => {
    const raw = structuredClone(ipam) as RulePack;
    raw.recursoGlosa!.modelos[0]!.reversivel = true; // 1714
    const parsed = parseRulePack(raw);
    if (!parsed.ok) throw new Error('pack');
    const rel = relatorioGlosas(read(), { pack: parsed.pack, hoje: '2026-11-01' });
    expect(rel.reversiveis.map((o) => [o.guia, o.codigos.join('+')])).toEqual([['52476', '1714']]);
    expect(relatorioGlosas(read(), { pack: ipam, hoje: '2026-11-01' }).reversiveis).toEqual([]);
  });
});

describe('recurso draft', () => {
  it('one line per procedimento, guia and protocolo glosa, Vlr. Recursado = Vlr. Glosado, justificativa from the pack', () => {
    const [p1, p2] = criarRascunhos(read(), ipam);
    expect(p1!.envio).toBe('portal');
    expect(p1!.alvos.map((a) => [a.chave, a.nivel, a.valorGlosado, a.valorRecursado])).toEqual([
      ['59548/52476/1', 'item', 8000, 8000],
      ['59548/52477', 'guia', 3500, 3500],
    ]);
    const [j1714, j2607] = p1!.alvos[1]!.justificativas;
    expect(j1714!.texto).toBe(
      'Solicitamos a revisão da glosa 1714 - VALOR DO SERVIÇO SUPERIOR AO VALOR DE TABELA (guia 52477): o valor informado, R$ 35,00, segue a tabela acordada em contrato. Motivo do recurso:',
    );
    expect(j2607!.texto).toContain('COBRANÇA DE HONORÁRIOS EM DUPLICIDADE (guia 52477)');
    expect(j1714!.neutro).toBe(true);
    expect(p2!.alvos).toEqual([expect.objectContaining({ chave: '59549', nivel: 'protocolo', valorGlosado: 6000 })]);
    expect(p2!.alvos[0]!.justificativas[0]!.texto).toContain(
      '1701 - COBRANÇA FORA DO PRAZO DE VALIDADE (protocolo 59549',
    );
  });

  it('refuses a Vlr. Recursado above Vlr. Glosado and keeps the line as it was', () => {
    const alvo = criarRascunhos(read(), ipam)[0]!.alvos[0]!;
    const above = definirValorRecursado(alvo, 8001);
    expect(above).toEqual({
      ok: false,
      motivo: 'O Vlr. Recursado (R$ 80,01) não pode passar do Vlr. Glosado (R$ 80,00).',
    });
    expect(alvo.valorRecursado).toBe(8000);
    const partial = definirValorRecursado(alvo, 5000);
    expect(partial.ok && partial.alvo.valorRecursado).toBe(5000);
  });
});

describe('recurso de glosa as TISS XML (FUNSSEST)', () => {
  const opts = { hoje: '2026-11-01', hora: '09:30:00', pack: funssest };

  it('writes a 4.01.00 recursoGlosa that our validator and native xmllint accept, with the right hash and name', () => {
    const [draft] = criarRascunhos(read(), funssest);
    // The clerk appeals 50,00 of the first procedimento and writes her own reason on the guia's codes.
    const alvos: AlvoRecurso[] = draft!.alvos.map((a, i) =>
      i === 0
        ? { ...a, valorRecursado: 5000 }
        : {
            ...a,
            justificativas: a.justificativas.map((j) => ({ ...j, texto: `${j.texto} Valor & data conferidos <ok>.` })),
          },
    );
    const out = gerarRecursoXml({ ...draft!, alvos }, { ...opts, numeroGuiaRecurso: 'REC59548' });
    if (!out.ok) throw new Error(out.findings.map((f) => f.message).join('\n'));
    expect(xmllint(out.bytes)).toMatch(/validates$/);
    expect(out.hash).toBe(independentHash(out.bytes));
    expect(out.fileName).toBe(`00000000000000006994_${out.hash}.xml`);
    const ours = validateTiss(out.bytes, { fileName: out.fileName });
    expect(ours.findings).toEqual([]);
    expect(ours.summary).toMatchObject({ versao: '4.01.00', tipoTransacao: 'RECURSO_GLOSA', numeroLote: '6994' });
    const text = Buffer.from(out.bytes).toString('latin1');
    expect(text).toContain('<ans:valorRecursado>50.00</ans:valorRecursado>');
    expect(text).toContain('<ans:codGlosaGuia>2607</ans:codGlosaGuia>');
    expect(text).toContain('Valor &amp; data conferidos &lt;ok&gt;.');
    expect(text).toContain('<ans:valorTotalRecursado>85.00</ans:valorTotalRecursado>');
    expect(text).toContain('<ans:objetoRecurso>2</ans:objetoRecurso>');
  });

  it('writes a protocolo-level recurso (objetoRecurso 1) for a glosa on the whole protocolo', () => {
    const draft = criarRascunhos(read(), funssest)[1]!;
    const out = gerarRecursoXml(draft, { ...opts, numeroGuiaRecurso: 'REC59549' });
    if (!out.ok) throw new Error(out.findings.map((f) => f.message).join('\n'));
    expect(xmllint(out.bytes)).toMatch(/validates$/);
    const text = Buffer.from(out.bytes).toString('latin1');
    expect(text).toContain('<ans:codigoGlosaProtocolo>1701</ans:codigoGlosaProtocolo>');
    expect(text).toContain('<ans:objetoRecurso>1</ans:objetoRecurso>');
  });

  it('says what to fix instead of writing an XML the operadora would refuse', () => {
    const [draft] = criarRascunhos(read(), funssest);
    const alvos = draft!.alvos.map((a) => ({
      ...a,
      valorRecursado: a.valorGlosado + 1,
      justificativas: a.justificativas.map((j) => ({ ...j, texto: ' ' })),
    }));
    const out = gerarRecursoXml({ ...draft!, alvos }, { ...opts, numeroGuiaRecurso: '' });
    expect(out.ok).toBe(false);
    expect(out.findings.map((f) => f.message)).toEqual([
      'Informe o número da guia de recurso do prestador (até 20 caracteres).',
      'Guia 52476, procedimento 10101012: o Vlr. Recursado passa do Vlr. Glosado.',
      'Guia 52476, procedimento 10101012, glosa 1714: escreva a justificativa.',
      'Guia 52477: o Vlr. Recursado passa do Vlr. Glosado.',
      'Guia 52477, glosa 1714: escreva a justificativa.',
      'Guia 52477, glosa 2607: escreva a justificativa.',
    ]);
    const mixed = gerarRecursoXml(
      { ...draft!, alvos: draft!.alvos.map((a) => ({ ...a, guia: '52476', incluir: true })) },
      { ...opts, numeroGuiaRecurso: 'R1' },
    );
    expect(!mixed.ok && mixed.findings[0]!.message).toBe(
      'Guia 52476: o XML aceita o recurso da guia inteira ou de seus procedimentos, não os dois. Desmarque um deles.',
    );
  });
});
