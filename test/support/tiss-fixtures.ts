// Reads the committed TISS fixtures (test/fixtures/tiss, byte-exact copies) and their MANIFEST.
import { readFileSync } from 'node:fs';

const dir = new URL('../fixtures/tiss/', import.meta.url);

export interface ManifestEntry {
  file: string;
  kind: 'valid' | 'invalid';
  tipoTransacao: string | null;
  guiaType: string | null;
  guias: number;
  registroANS: string | null;
  padrao: string | null;
  encoding: string;
  bytes: number;
  xmllint: { expected: 'pass' | 'fail'; exitCode: number; firstError: string | null };
  hash: { status: 'ok' | 'bad' | 'n/a'; value: string | null; correct?: string };
  defect: string | null;
}

export function manifest(): ManifestEntry[] {
  return (JSON.parse(readFileSync(new URL('MANIFEST.json', dir), 'utf8')) as { files: ManifestEntry[] }).files;
}

export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(file, dir)));
}

export function fixturePath(file: string): string {
  return new URL(file, dir).pathname;
}
