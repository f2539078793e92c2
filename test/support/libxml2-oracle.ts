// libxml2 (xmllint-wasm 5.3.0 = libxml2 2.13.8) as the oracle for the TISS schema validator: validates many
// in-memory documents per call against the committed XSDs of one TISS version and returns a verdict per file.
import { readdirSync, readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const xsdRoot = new URL('../../third_party/ans-tiss/', import.meta.url);

function schemaFiles(version: string) {
  const dir = new URL(`${version}/`, xsdRoot);
  const files = readdirSync(dir).map((f) => ({ fileName: f, contents: new Uint8Array(readFileSync(new URL(f, dir))) }));
  const main = files.find((f) => /^tissV\d+_\d+_\d+\.xsd$/.test(f.fileName));
  if (!main) throw new Error(`no main XSD for ${version}`);
  return { main, files };
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
  const { main, files } = schemaFiles(version);
  const out = new Map<string, boolean>();
  for (let i = 0; i < inputs.length; i += batch) {
    const chunk = inputs.slice(i, i + batch);
    const res = await validateXML({
      xml: chunk.map((x) => ({ fileName: x.name, contents: x.contents })),
      schema: main,
      preload: files,
      initialMemoryPages: 4096,
      maxMemoryPages: 32768,
    });
    const passed = new Set(
      res.rawOutput
        .split('\n')
        .filter((l) => l.endsWith(' validates'))
        .map((l) => l.slice(0, -' validates'.length)),
    );
    for (const x of chunk) out.set(x.name, passed.has(x.name));
  }
  return out;
}
