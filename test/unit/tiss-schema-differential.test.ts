// The schema validator's verdict must equal libxml2's (xmllint-wasm, the oracle) on every fixture and on
// generated mutants of valid lotes, each judged by the XSD of the TISS version it is labelled with — every
// version we have an XSD for (3.05.00, 4.00.01, 4.01.00, 4.02.00). Ours runs as validateTiss does: the schema
// checker fed by the parser's events in one pass, no tree.
import { describe, expect, it } from 'vitest';
import { decodeTissBytes } from '../../shared/tiss/decode.ts';
import { TISS_SCHEMA_MODELS } from '../../shared/tiss/model/index.ts';
import { parseXml, scanXml } from '../../shared/tiss/parse.ts';
import { schemaChecker } from '../../shared/tiss/schema/index.ts';
import type { XmlDocument } from '../../shared/tiss/xml-tree.ts';
import { libxml2Verdicts } from '../support/libxml2-oracle.ts';
import { fixtureBytes, manifest } from '../support/tiss-fixtures.ts';
import {
  type Mutant,
  type MutantSource,
  randomMutants,
  sampleMessages,
  serialize,
  targetedMutants,
} from '../support/tiss-mutants.ts';
import { consulta305, relabelled } from '../support/tiss-versions.ts';

const RANDOM_MUTANTS = 2000;
const SEED = 20260401;
// Per version: 200 generated messages and 600 mutants of them, 3,200 generated documents in all.
const SAMPLES = 200;
const SAMPLE_MUTANTS = 600;
// Typically 5-15 s per test; generous because the whole suite shares two cores with the oracle's wasm workers.
const ORACLE_TIMEOUT = 180_000;

/** A tree of the bytes, for the mutation generator. */
function parseBytes(bytes: Uint8Array): XmlDocument | undefined {
  const decoded = decodeTissBytes(bytes);
  if (!decoded.ok) return undefined;
  const parsed = parseXml(decoded.text, decoded.encoding);
  return parsed.ok ? parsed.document : undefined;
}

/** Our verdict on decoded text: well-formed and no schema finding, checked in the parsing pass. */
function ourVerdict(text: string | undefined, version: string): boolean {
  if (text === undefined) return false;
  const checker = schemaChecker(version);
  if (!checker) throw new Error(`no model for ${version}`);
  return scanXml(text, checker).ok && checker.findings().length === 0;
}

function ourVerdictOnBytes(bytes: Uint8Array, version: string): boolean {
  const decoded = decodeTissBytes(bytes);
  return ourVerdict(decoded.ok ? decoded.text : undefined, version);
}

const VERSIONS = Object.keys(TISS_SCHEMA_MODELS).sort();
const OLDER_VERSIONS = VERSIONS.filter((v) => v < '4.01.00');

/** Valid 4.01.00 fixtures (judged by 4.01.00 or 4.02.00), the small ones also as 4.00.01, the consulta as 3.05.00. */
function sources(): { small: MutantSource[]; big: MutantSource } {
  const small: MutantSource[] = [];
  let big: MutantSource | undefined;
  const add = (name: string, bytes: Uint8Array, version?: string) => {
    const doc = parseBytes(bytes);
    if (!doc) throw new Error(`${name} does not parse`);
    const source = { name, root: doc.root, ...(version ? { version } : {}) };
    small.push(source);
    return source;
  };
  for (const f of manifest()) {
    if (f.kind !== 'valid' || f.file.includes('utf8')) continue;
    const name = f.file.replace(/^valid\/|\.xml$/g, '');
    if (f.guias >= 100) {
      big = add(name, fixtureBytes(f.file));
      small.pop();
      continue;
    }
    add(name, fixtureBytes(f.file));
    if (!name.startsWith('sadt')) add(`${name}-4.00.01`, relabelled(f.file, '4.00.01'), '4.00.01');
  }
  add('consulta-3.05.00', consulta305(), '3.05.00');
  if (!big) throw new Error('no 100-guia fixture');
  return { small, big };
}

/** Mutants whose verdicts disagree, each with its description. */
async function disagreements(mutants: readonly Mutant[]): Promise<{ wrong: string[]; oracle: Map<string, boolean> }> {
  const ours = new Map<string, boolean>();
  for (const m of mutants) ours.set(m.name, ourVerdict(m.xml, m.version));
  const oracle = new Map<string, boolean>();
  for (const version of new Set(mutants.map((m) => m.version))) {
    const batch = mutants.filter((m) => m.version === version).map((m) => ({ name: m.name, contents: m.xml }));
    for (const [k, v] of await libxml2Verdicts(version, batch)) oracle.set(k, v);
  }
  const wrong = mutants
    .filter((m) => ours.get(m.name) !== oracle.get(m.name))
    .map((m) => `${m.name} [${m.version}] ${m.description}: ours=${ours.get(m.name)} libxml2=${oracle.get(m.name)}`);
  return { wrong, oracle };
}

describe('schema verdicts equal libxml2 (xmllint-wasm)', () => {
  it(
    `on every fixture, as it is and relabelled, under each XSD (${VERSIONS.join(', ')})`,
    async () => {
      const files = manifest();
      for (const version of VERSIONS) {
        // Each fixture as committed (Padrao 4.01.00), and with Padrao naming the version under test (ISO-8859-1
        // fixtures: the relabelling rewrites bytes); for 3.05.00 also the consulta lote in 3.05.00's shape.
        const inputs = files.map((f) => ({ name: f.file.replace('/', '_'), contents: fixtureBytes(f.file) }));
        for (const f of files) {
          if (f.encoding !== 'ISO-8859-1' || f.xmllint.exitCode === 1 || f.padrao === version) continue;
          inputs.push({ name: `${version}_${f.file.replace('/', '_')}`, contents: relabelled(f.file, version) });
        }
        if (version === '3.05.00') inputs.push({ name: 'consulta-3.05.00', contents: consulta305() });
        const oracle = await libxml2Verdicts(version, inputs);
        const disagreements = inputs.filter(
          (x) => ourVerdictOnBytes(x.contents as Uint8Array, version) !== oracle.get(x.name),
        );
        expect(disagreements.map((x) => `${version} ${x.name}`)).toEqual([]);
        // The fixtures are not trivially all-valid nor all-invalid under any XSD.
        const verdicts = [...oracle.values()];
        expect(verdicts.filter((v) => !v).length, version).toBeGreaterThanOrEqual(10);
        expect(verdicts.filter((v) => v).length, version).toBeGreaterThanOrEqual(1);
        // Unmodified, the defective fixtures are refused by the XSDs that accept their Padrao.
        if (version >= '4.01.00') {
          expect(files.filter((f) => !oracle.get(f.file.replace('/', '_'))).length, version).toBe(10);
        }
      }
    },
    ORACLE_TIMEOUT,
  );

  it(
    `on ${RANDOM_MUTANTS} random and the targeted mutants of valid lotes`,
    async () => {
      const { small, big } = sources();
      const mutants = [...randomMutants(small, RANDOM_MUTANTS, SEED), ...targetedMutants(small, big)];
      const { wrong, oracle } = await disagreements(mutants);
      expect(wrong).toEqual([]);
      // Both verdicts occur in quantity, in every version, so agreement is not agreement on "all valid".
      for (const version of VERSIONS) {
        const judged = mutants.filter((m) => m.version === version).map((m) => oracle.get(m.name));
        const few = OLDER_VERSIONS.includes(version) ? 0.25 : 1;
        expect(judged.filter((v) => v === true).length, version).toBeGreaterThan(50 * few);
        expect(judged.filter((v) => v === false).length, version).toBeGreaterThan(200 * few);
      }
      expect(mutants.length).toBeGreaterThanOrEqual(2000);
    },
    ORACLE_TIMEOUT,
  );

  it(
    `on ${SAMPLES} messages of every kind generated from each version's model, and ${SAMPLE_MUTANTS} mutants of them, per version`,
    async () => {
      const mutants: Mutant[] = [];
      for (const [version, model] of Object.entries(TISS_SCHEMA_MODELS)) {
        const samples = sampleMessages(model, SAMPLES, SEED);
        mutants.push(
          ...samples.map((s) => ({ name: s.name, version, description: 'generated sample', xml: serialize(s.root) })),
        );
        mutants.push(
          ...randomMutants(samples, SAMPLE_MUTANTS, SEED).map((m) => ({ ...m, name: `${version}-${m.name}` })),
        );
      }
      const { wrong, oracle } = await disagreements(mutants);
      expect(wrong).toEqual([]);
      // The samples are real messages (libxml2 accepts nearly all) and cover many transaction kinds.
      const samples = mutants.filter((m) => m.description === 'generated sample');
      expect(samples.filter((m) => oracle.get(m.name)).length).toBeGreaterThan(samples.length * 0.8);
      expect(new Set(samples.map((m) => m.name.split('-').at(-1))).size).toBeGreaterThan(15);
      expect(mutants.length).toBeGreaterThanOrEqual(3000);
    },
    ORACLE_TIMEOUT,
  );
});
