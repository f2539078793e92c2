// The schema validator's verdict must equal libxml2's (xmllint-wasm, the oracle) on every fixture and on
// generated mutants of valid lotes, each judged by the XSD of the TISS version it is labelled with.
import { describe, expect, it } from 'vitest';
import { decodeTissBytes } from '../../shared/tiss/decode.ts';
import { parseXml } from '../../shared/tiss/parse.ts';
import { validateSchema } from '../../shared/tiss/schema/index.ts';
import type { XmlDocument } from '../../shared/tiss/xml-tree.ts';
import { libxml2Verdicts } from '../support/libxml2-oracle.ts';
import { fixtureBytes, manifest } from '../support/tiss-fixtures.ts';
import { type Mutant, type MutantSource, randomMutants, targetedMutants } from '../support/tiss-mutants.ts';

const RANDOM_MUTANTS = 2000;
const SEED = 20260401;

function parseBytes(bytes: Uint8Array): XmlDocument | undefined {
  const decoded = decodeTissBytes(bytes);
  if (!decoded.ok) return undefined;
  const parsed = parseXml(decoded.text, decoded.encoding);
  return parsed.ok ? parsed.document : undefined;
}

/** Our verdict: well-formed and no schema finding. */
function ourVerdict(doc: XmlDocument | undefined, version: string): boolean {
  if (!doc) return false;
  const findings = validateSchema(doc, version);
  if (!findings) throw new Error(`no model for ${version}`);
  return findings.length === 0;
}

function sources(): { small: MutantSource[]; big: MutantSource } {
  const small: MutantSource[] = [];
  let big: MutantSource | undefined;
  for (const f of manifest()) {
    if (f.kind !== 'valid' || f.file.includes('utf8')) continue;
    const doc = parseBytes(fixtureBytes(f.file));
    if (!doc) throw new Error(`${f.file} does not parse`);
    const source = { name: f.file.replace(/^valid\/|\.xml$/g, ''), root: doc.root };
    if (f.guias >= 100) big = source;
    else small.push(source);
  }
  if (!big) throw new Error('no 100-guia fixture');
  return { small, big };
}

describe('schema verdicts equal libxml2 (xmllint-wasm)', () => {
  it('on every fixture, under the 4.01.00 and the 4.02.00 XSD', async () => {
    const files = manifest();
    for (const version of ['4.01.00', '4.02.00']) {
      const oracle = await libxml2Verdicts(
        version,
        files.map((f) => ({ name: f.file.replace('/', '_'), contents: fixtureBytes(f.file) })),
      );
      const disagreements = files.filter(
        (f) => ourVerdict(parseBytes(fixtureBytes(f.file)), version) !== oracle.get(f.file.replace('/', '_')),
      );
      expect(disagreements.map((f) => `${version} ${f.file}`)).toEqual([]);
      // The fixtures are not trivially all-valid: the oracle refuses the defective ones.
      expect([...oracle.values()].filter((v) => !v).length).toBe(10);
    }
  });

  it(`on ${RANDOM_MUTANTS} random and the targeted mutants of valid lotes`, async () => {
    const { small, big } = sources();
    const mutants = [...randomMutants(small, RANDOM_MUTANTS, SEED), ...targetedMutants(small, big)];
    const ours = new Map<string, boolean>();
    for (const m of mutants) {
      const parsed = parseXml(m.xml, 'UTF-8');
      ours.set(m.name, ourVerdict(parsed.ok ? parsed.document : undefined, m.version));
    }
    const oracle = new Map<string, boolean>();
    for (const version of ['4.01.00', '4.02.00']) {
      const batch = mutants.filter((m) => m.version === version).map((m) => ({ name: m.name, contents: m.xml }));
      for (const [k, v] of await libxml2Verdicts(version, batch)) oracle.set(k, v);
    }
    const disagreements = mutants
      .filter((m) => ours.get(m.name) !== oracle.get(m.name))
      .map(
        (m: Mutant) =>
          `${m.name} [${m.version}] ${m.description}: ours=${ours.get(m.name)} libxml2=${oracle.get(m.name)}`,
      );
    expect(disagreements).toEqual([]);
    // Both verdicts occur in quantity, in both versions, so agreement is not agreement on "all valid".
    for (const version of ['4.01.00', '4.02.00']) {
      const judged = mutants.filter((m) => m.version === version).map((m) => oracle.get(m.name));
      expect(judged.filter((v) => v === true).length).toBeGreaterThan(50);
      expect(judged.filter((v) => v === false).length).toBeGreaterThan(200);
    }
    expect(mutants.length).toBeGreaterThanOrEqual(1000);
  });
});
