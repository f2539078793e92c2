// xmllint-wasm as a whole process, for bench/xml.bench.ts to time next to `tiss-preflight validate` and native
// `xmllint --schema`: node xmllint-wasm-validate.mjs <xsd dir> <main xsd> <file.xml>; exit 0 when it validates.
// Plain JavaScript so the process pays Node's start and the wasm module's, nothing of tsx.
import { readXsdFolder, validateWithWasm } from './xmllint-wasm.mjs';

const [xsdDir, mainXsd, xmlFile] = process.argv.slice(2);
const r = await validateWithWasm(readXsdFolder(xsdDir), mainXsd, xmlFile);
process.exitCode = r.valid ? 0 : 1;
