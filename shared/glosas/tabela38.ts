// TUSS Tabela 38 (motivos de glosa) and the report's groups, both data: tabela38.generated.json comes from
// data/tiss-tables/glosa-motivos.csv (scripts/gen-tabela38.ts), grupos.json maps codes to what a clerk can act on.
import grupos from './grupos.json';
import tabela from './tabela38.generated.json';

const table = tabela as unknown as Record<string, [string, string]>;

export interface GrupoGlosa {
  id: string;
  nome: string;
}

/** The Tabela 38 description of a code, or undefined when the code is not in the table. */
export function motivoGlosa(codigo: string): string | undefined {
  return table[codigo]?.[0];
}

const byCode = new Map<string, GrupoGlosa>();
for (const g of grupos.grupos) for (const c of g.codigos ?? []) byCode.set(c, { id: g.id, nome: g.nome });

export function grupoGlosa(codigo: string): GrupoGlosa {
  const listed = byCode.get(codigo);
  if (listed) return listed;
  const bloco = table[codigo]?.[1];
  const g = bloco ? grupos.grupos.find((x) => x.tabela38?.includes(bloco)) : undefined;
  return g ? { id: g.id, nome: g.nome } : grupos.outros;
}

/** Every group in report order (outros last). */
export const GRUPOS: readonly GrupoGlosa[] = [...grupos.grupos.map(({ id, nome }) => ({ id, nome })), grupos.outros];
