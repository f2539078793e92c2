// Which pack categories a guia falls in: by procedure code (exact, range, prefix) or by guia-level facts
// (tipo de guia, tipo de atendimento, regime de internação, caráter, outras despesas, tabela).
import type { Guia } from './context.ts';
import type { Categoria, CodigoCriterio } from './pack-schema.ts';

export function codigoMatches(criterio: CodigoCriterio, codigo: string): boolean {
  if ('codigo' in criterio) return criterio.codigo === codigo;
  if ('prefixo' in criterio) return codigo.startsWith(criterio.prefixo);
  return codigo.length === criterio.de.length && codigo >= criterio.de && codigo <= criterio.ate;
}

/** 1-based items of the guia whose code is in the category (empty when none). */
export function itensDaCategoria(categoria: Categoria, guia: Guia): number[] {
  const out: number[] = [];
  guia.procedimentos.forEach((p, i) => {
    // Category codes are TUSS Tabela 22 (procedimentos); a material (19) or drug (20) code can look alike.
    if (p.tabela !== undefined && p.tabela !== '22') return;
    if (
      categoria.codigos.some((c) => codigoMatches(c, p.codigo)) &&
      !categoria.excluir.some((c) => codigoMatches(c, p.codigo))
    )
      out.push(p.item ?? i + 1);
  });
  return out;
}

function guiaCriterioMatches(categoria: Categoria, guia: Guia): boolean {
  const g = categoria.guia;
  if (!g) return false;
  const has = (list: string[] | undefined, value: string | undefined) =>
    !!list && value !== undefined && list.includes(value);
  return (
    (!!g.tipos && !!guia.tipo && g.tipos.includes(guia.tipo)) ||
    has(g.tipoAtendimento, guia.tipoAtendimento) ||
    has(g.regimeInternacao, guia.regimeInternacao) ||
    has(g.regimeAtendimento, guia.regimeAtendimento) ||
    has(g.caraterAtendimento, guia.caraterAtendimento) ||
    (!!g.outrasDespesas && guia.outrasDespesas.some((d) => g.outrasDespesas!.includes(d))) ||
    (!!g.tabelas && guia.procedimentos.some((p) => p.tabela !== undefined && g.tabelas!.includes(p.tabela)))
  );
}

export function guiaNaCategoria(categoria: Categoria, guia: Guia): boolean {
  return guiaCriterioMatches(categoria, guia) || itensDaCategoria(categoria, guia).length > 0;
}
