// libxml2 (xmllint-wasm 5.3.0 = libxml2 2.13.8) as the oracle for the TISS schema validator: validates many
// in-memory documents per call against the committed XSDs of one TISS version and returns a verdict per file.
import { readdirSync, readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const TISS_NS = 'http://www.ans.gov.br/padroes/tiss/schemas';
const xsdRoot = new URL('../../third_party/ans-tiss/', import.meta.url);

function schemaFiles(version: string) {
  const dir = new URL(`${version}/`, xsdRoot);
  const files = readdirSync(dir).map((f) => ({ fileName: f, contents: new Uint8Array(readFileSync(new URL(f, dir))) }));
  const main = files.find((f) => /^tissV\d+_\d+_\d+\.xsd$/.test(f.fileName));
  if (!main) throw new Error(`no main XSD for ${version}`);
  return { main, files };
}

/** Runs xmllint over `xml` with `schema` as the main XSD and the version's files available to it. */
async function runBatch(
  version: string,
  schema: { fileName: string; contents: string | Uint8Array },
  chunk: readonly OracleInput[],
) {
  const { files } = schemaFiles(version);
  const res = await validateXML({
    xml: chunk.map((x) => ({ fileName: x.name, contents: x.contents })),
    schema,
    preload: files,
    initialMemoryPages: 4096,
    maxMemoryPages: 32768,
  });
  return new Set(
    res.rawOutput
      .split('\n')
      .filter((l) => l.endsWith(' validates'))
      .map((l) => l.slice(0, -' validates'.length)),
  );
}

export interface OracleInput {
  name: string;
  contents: string | Uint8Array;
}

/**
 * true = "validates", false = anything else (schema errors or not well-formed). Files are sent in batches;
 * each file's verdict is read from xmllint's own "<file> validates" line.
 */
export async function libxml2Verdicts(
  version: string,
  inputs: readonly OracleInput[],
  batch = 250,
): Promise<Map<string, boolean>> {
  const { main } = schemaFiles(version);
  const out = new Map<string, boolean>();
  for (let i = 0; i < inputs.length; i += batch) {
    const chunk = inputs.slice(i, i + batch);
    const passed = await runBatch(version, main, chunk);
    for (const x of chunk) out.set(x.name, passed.has(x.name));
  }
  return out;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * libxml2's verdict on single values of named TISS simple types ("st_data", "st_decimal8-2"…): a wrapper XSD
 * includes the version's simple-types file and declares one element per type, so each value is judged by
 * exactly that type. One verdict per case, in order.
 */
export async function libxml2TypeVerdicts(
  version: string,
  cases: readonly { type: string; value: string }[],
): Promise<boolean[]> {
  const { files } = schemaFiles(version);
  const simpleTypes = files.find((f) => f.fileName.startsWith('tissSimpleTypes'));
  if (!simpleTypes) throw new Error(`no simple types XSD for ${version}`);
  const types = [...new Set(cases.map((c) => c.type))];
  const wrapper =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<schema xmlns="http://www.w3.org/2001/XMLSchema" xmlns:ans="${TISS_NS}" targetNamespace="${TISS_NS}" elementFormDefault="qualified">` +
    `<include schemaLocation="${simpleTypes.fileName}"/>` +
    types.map((t) => `<element name="v_${t}" type="ans:${t}"/>`).join('') +
    '</schema>';
  const inputs = cases.map((c, i) => ({
    name: `case${i}.xml`,
    contents: `<?xml version="1.0" encoding="UTF-8"?>\n<ans:v_${c.type} xmlns:ans="${TISS_NS}">${escapeXml(c.value)}</ans:v_${c.type}>`,
  }));
  const passed = await runBatch(version, { fileName: 'wrapper.xsd', contents: wrapper }, inputs);
  return inputs.map((x) => passed.has(x.name));
}
