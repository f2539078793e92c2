// What a clerk wants to see about a message before anything else: which version, transaction, prestador,
// operadora, lote, guia type and how many guias. Gathered leniently while the message is parsed (the first
// element of each name along each path, as a reader of the tree would take it): the schema validator reports
// structural problems; the summary shows whatever is there.
import type { TipoGuia } from '../rules/context.ts';
import { type ElementFrame, GUIA_ELEMENTS, isAt } from './locate.ts';
import type { TissSummary } from './report.ts';

export type MessageFacts = Pick<
  TissSummary,
  'tipoTransacao' | 'origem' | 'registroAnsDestino' | 'numeroLote' | 'tipoGuia' | 'quantidadeGuias'
>;

function textOf(el: { text: string } | undefined): string | undefined {
  const t = el?.text.trim();
  return t ? t : undefined;
}

const LOTE = ['prestadorParaOperadora', 'loteGuias'];
const RECURSO = ['prestadorParaOperadora', 'recursoGlosa', 'guiaRecursoGlosa'];

/** Fed each element as it closes; `facts()` once the message is read. */
export class MessageSummary {
  private cabecalho = false;
  private tipoTransacao: ElementFrame | undefined;
  private prestador: ElementFrame | undefined;
  private prestadorFirstChild: ElementFrame | undefined;
  private origemRegistro: ElementFrame | undefined;
  private destino: ElementFrame | undefined;
  private lote = false;
  private loteNumero: ElementFrame | undefined;
  private tipoGuia: TipoGuia | undefined;
  private guias = 0;
  private recurso = false;
  private recursoNumero: ElementFrame | undefined;
  private recursoGuias: number | undefined;

  close(el: ElementFrame): void {
    switch (el.depth) {
      case 1:
        if (isAt(el, 'cabecalho')) this.cabecalho = true;
        break;
      case 2:
        if (isAt(el, ...LOTE)) this.lote = true;
        break;
      case 3:
        if (isAt(el, 'cabecalho', 'origem', 'identificacaoPrestador')) this.prestador = el;
        else if (isAt(el, 'cabecalho', 'origem', 'registroANS')) this.origemRegistro = el;
        else if (isAt(el, 'cabecalho', 'destino', 'registroANS')) this.destino = el;
        else if (isAt(el, 'cabecalho', 'identificacaoTransacao', 'tipoTransacao')) this.tipoTransacao = el;
        else if (isAt(el, ...LOTE, 'numeroLote')) this.loteNumero = el;
        else if (isAt(el, ...RECURSO)) this.recurso = true;
        break;
      case 4: {
        const parent = el.parent!;
        if (parent.name === 'guiasTISS' && isAt(parent, ...LOTE, 'guiasTISS')) {
          const t = GUIA_ELEMENTS[el.name];
          if (t) {
            this.tipoGuia ??= t;
            this.guias++;
          }
        } else if (
          el.index === 1 &&
          parent.childNameList()[0] === el.name &&
          isAt(parent, 'cabecalho', 'origem', 'identificacaoPrestador')
        ) {
          this.prestadorFirstChild = el;
        } else if (isAt(el, ...RECURSO, 'numeroLote')) this.recursoNumero = el;
        else if (isAt(el, ...RECURSO, 'opcaoRecurso')) this.recursoGuias = el.countOf('recursoGuia');
        break;
      }
    }
  }

  facts(): MessageFacts {
    const out: MessageFacts = {};
    if (this.cabecalho) {
      out.tipoTransacao = textOf(this.tipoTransacao);
      // origem is either the prestador (code, CNPJ or CPF: the one child present) or an operadora's registroANS.
      out.origem = textOf(this.prestador && this.prestadorFirstChild) ?? textOf(this.origemRegistro);
      out.registroAnsDestino = textOf(this.destino);
    }
    if (this.lote) {
      out.numeroLote = textOf(this.loteNumero);
      out.tipoGuia = this.tipoGuia;
      out.quantidadeGuias = this.guias;
    }
    if (this.recurso) {
      out.numeroLote = textOf(this.recursoNumero);
      out.tipoGuia = 'recurso-glosa';
      // The guias under appeal (recursoGuia), which is what the clerk counts; a recurso of the whole protocolo has none.
      out.quantidadeGuias = this.recursoGuias ?? 0;
    }
    for (const k of Object.keys(out) as (keyof MessageFacts)[]) if (out[k] === undefined) delete out[k];
    return out;
  }
}
