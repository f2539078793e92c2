import { describe, expect, it } from 'vitest';
import { fixtureBytes, manifest } from '../../test/support/tiss-fixtures.ts';
import { consulta305, consultaPasa40001, relabelled } from '../../test/support/tiss-versions.ts';
import { findingSchema } from '../finding-schemas.ts';
import { decodeLatin1 } from './bytes.ts';
import { decodeTissBytes } from './decode.ts';
import { MAX_XML_BYTES, validateTiss } from './index.ts';

const latin1Bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8Bytes = (s: string) => new TextEncoder().encode(s);
const rules = (r: ReturnType<typeof validateTiss>) => r.findings.map((f) => f.rule);

const GUIA_TYPES: Record<string, string> = {
  guiaConsulta: 'consulta',
  'guiaSP-SADT': 'sp-sadt',
  guiaResumoInternacao: 'resumo-internacao',
  guiaHonorarios: 'honorarios',
  guiaOdonto: 'odonto',
  guiaRecursoGlosa: 'recurso-glosa',
};

describe('validateTiss on every fixture, as MANIFEST says', () => {
  for (const entry of manifest()) {
    it(`${entry.file}`, () => {
      const report = validateTiss(fixtureBytes(entry.file), { fileName: entry.file });
      for (const f of report.findings) expect(findingSchema.safeParse(f).success).toBe(true);
      // xmllint exit 1 = not well-formed (or refused): no document, and one clear finding says why.
      if (entry.xmllint.exitCode === 1) {
        expect(report.valido).toBe(false);
        expect(report.facts).toBeUndefined();
        expect(report.findings.filter((f) => f.severity === 'error')).toHaveLength(1);
        expect(report.summary.hash).toBeUndefined();
        return;
      }
      expect(report.facts).toBeDefined();
      expect(report.findings.map((f) => f.rule)).not.toContain('tiss/estrutura');
      // Structure verdict (schema, or version refused) equals libxml2's; the hash is outside xmllint's reach.
      const structural = report.findings.filter((f) => f.severity === 'error' && f.rule !== 'tiss/hash');
      expect(structural.length > 0).toBe(entry.xmllint.expected === 'fail');
      expect(report.summary.versaoSuportada).toBe(entry.padrao === '4.01.00');
      // …and points at the line libxml2 names (our line numbers are libxml2's).
      const xmllintLine = /^[^:]+:(\d+):/.exec(entry.xmllint.firstError ?? '')?.[1];
      if (xmllintLine) expect(structural[0]?.where.line).toBe(Number(xmllintLine));
      expect(report.summary.encoding).toBe(entry.encoding);
      expect(report.summary.versao).toBe(entry.padrao);
      expect(report.summary.tipoTransacao).toBe(entry.tipoTransacao);
      expect(report.summary.quantidadeGuias).toBe(entry.guias);
      expect(report.summary.tipoGuia).toBe(GUIA_TYPES[entry.guiaType!.split('+')[0]!]);
      expect(report.summary.registroAnsDestino).toBe(entry.registroANS);
      if (entry.hash.status === 'ok') {
        expect(report.summary.hash).toEqual({
          declarado: entry.hash.value,
          calculado: entry.hash.value,
          confere: true,
        });
        expect(rules(report)).not.toContain('tiss/hash');
      } else {
        expect(report.summary.hash).toEqual({
          declarado: entry.hash.value,
          calculado: entry.hash.correct,
          confere: false,
        });
        const hashFinding = report.findings.find((f) => f.rule === 'tiss/hash');
        expect(hashFinding?.severity).toBe('error');
        expect(hashFinding?.message).toContain(entry.hash.correct);
        expect(hashFinding?.where.line).toBeGreaterThan(1);
      }
    });
  }

  it('the refusals name the real problem: DOCTYPE, truncation, not XML', () => {
    const laughs = validateTiss(fixtureBytes('invalid/billion-laughs.xml'));
    expect(rules(laughs)).toEqual(['tiss/doctype']);
    expect(laughs.findings[0]!.where.line).toBe(2);
    const truncated = validateTiss(fixtureBytes('invalid/truncated.xml'));
    expect(truncated.findings[0]!.message).toMatch(/termina no meio.*<ans:dadosSolicitante> aberta na linha 459/);
    expect(truncated.findings[0]!.where).toMatchObject({ line: 471, guia: 'SADT00000004' });
    const notXml = validateTiss(fixtureBytes('invalid/not-xml.xml'));
    expect(notXml.findings[0]!.message).toMatch(/não é um XML/);
    expect(notXml.findings[0]!.where.line).toBe(1);
  });

  it('a Padrao no TISS publication has (4.01.01) is an error that says so', () => {
    const r = validateTiss(fixtureBytes('invalid/wrong-padrao.xml'));
    const f = r.findings.find((x) => x.rule === 'tiss/versao');
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe(
      'A versão TISS "4.01.01" informada no campo Padrao não existe no padrão TISS (de 3.05.00 a 4.02.00, as versões publicadas são 3.05.00, 4.00.00, 4.00.01, 4.01.00 e 4.02.00). Corrija a versão no sistema que gerou o arquivo.',
    );
    expect(f?.where.line).toBe(18);
    expect(r.summary.versaoSuportada).toBe(false);
    expect(r.valido).toBe(false);
  });

  it('3.05.00 and 4.00.01 are validated against their own XSDs', () => {
    const pasa = validateTiss(consultaPasa40001());
    expect(pasa.findings).toEqual([]);
    expect(pasa.summary).toMatchObject({ versao: '4.00.01', versaoSuportada: true, registroAnsDestino: '331988' });
    const old = validateTiss(consulta305());
    expect(old.findings).toEqual([]);
    expect(old.summary).toMatchObject({ versao: '3.05.00', versaoSuportada: true });
    // A 4.01.00 field in a 3.05.00 message is refused, as the 3.05.00 XSD refuses it.
    const mixed = validateTiss(relabelled('valid/consulta-3-guias.xml', '3.05.00'));
    expect(mixed.valido).toBe(false);
    expect(mixed.findings.map((x) => x.message)).toContain(
      'Guia CON000000001: o campo regimeAtendimento não era esperado aqui em dadosAtendimento (esperado: data do atendimento (dataAtendimento))',
    );
    expect(mixed.findings.every((x) => x.source === 'TISS 3.05.00 XSD')).toBe(true);
  });

  it('a real version without XSD is a warning that the structure was not checked, not a refusal', () => {
    for (const versao of ['4.00.00', '3.04.01', '4.03.00']) {
      const r = validateTiss(relabelled('valid/consulta-3-guias.xml', versao));
      expect(r.findings.map((x) => [x.rule, x.severity])).toEqual([['tiss/versao', 'warning']]);
      expect(r.findings[0]?.message).toBe(
        `Este validador não tem o XSD da versão TISS ${versao} e não conferiu a estrutura do arquivo (confere 3.05.00, 4.00.01, 4.01.00 e 4.02.00). Isso não quer dizer que a operadora recuse essa versão.`,
      );
      expect(r.summary.versaoSuportada).toBe(false);
      expect(r.valido).toBe(true);
    }
  });

  it('a huge Padrao is echoed cut, not whole', () => {
    const text = decodeLatin1(fixtureBytes('valid/consulta-3-guias.xml')).replace(
      /<ans:Padrao>[^<]*</,
      `<ans:Padrao>${'9'.repeat(100_000)}<`,
    );
    const f = validateTiss(latin1Bytes(text)).findings.find((x) => x.rule === 'tiss/versao');
    expect(f?.severity).toBe('error');
    expect(f!.message.length).toBeLessThan(300);
    expect(f?.message).toContain('9…"');
  });
});

describe('encodings', () => {
  const latin1Text = decodeLatin1(fixtureBytes('valid/consulta-3-guias.xml'));
  const expectedHash = '0edb617e5e1ba4d7fa19a38b5450bacd';

  it('reads a UTF-8 file with a BOM and computes the same hash as its ISO-8859-1 twin', () => {
    const utf8 = latin1Text.replace('encoding="ISO-8859-1"', 'encoding="UTF-8"');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8Bytes(utf8)]);
    const r = validateTiss(bytes);
    expect(r.summary.encoding).toBe('UTF-8');
    expect(r.summary.hash).toEqual({ declarado: expectedHash, calculado: expectedHash, confere: true });
    expect(r.findings).toEqual([]);
  });

  it('reads a file with no XML declaration as UTF-8', () => {
    const noDecl = latin1Text.replace(/^<\?xml[^>]*\?>\n/, '');
    const r = validateTiss(utf8Bytes(noDecl));
    expect(r.summary.encoding).toBe('UTF-8');
    expect(r.summary.hash?.confere).toBe(true);
  });

  it('UTF-8 bytes declared as ISO-8859-1: mojibake is flagged and the hash catches it', () => {
    const r = validateTiss(utf8Bytes(latin1Text));
    expect(r.summary.encoding).toBe('ISO-8859-1');
    expect(r.summary.hash?.confere).toBe(false);
    expect(r.summary.hash?.declarado).toBe(expectedHash);
    expect(rules(r)).toEqual(expect.arrayContaining(['tiss/codificacao', 'tiss/hash']));
    expect(r.findings.find((f) => f.rule === 'tiss/codificacao')?.message).toMatch(/parece estar em UTF-8/);
  });

  it('ISO-8859-1 bytes declared as UTF-8: one finding pointing at the line of the first accent', () => {
    const bytes = latin1Bytes(latin1Text.replace('encoding="ISO-8859-1"', 'encoding="UTF-8"'));
    const r = validateTiss(bytes);
    expect(r.valido).toBe(false);
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f.rule).toBe('tiss/codificacao');
    const firstAccentLine = latin1Text.split('\n').findIndex((l) => [...l].some((c) => c.charCodeAt(0) > 0x7f)) + 1;
    expect(f.where.line).toBe(firstAccentLine);
    expect(f.message).toContain(`linha ${firstAccentLine}`);
  });

  it('CRLF line endings: same hash, same lines', () => {
    const crlf = latin1Text.replace(/\n/g, '\r\n');
    const r = validateTiss(latin1Bytes(crlf), { tree: true });
    expect(r.summary.hash).toEqual({ declarado: expectedHash, calculado: expectedHash, confere: true });
    const hashLine = latin1Text.split('\n').findIndex((l) => l.includes('<ans:hash>')) + 1;
    const lf = validateTiss(latin1Bytes(latin1Text), { tree: true });
    const epilogo = (rr: typeof r) => rr.document!.root.children.find((c) => c.name === 'epilogo')!.children[0]!;
    expect(epilogo(r).line).toBe(hashLine);
    expect(epilogo(lf).line).toBe(hashLine);
  });

  it('a character with no ISO-8859-1 byte (UTF-8 file) is reported where it is', () => {
    const euro = latin1Text
      .replace('encoding="ISO-8859-1"', 'encoding="UTF-8"')
      .replace('MEDICO TESTE 02', 'MEDICO € 02');
    const r = validateTiss(utf8Bytes(euro));
    const f = r.findings.find((x) => x.rule === 'tiss/hash');
    expect(f?.message).toContain('"€"');
    expect(f?.where).toMatchObject({ field: 'nomeProfissional', guia: 'CON000000001' });
    expect(r.summary.hash).toBeUndefined();
  });

  it('an unsupported declared encoding is refused with the accepted ones', () => {
    const r = validateTiss(latin1Bytes(latin1Text.replace('ISO-8859-1', 'EBCDIC-X')));
    expect(r.findings[0]?.message).toMatch(/EBCDIC-X.*ISO-8859-1/);
  });
});

describe('size and file name', () => {
  it('refuses a file above the limit before reading it', () => {
    const big = new Uint8Array(MAX_XML_BYTES + 1).fill(0x20);
    const r = validateTiss(big);
    expect(rules(r)).toEqual(['tiss/tamanho']);
    expect(r.findings[0]!.message).toContain('15 MB');
    expect(validateTiss(fixtureBytes('valid/consulta-3-guias.xml'), { maxBytes: 1000 }).findings[0]!.rule).toBe(
      'tiss/tamanho',
    );
  });

  it('accepts <lote zero-padded>_<hash>.xml and warns about other names', () => {
    const bytes = fixtureBytes('valid/consulta-3-guias.xml');
    const hash = '0edb617e5e1ba4d7fa19a38b5450bacd';
    for (const ok of [`00000000000000000101_${hash}.xml`, `000000000000000000000101_${hash.toUpperCase()}.XML`]) {
      expect(validateTiss(bytes, { fileName: `C:\\lotes\\${ok}` }).findings).toEqual([]);
    }
    const otherLote = validateTiss(bytes, { fileName: `00000000000000000102_${hash}.xml` });
    expect(otherLote.findings[0]).toMatchObject({ rule: 'tiss/nome-arquivo', severity: 'warning' });
    expect(otherLote.findings[0]!.message).toContain('lote 102');
    const otherHash = validateTiss(bytes, { fileName: `00000000000000000101_${'0'.repeat(32)}.xml` });
    expect(otherHash.findings[0]!.message).toContain('hash do epílogo');
    const free = validateTiss(bytes, { fileName: 'lote março.xml' });
    expect(free.findings[0]!.message).toContain(`00000000000000000101_${hash}.xml`);
    expect(free.valido).toBe(true);
  });
});

describe('onDecoded', () => {
  it('is called once the bytes are decoded, and the bytes freed there change nothing (the CLI frees them)', () => {
    const files = [...manifest().map((m) => m.file), 'utf8-bom'];
    for (const file of files) {
      const bytes =
        file === 'utf8-bom'
          ? Uint8Array.from([0xef, 0xbb, 0xbf, ...fixtureBytes('valid/consulta-3-guias-utf8.xml')])
          : fixtureBytes(file);
      const kept = validateTiss(bytes.slice(), { fileName: 'lote.xml' });
      const decodes = decodeTissBytes(bytes.slice()).ok;
      let calls = 0;
      const freed = validateTiss(bytes, {
        fileName: 'lote.xml',
        onDecoded: () => {
          calls++;
          structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
        },
      });
      // A file that does not decode has no call (its bytes are all the report can point at); the others one,
      // after which their bytes are detached: any later read of them would see nothing.
      expect(calls, file).toBe(decodes ? 1 : 0);
      expect(bytes.length, file).toBe(decodes ? 0 : kept.summary.bytes);
      expect(freed, file).toEqual(kept);
    }
    expect(files.filter((f) => f.includes('not-xml')).length).toBe(1);
  });
});

describe('facts: false (the CLI without rules)', () => {
  it('gives the same findings and summary as a run that gathers the facts, and no facts', () => {
    let withFacts = 0;
    for (const { file } of manifest()) {
      const bytes = fixtureBytes(file);
      const full = validateTiss(bytes, { fileName: file });
      const lean = validateTiss(bytes, { fileName: file, facts: false });
      if (full.facts) withFacts++;
      expect(lean.facts, file).toBeUndefined();
      expect(lean, file).toEqual({ valido: full.valido, findings: full.findings, summary: full.summary });
    }
    // Most fixtures are well-formed TISS: the comparison covers runs whose facts were gathered.
    expect(withFacts).toBeGreaterThan(manifest().length / 2);
  });
});

describe('checked in one pass, said as if the whole file had been read', () => {
  const text = decodeLatin1(fixtureBytes('valid/consulta-3-guias.xml'));
  const schemaErrors = (xml: string) =>
    validateTiss(latin1Bytes(xml)).findings.filter((f) => f.rule === 'tiss/schema' && f.severity === 'error');

  it('an error read before the guia number still names the guia', () => {
    // In guia 2 the registro ANS comes before numeroGuiaPrestador: the number is read after the error.
    const second = text.indexOf(
      '<ans:registroANS>345474</ans:registroANS>\n\t\t\t\t\t\t<ans:numeroGuiaPrestador>CON000000002',
    );
    const xml = `${text.slice(0, second)}<ans:registroANS>34X474</ans:registroANS>${text.slice(second + '<ans:registroANS>345474</ans:registroANS>'.length)}`;
    const [f, ...rest] = schemaErrors(xml);
    expect(rest).toEqual([]);
    expect(f?.where).toMatchObject({ guia: 'CON000000002', field: 'registroANS', line: 60 });
    expect(f?.where.element).toMatch(/guiaConsulta\[2\]\/cabecalhoConsulta\/registroANS$/);
    expect(f?.message).toMatch(/^Guia CON000000002: /);
  });

  it('a value in the cabeçalho, read before its Padrao names the XSD, is checked by that XSD', () => {
    const xml = text.replace('<ans:dataRegistroTransacao>2026-01-20<', '<ans:dataRegistroTransacao>2026-13-20<');
    const [f, ...rest] = schemaErrors(xml);
    expect(rest).toEqual([]);
    expect(f?.where).toMatchObject({ field: 'dataRegistroTransacao', line: 7 });
    expect(f?.source).toBe('TISS 4.01.00 XSD');
  });
});
