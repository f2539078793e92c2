// The epilogo hash computed while parsing (EpilogoHashStream fed by parseXml's onLeaf) equals the hash of the
// parsed tree (computeEpilogoHash) on every fixture, on odd placements of epilogo/hash, on a character outside
// ISO-8859-1, and on 500 structural mutants.
import { describe, expect, it } from 'vitest';
import { fixtureBytes, manifest } from '../../test/support/tiss-fixtures.ts';
import { type MutantSource, randomMutants } from '../../test/support/tiss-mutants.ts';
import { decodeTissBytes } from './decode.ts';
import { computeEpilogoHash, EpilogoHashStream, type HashOutcome } from './hash.ts';
import { parseXml } from './parse.ts';

/** [streamed, from the tree] for one document, or undefined when it does not parse. */
function bothWays(text: string): [HashOutcome, HashOutcome] | undefined {
  const stream = new EpilogoHashStream();
  const parsed = parseXml(text, 'UTF-8', { onLeaf: stream.leaf });
  if (!parsed.ok) return undefined;
  return [stream.outcome(), computeEpilogoHash(parsed.document)];
}

const comparable = (o: HashOutcome) => (o.ok ? o.calculado : `${o.element.name}@${o.element.line}:${o.char}`);

function text(file: string): string {
  const decoded = decodeTissBytes(fixtureBytes(file));
  if (!decoded.ok) throw new Error(`${file} does not decode`);
  return decoded.text;
}

describe('epilogo hash in the parsing pass', () => {
  it('equals the tree hash on every fixture that parses', () => {
    let compared = 0;
    for (const f of manifest()) {
      const decoded = decodeTissBytes(fixtureBytes(f.file));
      if (!decoded.ok) continue;
      const both = bothWays(decoded.text);
      if (!both) continue;
      expect(comparable(both[0]), f.file).toBe(comparable(both[1]));
      if (f.hash.status === 'ok') expect(comparable(both[0]), f.file).toBe(f.hash.value);
      compared++;
    }
    expect(compared).toBeGreaterThan(12);
  });

  it('excludes only the first hash of the first epilogo, wherever others stand', () => {
    const base = text('valid/consulta-3-guias.xml');
    const epilogo = base.slice(base.indexOf('<ans:epilogo>'), base.indexOf('</ans:epilogo>') + '</ans:epilogo>'.length);
    const cases = [
      base.replace(epilogo, `${epilogo}${epilogo}`), // two epilogos: the second one's hash counts
      base.replace('<ans:hash>', '<ans:hash>0</ans:hash><ans:hash>'), // two hashes: the second counts
      base.replace('<ans:hash>', '<ans:outro>x</ans:outro><ans:hash>'), // a leaf before the hash
      base.replace('<ans:Padrao>', '<ans:hash>dentro do cabecalho</ans:hash><ans:Padrao>'), // hash elsewhere counts
      base.replace(/<ans:hash>[^<]*<\/ans:hash>/, '<ans:hash/>'), // empty hash
      base.replace('<ans:epilogo>', '<ans:epilogo><ans:hash><ans:x>1</ans:x></ans:hash>'), // hash that is not a leaf
      base.replace('CONSULTA ELETIVA', 'CONSULTA \u20ac ELETIVA'), // no ISO-8859-1 byte: the same leaf is named
    ];
    for (const [i, xml] of cases.entries()) {
      const both = bothWays(xml);
      expect(both, `case ${i}`).toBeDefined();
      expect(comparable(both![0]), `case ${i}`).toBe(comparable(both![1]));
    }
    expect(bothWays(cases[6]!)![0].ok).toBe(false);
  });

  it('equals the tree hash on 500 mutants', () => {
    const sources: MutantSource[] = [];
    for (const f of manifest()) {
      if (f.kind !== 'valid' || f.guias >= 100) continue;
      const parsed = parseXml(text(f.file));
      if (parsed.ok) sources.push({ name: f.file, root: parsed.document.root });
    }
    let compared = 0;
    for (const m of randomMutants(sources, 500, 20261202)) {
      const both = bothWays(m.xml);
      if (!both) continue;
      expect(comparable(both[0]), m.name).toBe(comparable(both[1]));
      compared++;
    }
    expect(compared).toBeGreaterThan(400);
  });
});
