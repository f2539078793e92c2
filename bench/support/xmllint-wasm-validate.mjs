// xmllint-wasm as a whole process, for bench/xml.bench.ts to time next to `tiss-preflight validate` and native
// `xmllint --schema`: node xmllint-wasm-validate.mjs <xsd dir> <main xsd> <file.xml>; exit 0 when it validates.
// Plain JavaScript so the process pays Node's start and the wasm module's, nothing of tsx.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const [xsdDir, mainXsd, xmlFile] = process.argv.slice(2);
const xsd = readdirSync(xsdDir)
  .filter((f) => f.endsWith('.xsd'))
  .map((fileName) => ({ fileName, contents: new Uint8Array(readFileSync(join(xsdDir, fileName))) }));
const r = await validateXML({
  xml: [{ fileName: 'lote.xml', contents: new Uint8Array(readFileSync(xmlFile)) }],
  schema: xsd.filter((f) => f.fileName === mainXsd),
  preload: xsd.filter((f) => f.fileName !== mainXsd),
  initialMemoryPages: 256 * 16, // 256 MiB: libxml2 keeps the whole tree of a 15 MB file
  maxMemoryPages: 256 * 64,
});
process.exitCode = r.valid ? 0 : 1;
