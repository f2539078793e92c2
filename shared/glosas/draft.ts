// The recurso draft: per protocolo, one line per thing the portal lets the clerk appeal (the protocolo, a
// guia, a procedimento), with Vlr. Recursado (default: Vlr. Glosado, never above it) and a justificativa per
// glosa code suggested from the pack's template. The clerk reviews and edits every line; nothing is sent.
import { formatDateBr } from '../rules/dates.ts';
import type { RulePack } from '../rules/pack-schema.ts';
import type { Demonstrativo, GlosaLida, GuiaLida, ItemLido, NivelGlosa, ProtocoloLido } from './demonstrativo.ts';
import { reais } from './money.ts';
import { fillTemplate, JUSTIFICATIVA_MAX, type JustificativaPlaceholder } from './template.ts';

export interface JustificativaRascunho {
  codigo: string;
  motivo: string;
  texto: string;
  /** The suggestion came from a neutral template (no manual supports it): the clerk must complete it. */
  neutro: boolean;
  /** Centavos glosados under this code, where the demonstrativo says (procedimento level). */
  valorGlosado?: number;
}

export interface AlvoRecurso {
  /** Stable id: "protocolo/guia/sequencial" (or shorter for guia/protocolo lines). */
  chave: string;
  nivel: NivelGlosa;
  guia?: string;
  guiaOperadora?: string;
  senha?: string;
  item?: Pick<ItemLido, 'sequencial' | 'dataRealizacao' | 'tabela' | 'codigo' | 'descricao' | 'grauParticipacao'>;
  valorGlosado: number;
  valorRecursado: number;
  justificativas: JustificativaRascunho[];
  /** The clerk appeals this line. */
  incluir: boolean;
}

export interface RascunhoRecurso {
  protocolo: string;
  lote: string;
  registroANS: string;
  nomeOperadora: string;
  contratado: Demonstrativo['contratado'];
  /** From the pack: 'xml' (download a recursoGlosa message) or 'portal' (fill the form); unknown without a pack. */
  envio?: 'xml' | 'portal';
  alvos: AlvoRecurso[];
}

function sugestao(
  pack: RulePack | undefined,
  g: GlosaLida,
  valores: Partial<Record<JustificativaPlaceholder, string>>,
): Pick<JustificativaRascunho, 'texto' | 'neutro'> {
  const config = pack?.recursoGlosa;
  const modelo = config?.modelos.find((m) => m.codigo === g.codigo) ?? config?.modeloPadrao;
  if (!modelo) return { texto: '', neutro: true };
  const texto = fillTemplate(modelo.justificativa, { ...valores, codigoGlosa: g.codigo, motivo: g.motivo });
  return { texto: texto.slice(0, JUSTIFICATIVA_MAX), neutro: modelo.neutro };
}

function valoresDe(p: ProtocoloLido, g?: GuiaLida, i?: ItemLido, glosado?: number) {
  const referencia = i
    ? `guia ${g?.numeroGuiaPrestador}, procedimento ${i.codigo}`
    : g
      ? `guia ${g.numeroGuiaPrestador}`
      : `protocolo ${p.numeroProtocolo}`;
  const base = i ?? g ?? p;
  return {
    referencia,
    lote: p.numeroLote,
    protocolo: p.numeroProtocolo,
    ...(g ? { guia: g.numeroGuiaPrestador, guiaOperadora: g.numeroGuiaOperadora ?? '' } : {}),
    ...(i
      ? {
          procedimento: i.codigo,
          descricaoProcedimento: i.descricao,
          dataRealizacao: i.dataRealizacao ? formatDateBr(i.dataRealizacao) : '',
        }
      : {}),
    valorInformado: reais(base.informado),
    valorLiberado: reais(base.liberado),
    valorGlosado: reais(glosado ?? base.glosado),
  };
}

function rascunhoDe(d: Demonstrativo, p: ProtocoloLido, pack: RulePack | undefined): RascunhoRecurso {
  const alvos: AlvoRecurso[] = [];
  const justificar = (glosas: GlosaLida[], valores: ReturnType<typeof valoresDe>) =>
    glosas.map((g) => ({
      codigo: g.codigo,
      motivo: g.motivo,
      ...sugestao(pack, g, valores),
      ...(g.valor !== undefined ? { valorGlosado: g.valor } : {}),
    }));
  let coberto = 0;
  for (const g of p.guias) {
    const guia = {
      guia: g.numeroGuiaPrestador,
      ...(g.numeroGuiaOperadora ? { guiaOperadora: g.numeroGuiaOperadora } : {}),
      ...(g.senha ? { senha: g.senha } : {}),
    };
    let itens = 0;
    for (const i of g.itens) {
      if (!i.glosas.length || i.glosado <= 0) continue;
      const { sequencial, dataRealizacao, tabela, codigo, descricao, grauParticipacao } = i;
      alvos.push({
        chave: `${p.numeroProtocolo}/${g.numeroGuiaPrestador}/${sequencial}`,
        nivel: 'item',
        ...guia,
        item: {
          sequencial,
          dataRealizacao,
          tabela,
          codigo,
          descricao,
          ...(grauParticipacao ? { grauParticipacao } : {}),
        },
        valorGlosado: i.glosado,
        valorRecursado: i.glosado,
        justificativas: justificar(i.glosas, valoresDe(p, g, i)),
        incluir: true,
      });
      itens += i.glosado;
    }
    const resto = Math.max(0, g.glosado - itens);
    if (g.glosas.length && resto > 0) {
      alvos.push({
        chave: `${p.numeroProtocolo}/${g.numeroGuiaPrestador}`,
        nivel: 'guia',
        ...guia,
        valorGlosado: resto,
        valorRecursado: resto,
        justificativas: justificar(g.glosas, valoresDe(p, g, undefined, resto)),
        // A guia with its procedimentos already appealed one by one: the XML takes one or the other per guia.
        incluir: itens === 0,
      });
      coberto += resto;
    }
    coberto += itens;
  }
  const resto = Math.max(0, p.glosado - coberto);
  if (p.glosas.length && resto > 0) {
    alvos.push({
      chave: p.numeroProtocolo,
      nivel: 'protocolo',
      valorGlosado: resto,
      valorRecursado: resto,
      justificativas: justificar(p.glosas, valoresDe(p, undefined, undefined, resto)),
      incluir: alvos.length === 0,
    });
  }
  return {
    protocolo: p.numeroProtocolo,
    lote: p.numeroLote,
    registroANS: d.registroANS,
    nomeOperadora: d.nomeOperadora,
    contratado: d.contratado,
    ...(pack?.recursoGlosa ? { envio: pack.recursoGlosa.envio } : {}),
    alvos,
  };
}

/** One draft per protocolo that has something to appeal. */
export function criarRascunhos(demonstrativos: readonly Demonstrativo[], pack?: RulePack): RascunhoRecurso[] {
  return demonstrativos
    .flatMap((d) => d.protocolos.map((p) => rascunhoDe(d, p, pack)))
    .filter((r) => r.alvos.length > 0);
}

export type Alteracao = { ok: true; alvo: AlvoRecurso } | { ok: false; motivo: string };

/** Sets Vlr. Recursado (centavos); above Vlr. Glosado or negative is refused, the line stays as it was. */
export function definirValorRecursado(alvo: AlvoRecurso, centavos: number): Alteracao {
  if (!Number.isInteger(centavos) || centavos < 0)
    return { ok: false, motivo: 'Informe um valor em reais, como 80,00.' };
  if (centavos > alvo.valorGlosado)
    return {
      ok: false,
      motivo: `O Vlr. Recursado (${reais(centavos)}) não pode passar do Vlr. Glosado (${reais(alvo.valorGlosado)}).`,
    };
  return { ok: true, alvo: { ...alvo, valorRecursado: centavos } };
}
