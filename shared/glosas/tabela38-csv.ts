// Reads the committed Tabela 38 CSV (code,description,group,group_source; RFC 4180 quoting) into
// code → [description, Tabela 38 block group]. Used by the generator and by the test that keeps the JSON in step.
export type Tabela38 = Record<string, [descricao: string, grupo: string]>;

function fields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      out.push(value);
      i++; // the comma
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

export function tabela38FromCsv(csv: string): Tabela38 {
  const table: Tabela38 = {};
  for (const line of csv.split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [code, descricao = '', grupo = ''] = fields(line);
    if (code) table[code] = [descricao, grupo];
  }
  return table;
}
