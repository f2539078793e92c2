// What a clerk wants to see about a message before anything else: which version, transaction, prestador,
// operadora, lote, guia type and how many guias. Read leniently from the parsed document: the schema
// validator reports structural problems; the summary shows whatever is there.
import type { TipoGuia } from '../rules/context.ts';
import { childAt, childNamed, GUIA_ELEMENTS } from './locate.ts';
import type { TissSummary } from './report.ts';
import type { XmlDocument } from './xml-tree.ts';

type MessageFacts = Pick<
  TissSummary,
  'tipoTransacao' | 'origem' | 'registroAnsDestino' | 'numeroLote' | 'tipoGuia' | 'quantidadeGuias'
>;

function textOf(el: { text: string } | undefined): string | undefined {
  const t = el?.text.trim();
  return t ? t : undefined;
}

export function summarizeMessage(doc: XmlDocument): MessageFacts {
  const root = doc.root;
  const cabecalho = childNamed(root, 'cabecalho');
  const out: MessageFacts = {};
  if (cabecalho) {
    out.tipoTransacao = textOf(childAt(cabecalho, 'identificacaoTransacao', 'tipoTransacao'));
    const origem = childNamed(cabecalho, 'origem');
    // origem is either the prestador (code, CNPJ or CPF: the one child present) or an operadora's registroANS.
    const prestador = origem && childNamed(origem, 'identificacaoPrestador');
    out.origem = textOf(prestador?.children[0]) ?? textOf(origem && childNamed(origem, 'registroANS'));
    out.registroAnsDestino = textOf(childAt(cabecalho, 'destino', 'registroANS'));
  }
  const lote = childAt(root, 'prestadorParaOperadora', 'loteGuias');
  if (lote) {
    out.numeroLote = textOf(childNamed(lote, 'numeroLote'));
    const guias = childNamed(lote, 'guiasTISS')?.children ?? [];
    let tipo: TipoGuia | undefined;
    let count = 0;
    for (const g of guias) {
      const t = GUIA_ELEMENTS[g.name];
      if (!t) continue;
      tipo ??= t;
      count++;
    }
    out.tipoGuia = tipo;
    out.quantidadeGuias = count;
  }
  const recurso = childAt(root, 'prestadorParaOperadora', 'recursoGlosa', 'guiaRecursoGlosa');
  if (recurso) {
    out.numeroLote = textOf(childNamed(recurso, 'numeroLote'));
    out.tipoGuia = 'recurso-glosa';
    // The guias under appeal (recursoGuia), which is what the clerk counts; a recurso of the whole protocolo has none.
    out.quantidadeGuias =
      childNamed(recurso, 'opcaoRecurso')?.children.filter((c) => c.name === 'recursoGuia').length ?? 0;
  }
  for (const k of Object.keys(out) as (keyof MessageFacts)[]) if (out[k] === undefined) delete out[k];
  return out;
}
