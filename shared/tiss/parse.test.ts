import { describe, expect, it } from 'vitest';
import type { ElementFrame } from './locate.ts';
import { type ParseOutcome, parseXml, scanXml } from './parse.ts';
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

describe('scanXml: what a frame knows of its children', () => {
  // Runs of same-named siblings, a name coming back after others, and a name seen once: the frame keeps only the
  // last child of each run, so its counts and names must still be those of all its children.
  const xml = '<r><a/><b>1</b><a/><c><x/><x/><y/><x/></c><b/><b/><a>2</a><d/></r>';

  /** Each element's index, and its parent's counts and names at that start tag and at the parent's end tag. */
  function observe(): { opened: string[]; closed: Map<string, string> } {
    const opened: string[] = [];
    const closed = new Map<string, string>();
    const names = ['a', 'b', 'c', 'd', 'x', 'y', 'z'];
    const counts = (f: ElementFrame) => names.map((n) => `${n}${f.countOf(n)}`).join(' ');
    const scanned = scanXml(xml, {
      open(frame) {
        const p = frame.parent;
        opened.push(`${frame.name}[${frame.index}]${p ? ` ${counts(p)} ${p.childNameList().join('')}` : ''}`);
      },
      close(frame) {
        closed.set(frame.name, `${frame.hasChildren} ${counts(frame)} ${frame.childNameList().join('')}`);
      },
    });
    expect(scanned.ok).toBe(true);
    return { opened, closed };
  }

  it('gives each child its position among its same-named siblings, and the counts so far', () => {
    expect(observe().opened).toEqual([
      'r[1]',
      'a[1] a1 b0 c0 d0 x0 y0 z0 a',
      'b[1] a1 b1 c0 d0 x0 y0 z0 ab',
      'a[2] a2 b1 c0 d0 x0 y0 z0 ab',
      'c[1] a2 b1 c1 d0 x0 y0 z0 abc',
      'x[1] a0 b0 c0 d0 x1 y0 z0 x',
      'x[2] a0 b0 c0 d0 x2 y0 z0 x',
      'y[1] a0 b0 c0 d0 x2 y1 z0 xy',
      'x[3] a0 b0 c0 d0 x3 y1 z0 xy',
      'b[2] a2 b2 c1 d0 x0 y0 z0 abc',
      'b[3] a2 b3 c1 d0 x0 y0 z0 abc',
      'a[3] a3 b3 c1 d0 x0 y0 z0 abc',
      'd[1] a3 b3 c1 d1 x0 y0 z0 abcd',
    ]);
  });

  it('knows at its end tag how many children of each name it had, and their names in order of first appearance', () => {
    const { closed } = observe();
    expect(closed.get('r')).toBe('true a3 b3 c1 d1 x0 y0 z0 abcd');
    expect(closed.get('c')).toBe('true a0 b0 c0 d0 x3 y1 z0 xy');
    expect(closed.get('d')).toBe('false a0 b0 c0 d0 x0 y0 z0 ');
  });
});
