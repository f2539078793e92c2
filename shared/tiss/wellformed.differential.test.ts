// Differential test of well-formedness against libxml2 (xmllint-wasm, the project's oracle): structural
// mutants of the fixtures (truncations, lost or extra markup characters, bad references, renamed or repeated
// tags, junk after the root, stray bytes in a UTF-8 file…) must be refused by us exactly when libxml2's parser refuses them.
// One deliberate difference is not generated here: we refuse every DOCTYPE, even one libxml2 accepts
// (tested in parse.test.ts).

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { fixtureBytes } from '../../test/support/tiss-fixtures.ts';
import { INTERNAL_ERROR } from '../findings.ts';
import { decodeLatin1 } from './bytes.ts';
import { validateTiss } from './index.ts';

const MUTANTS = 400;
const PARSE_RULES = new Set(['tiss/xml-malformado', 'tiss/doctype', 'tiss/codificacao']);
const TEMPLATES = [
  'valid/consulta-3-guias.xml',
  'valid/sadt-5-guias.xml',
  'valid/consulta-3-guias-utf8.xml',
  'valid/odonto-2-guias.xml',
  'valid/recurso-glosa.xml',
];
const INSERTS = [
  '<',
  '>',
  '&',
  '&amp',
  '&nbsp;',
  '&#0;',
  '&#x41;',
  ']]>',
  '<!-- x -->',
  '<![CDATA[a<b]]>',
  '<?pi x?>',
  '\u0001',
  '"',
  '</',
  '<1',
  '<?xml version="1.0"?>',
  // One byte 0xE7: "ç" in ISO-8859-1, not UTF-8. Bytes C3 A7: "Ã§" in ISO-8859-1, "ç" in UTF-8; both well-formed.
  '\u00e7',
  '\u00c3\u00a7',
];
const STRUCTURAL = new Set(['<', '>', '/', '"', '=', ':']);

/** Deterministic PRNG (mulberry32), so every run tests the same mutants. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(text: string, rnd: () => number): { kind: string; text: string } {
  const at = (n: number) => Math.floor(rnd() * n);
  const pos = 1 + at(text.length - 2);
  switch (at(7)) {
    case 0:
      return { kind: 'truncate', text: text.slice(0, pos) };
    case 1: {
      let p = pos;
      while (p < text.length && !STRUCTURAL.has(text[p]!)) p++;
      return { kind: 'delete-markup-char', text: text.slice(0, p) + text.slice(p + 1) };
    }
    case 2: {
      const ins = INSERTS[at(INSERTS.length)]!;
      return { kind: `insert ${JSON.stringify(ins)}`, text: text.slice(0, pos) + ins + text.slice(pos) };
    }
    case 3: {
      const end = text.indexOf('</ans:', pos);
      if (end < 0) return { kind: 'none', text };
      return { kind: 'rename-end-tag', text: `${text.slice(0, end + 6)}X${text.slice(end + 6)}` };
    }
    case 4: {
      const start = text.indexOf('<ans:', pos);
      const close = text.indexOf('>', start);
      if (start < 0) return { kind: 'none', text };
      return {
        kind: 'repeat-start-tag',
        text: text.slice(0, close + 1) + text.slice(start, close + 1) + text.slice(close + 1),
      };
    }
    case 5:
      return { kind: 'after-root', text: text + ['<x/>', 'texto', '</ans:mensagemTISS>', '<!-- ok -->\n'][at(4)]! };
    default: {
      const q = text.indexOf('>', pos);
      if (q < 0) return { kind: 'none', text };
      // An attribute on a start or end tag: fine on a start tag, an error on an end tag.
      return { kind: 'attribute', text: `${text.slice(0, q)} id="1"${text.slice(q)}` };
    }
  }
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

describe('well-formedness verdicts equal libxml2 (xmllint-wasm)', () => {
  it(`on ${MUTANTS + 40} mutants of the fixtures`, async () => {
    const rnd = prng(0x7155);
    const templates = TEMPLATES.map((f) => decodeLatin1(fixtureBytes(f)));
    const mutants = Array.from({ length: MUTANTS }, (_, i) => {
      const m = mutate(templates[i % templates.length]!, rnd);
      return { fileName: `m${i}.xml`, kind: m.kind, bytes: latin1(m.text) };
    });
    // Stray bytes in the UTF-8 file, where the encoding decides well-formedness.
    const utf8 = templates[TEMPLATES.indexOf('valid/consulta-3-guias-utf8.xml')]!;
    for (let i = 0; i < 40; i++) {
      const pos = 1 + Math.floor(rnd() * (utf8.length - 2));
      const ins = i % 2 ? '\u00e7' : '\u00c3\u00a7';
      const text = utf8.slice(0, pos) + ins + utf8.slice(pos);
      mutants.push({ fileName: `m${mutants.length}.xml`, kind: `stray ${JSON.stringify(ins)}`, bytes: latin1(text) });
    }

    const xsdDir = new URL('../../third_party/ans-tiss/4.01.00/', import.meta.url);
    const xsd = readdirSync(xsdDir)
      .filter((f) => f.endsWith('.xsd'))
      .map((fileName) => ({ fileName, contents: new Uint8Array(readFileSync(new URL(fileName, xsdDir))) }));
    const oracle = await validateXML({
      xml: mutants.map((m) => ({ fileName: m.fileName, contents: m.bytes })),
      schema: xsd.filter((f) => f.fileName === 'tissV4_01_00.xsd'),
      preload: xsd.filter((f) => f.fileName !== 'tissV4_01_00.xsd'),
      maxMemoryPages: 256 * 16,
    });
    const refusedByLibxml2 = new Set(
      oracle.rawOutput
        .split('\n')
        .map((l) => /^(m\d+\.xml):\d+: (?:parser|namespace|I\/O|encoding) error/.exec(l)?.[1])
        .filter((x): x is string => x !== undefined),
    );

    const disagreements: string[] = [];
    for (const m of mutants) {
      const report = validateTiss(m.bytes);
      expect(report.findings.some((f) => f.rule === INTERNAL_ERROR)).toBe(false);
      const refusedByUs = report.findings.some((f) => PARSE_RULES.has(f.rule));
      if (refusedByUs !== refusedByLibxml2.has(m.fileName)) {
        disagreements.push(`${m.fileName} (${m.kind}): ours ${refusedByUs ? 'refused' : 'accepted'}`);
      }
    }
    // Both verdicts occur, so the comparison means something.
    expect(refusedByLibxml2.size).toBeGreaterThan(MUTANTS / 4);
    expect(refusedByLibxml2.size).toBeLessThan(mutants.length);
    expect(disagreements).toEqual([]);
  });
});
