// Big, schema-valid TISS lotes for benchmarks and load tests, grown from the committed SP/SADT fixture
// (test/support/tiss-large-lote.ts says how).
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureBytes } from './tiss-fixtures.ts';
import { largeLoteFrom } from './tiss-large-lote.ts';

/** The SP/SADT fixture every large lote is grown from. */
export const LARGE_LOTE_TEMPLATE = 'valid/sadt-5-guias.xml';

/** A valid ISO-8859-1 SP/SADT lote of 100 guias, about `targetBytes` long. */
export function makeLargeLote(targetBytes: number): Uint8Array {
  return largeLoteFrom(fixtureBytes(LARGE_LOTE_TEMPLATE), targetBytes);
}

/** Writes the lote into the OS temp dir (never into the repo) and returns its path. */
export function writeLargeLote(targetBytes: number, name = `tiss-lote-${targetBytes}.xml`): string {
  const dir = join(tmpdir(), 'tiss-preflight-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, makeLargeLote(targetBytes));
  return path;
}
