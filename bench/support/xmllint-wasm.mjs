// xmllint-wasm's validation of one XML against a folder of XSDs, shared by bench/xml.bench.ts (in its own
// process) and xmllint-wasm-validate.mjs (a process of its own). Plain JavaScript: that process runs it under
// bare Node.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** Every .xsd of a folder, read once, as xmllint-wasm takes them. */
export function readXsdFolder(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xsd'))
    .map((fileName) => ({ fileName, contents: new Uint8Array(readFileSync(join(dir, fileName))) }));
}

/** Validates the file at `xmlPath` against `mainXsd`, the folder's other XSDs preloaded for its includes. */
export function validateWithWasm(xsdFiles, mainXsd, xmlPath) {
  return validateXML({
    xml: [{ fileName: 'lote.xml', contents: new Uint8Array(readFileSync(xmlPath)) }],
    schema: xsdFiles.filter((f) => f.fileName === mainXsd),
    preload: xsdFiles.filter((f) => f.fileName !== mainXsd),
    initialMemoryPages: 256 * 16, // 256 MiB: libxml2 keeps the whole tree of a 15 MB file
    maxMemoryPages: 256 * 64,
  });
}
