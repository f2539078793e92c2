import { describe, expect, it } from 'vitest';
import { CLIP_CHARS, CLIP_TEXT_CHARS, clip, clipFinding, clipStrings, clipText } from './clip.ts';
import { validateXml } from './validate.ts';

const huge = 'x'.repeat(10 * 1024 * 1024);

describe('clip', () => {
  it('keeps short values and cuts long ones to 80 characters, start and end kept around "…"', () => {
    expect(clip('CON000000002')).toBe('CON000000002');
    const cut = clip(`inicio${'a'.repeat(500)}fim`);
    expect(cut).toHaveLength(CLIP_CHARS);
    expect(cut).toMatch(/^inicioa+…a+fim$/);
  });

  it('cuts each long word of a sentence or path and the whole text, leaving ordinary words alone', () => {
    const path = `mensagemTISS/prestadorParaOperadora/${huge}/dataAtendimento`;
    const out = clipText(path);
    expect(out.startsWith('mensagemTISS/prestadorParaOperadora/')).toBe(true);
    expect(out.endsWith('/dataAtendimento')).toBe(true);
    expect(out.length).toBeLessThan(200);
    expect(clipText('Guia CON000000002: data do atendimento inválida')).toBe(
      'Guia CON000000002: data do atendimento inválida',
    );
    expect(clipText('palavra '.repeat(100_000)).length).toBeLessThanOrEqual(CLIP_TEXT_CHARS);
  });

  it('bounds every text field of a finding and every string of a summary, nested ones too', () => {
    const f = clipFinding({
      rule: 'r',
      kind: 'r',
      severity: 'error',
      message: `Elemento <${huge}> inesperado`,
      detail: huge,
      where: { guia: huge, field: huge, element: huge, line: 1 },
    });
    expect(JSON.stringify(f).length).toBeLessThan(1000);
    expect(f.where.line).toBe(1);
    const s = clipStrings({ numeroLote: huge, bytes: 3, hash: { declarado: huge, calculado: 'abc', confere: false } });
    expect(s.numeroLote).toHaveLength(CLIP_CHARS);
    expect(s.hash.declarado).toHaveLength(CLIP_CHARS);
    expect(s).toMatchObject({ bytes: 3, hash: { calculado: 'abc', confere: false } });
  });
});

describe('validateXml answers stay small whatever the input echoes', () => {
  const cases: [string, string][] = [
    ['a 10 MB element name', `<?xml version="1.0"?><${huge}/>`],
    ['a 10 MB mismatched closing tag', `<?xml version="1.0"?><x></${huge}>`],
    [
      'a 10 MB numeroLote',
      `<?xml version="1.0"?><ans:mensagemTISS xmlns:ans="http://www.ans.gov.br/padroes/tiss/schemas"><ans:cabecalho><ans:identificacaoTransacao><ans:tipoTransacao>ENVIO_LOTE_GUIAS</ans:tipoTransacao><ans:sequencialTransacao>${huge}</ans:sequencialTransacao></ans:identificacaoTransacao></ans:cabecalho></ans:mensagemTISS>`,
    ],
  ];
  for (const [name, xml] of cases)
    it(`${name}: under 64 kB of JSON`, () => {
      const { facts: _f, ...report } = validateXml(new TextEncoder().encode(xml), {
        hoje: '2026-12-01',
        fileName: `${huge}.xml`,
      });
      expect(report.findings.length).toBeGreaterThan(0);
      expect(JSON.stringify(report).length).toBeLessThan(64 * 1024);
    });
});
