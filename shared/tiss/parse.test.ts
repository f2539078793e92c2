import { describe, expect, it } from 'vitest';
import { type ParseOutcome, parseXml } from './parse.ts';
import type { XmlDocument, XmlElement } from './xml-tree.ts';

const NS = 'http://www.ans.gov.br/padroes/tiss/schemas';

function ok(xml: string): XmlDocument {
  const r = parseXml(xml);
  if (!r.ok) throw new Error(`expected well-formed, got: ${r.finding.message}`);
  return r.document;
}

function fail(xml: string): Extract<ParseOutcome, { ok: false }>['finding'] {
  const r = parseXml(xml);
  if (r.ok) throw new Error('expected a well-formedness finding');
  return r.finding;
}

const find = (el: XmlElement, name: string): XmlElement | undefined => {
  if (el.name === name) return el;
  for (const c of el.children) {
    const f = find(c, name);
    if (f) return f;
  }
  return undefined;
};

describe('parseXml: the tree', () => {
  it('resolves namespaces whatever the prefix, keeps attributes but not xmlns', () => {
    const withPrefix = ok(
      `<x:a xmlns:x="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="s"><x:b/></x:a>`,
    );
    const withDefault = ok(`<a xmlns="${NS}"><b/></a>`);
    for (const d of [withPrefix, withDefault]) {
      expect(d.root).toMatchObject({ name: 'a', ns: NS });
      expect(d.root.children[0]).toMatchObject({ name: 'b', ns: NS });
    }
    expect(withPrefix.root.attributes).toEqual({ 'xsi:schemaLocation': 's' });
    expect(withDefault.root.attributes).toEqual({});
    expect(ok('<a><b xmlns="u"><c/></b><d/></a>').root.children.map((c) => [c.name, c.ns, c.children[0]?.ns])).toEqual([
      ['b', 'u', 'u'],
      ['d', '', undefined],
    ]);
  });

  it('decodes predefined entities, character references and CDATA; keeps whitespace', () => {
    const d = ok('<a><t> A &amp; B &lt;&gt;&quot;&apos; &#199;&#xE3;o <![CDATA[<x> & y]]>\t</t></a>');
    expect(find(d.root, 't')!.text).toBe(' A & B <>"\' Ção <x> & y\t');
    expect(ok('<a k="1 &amp;\t2&#10;"/>').root.attributes).toEqual({ k: '1 & 2\n' });
  });

  it('gives 1-based line and column of each start tag, counting CRLF as one line break', () => {
    const xml = '<?xml version="1.0"?>\r\n<a>\r\n  <b>x</b>\r\n\t<c\r\n/></a>';
    const d = ok(xml);
    expect([d.root.line, d.root.column]).toEqual([2, 1]);
    expect([d.root.children[0]!.line, d.root.children[0]!.column]).toEqual([3, 3]);
    expect([d.root.children[1]!.line, d.root.children[1]!.column]).toEqual([4, 2]);
  });

  it('keeps text exactly, except indentation between child elements', () => {
    const d = ok('<a>\n  <b>\n\t</b>\n  <c> x </c>\n  tail<d/>\n</a>');
    expect(d.root.children.map((c) => c.text)).toEqual(['\n\t', ' x ', '']);
    expect(d.root.text).toBe('\n  tail');
    expect(ok('<a>\n<!-- c -->\n</a>').root.text).toBe('\n\n');
  });

  it('links parents and skips comments and processing instructions', () => {
    const d = ok('<!-- c --><?pi x?><a><!-- in --><b>1<?pi?>2</b></a><!-- after -->\n');
    const b = d.root.children[0]!;
    expect(b.parent).toBe(d.root);
    expect(b.text).toBe('12');
  });
});

describe('parseXml: refusals, each one clear finding with line and column', () => {
  it('refuses any DOCTYPE without expanding it', () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE a [\n<!ENTITY l "lol">\n<!ENTITY l2 "&l;&l;&l;">]>\n<a>&l2;</a>`;
    const f = fail(laughs);
    expect(f.rule).toBe('tiss/doctype');
    expect([f.where.line, f.where.column]).toEqual([2, 1]);
    expect(f.message).toMatch(/DOCTYPE/);
  });

  it.each([
    ['mismatched tags', '<a>\n  <b></c>\n</a>', 2, 6, /<\/c> não corresponde à tag aberta <b> \(aberta na linha 2\)/],
    ['truncated', '<a>\n<b>texto', 2, 9, /termina no meio.*<b> aberta na linha 2/],
    ['truncated inside a tag', '<a><b x="1', 1, 11, /termina no meio/],
    ['unknown entity', '<a>\n x &nbsp; y</a>', 2, 4, /"&nbsp;" inválida/],
    ['bare ampersand', '<a>P & D</a>', 1, 6, /&amp;/],
    ['junk after the root', '<a/>\n<b/>', 2, 1, /depois do fim/],
    ['text after the root', '<a/>xyz', 1, 5, /depois do fim/],
    ['not XML at all', '%PDF-1.4', 1, 1, /não é um XML/],
    ['empty', '   ', 1, 4, /nenhum elemento/],
    ['undeclared prefix', '<ans:a/>', 1, 1, /prefixo "ans:".*não foi declarado/],
    ['duplicated attribute', '<a x="1" x="2"/>', 1, 10, /aparece duas vezes/],
    ['unquoted attribute', '<a x=1/>', 1, 6, /entre aspas/],
    ['"<" in text', '<a>1 < 2</a>', 1, 6, /&lt;/],
    ['control character', '<a>\u0001</a>', 1, 4, /caractere de controle/],
    ['late XML declaration', '\n<?xml version="1.0"?><a/>', 2, 1, /só pode aparecer no início/],
    ['"]]>" in text', '<a>]]></a>', 1, 4, /]]>/],
    ['double hyphen in comment', '<a><!-- a -- b --></a>', 1, 11, /"--"/],
  ])('%s', (_name, xml, line, column, message) => {
    const f = fail(xml);
    expect(f.rule).toBe('tiss/xml-malformado');
    expect(f.severity).toBe('error');
    expect([f.where.line, f.where.column]).toEqual([line, column]);
    expect(f.message).toMatch(message);
    expect(f.message).toContain(`(linha ${line}, coluna ${column})`);
  });

  it('says which guia and element were open when the file breaks', () => {
    const xml = `<ans:mensagemTISS xmlns:ans="${NS}"><ans:guiasTISS>
<ans:guiaConsulta><ans:cabecalhoConsulta><ans:numeroGuiaPrestador>G1</ans:numeroGuiaPrestador></ans:cabecalhoConsulta></ans:guiaConsulta>
<ans:guiaConsulta><ans:cabecalhoConsulta><ans:numeroGuiaPrestador>G2</ans:numeroGuiaPrestador></ans:cabecalhoConsulta>
<ans:dadosBeneficiario><ans:numeroCarteira>1</ans:numeroCarteiraX>`;
    const f = fail(xml);
    expect(f.where).toMatchObject({
      guia: 'G2',
      field: 'numeroCarteira',
      element: 'mensagemTISS/guiasTISS/guiaConsulta[2]/dadosBeneficiario/numeroCarteira',
      line: 4,
    });
  });
});
