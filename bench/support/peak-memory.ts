// Child process of bench/xml.bench.ts: validates one file once and prints the process's peak resident memory
// (Linux VmHWM, the kernel's high-water mark, so nothing is missed between samples) before and after.
import { readFileSync } from 'node:fs';
import { validateTiss } from '../../shared/tiss/index.ts';

function peakKb(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) : Number.NaN;
}

const file = process.argv[2];
if (!file) throw new Error('usage: peak-memory.ts <file.xml>');
const baselineKb = peakKb();
// A Buffer is a Uint8Array: passed as is, no copy (a copy would double the input in the figure).
const bytes: Uint8Array = readFileSync(file);
const report = validateTiss(bytes);
process.stdout.write(`${JSON.stringify({ baselineKb, peakKb: peakKb(), valido: report.valido })}\n`);
