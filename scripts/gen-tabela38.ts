// Writes shared/glosas/tabela38.generated.json from data/tiss-tables/glosa-motivos.csv (TUSS Tabela 38, motivos de
// glosa), so the extension, the worker and the CLI read the table without a CSV parser or file access.
// Run after the CSV changes: npx tsx scripts/gen-tabela38.ts (a test fails while they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tabela38FromCsv } from '../shared/glosas/tabela38-csv.ts';

const root = join(import.meta.dirname, '..');
const csv = readFileSync(join(root, 'data/tiss-tables/glosa-motivos.csv'), 'utf8');
writeFileSync(
  join(root, 'shared/glosas/tabela38.generated.json'),
  `${JSON.stringify(tabela38FromCsv(csv), null, 2)}\n`,
);
console.log('shared/glosas/tabela38.generated.json escrito.');
