// The glosa report of one or more demonstrativos: what was lost, to which glosa codes and groups, which guias
// lost most, how long is left to appeal each protocolo (the pack's prazo-recurso-glosa rule counted from the
// payment date) and which glosas the operadora's pack marks as commonly reversed on recurso.
import { addDays, daysBetween } from '../rules/dates.ts';
import type { RulePack } from '../rules/pack-schema.ts';
import type { Demonstrativo, GlosaLida, NivelGlosa, ProtocoloLido, Valores } from './demonstrativo.ts';
import { GRUPOS, type GrupoGlosa, grupoGlosa } from './tabela38.ts';

export interface Ocorrencia {
  protocolo: string;
  lote: string;
  nivel: NivelGlosa;
  guia?: string;
  item?: { sequencial: string; codigo: string; descricao: string };
  /** One code, or the codes of a guia/protocolo that share one glosa value in the demonstrativo. */
  codigos: string[];
  motivo: string;
  grupo: GrupoGlosa;
  /** Centavos. */
  valor: number;
  reversivel: boolean;
}

export interface TotalCodigo {
  /** "1714", or "1714 + 2607" for codes that share one value. */
  chave: string;
  codigos: string[];
  motivo: string;
  grupo: GrupoGlosa;
  ocorrencias: number;
  valor: number;
  reversivel: boolean;
}

export interface PrazoProtocolo {
  protocolo: string;
  lote: string;
  situacao: string;
  dataPagamento?: string;
  dias?: number;
  dataLimite?: string;
  /** Days from today to dataLimite (negative: past). */
  restam?: number;
  estado: 'no-prazo' | 'vencido' | 'sem-data' | 'sem-regra';
}

export interface RelatorioGlosas {
  operadora: { registroANS: string; nome: string };
  pacote?: { chave: string; nome: string; versao: string };
  totais: Valores;
  protocolos: (Valores & { protocolo: string; lote: string; guias: number })[];
  porCodigo: TotalCodigo[];
  porGrupo: { grupo: GrupoGlosa; ocorrencias: number; valor: number }[];
  /** Guias with glosa, most lost first (at most 10). */
  guiasMaisGlosadas: { protocolo: string; guia: string; informado: number; glosado: number; codigos: string[] }[];
  prazos: PrazoProtocolo[];
  reversiveis: Ocorrencia[];
  ocorrencias: Ocorrencia[];
}

export interface RelatorioOptions {
  pack?: RulePack;
  /** 'YYYY-MM-DD' in São Paulo. */
  hoje: string;
  /** Payment date by protocolo, or one for all ('*'): the demonstrativo de análise de conta does not carry it. */
  pagamentos?: Record<string, string>;
}

const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

export function reversiveisDoPacote(pack: RulePack | undefined): Set<string> {
  return new Set((pack?.recursoGlosa?.modelos ?? []).filter((m) => m.reversivel).map((m) => m.codigo));
}

/**
 * Every glosa with the value it cost. Procedimento glosas carry their own value; what a guia lost beyond its
 * procedimentos goes to the guia's codes (shared when there are several), else to the protocolo's; likewise
 * for the protocolo. A value with no code at all is kept under "sem código" rather than dropped.
 */
export function ocorrenciasDe(p: ProtocoloLido, reversiveis: Set<string>): Ocorrencia[] {
  const out: Ocorrencia[] = [];
  const add = (nivel: NivelGlosa, glosas: GlosaLida[], valor: number, extra: Partial<Ocorrencia>) => {
    const codigos = glosas.length ? glosas.map((g) => g.codigo) : ['sem código'];
    const grupos = new Set(glosas.map((g) => grupoGlosa(g.codigo).id));
    out.push({
      protocolo: p.numeroProtocolo,
      lote: p.numeroLote,
      nivel,
      codigos,
      motivo: glosas.length ? glosas.map((g) => g.motivo).join(' / ') : 'glosa sem código no demonstrativo',
      grupo: glosas.length && grupos.size === 1 ? grupoGlosa(glosas[0]!.codigo) : GRUPOS[GRUPOS.length - 1]!,
      valor,
      reversivel: glosas.length > 0 && glosas.every((g) => reversiveis.has(g.codigo)),
      ...extra,
    });
  };
  let protocoloCoberto = 0;
  let protocoloUsado = false;
  for (const g of p.guias) {
    let itens = 0;
    for (const i of g.itens) {
      const item = { sequencial: i.sequencial, codigo: i.codigo, descricao: i.descricao };
      for (const gl of i.glosas) add('item', [gl], gl.valor ?? 0, { guia: g.numeroGuiaPrestador, item });
      itens += i.glosado;
    }
    const resto = Math.max(0, g.glosado - itens);
    if (g.glosas.length) add('guia', g.glosas, resto, { guia: g.numeroGuiaPrestador });
    else if (resto > 0 && p.glosas.length) {
      add('protocolo', p.glosas, resto, { guia: g.numeroGuiaPrestador });
      protocoloUsado = true;
    } else if (resto > 0) add('guia', [], resto, { guia: g.numeroGuiaPrestador });
    protocoloCoberto += g.glosado;
  }
  const resto = Math.max(0, p.glosado - protocoloCoberto);
  if (p.glosas.length && (resto > 0 || !protocoloUsado)) add('protocolo', p.glosas, resto, {});
  else if (resto > 0) add('protocolo', [], resto, {});
  return out;
}

function prazoDe(p: ProtocoloLido, opts: RelatorioOptions): PrazoProtocolo {
  const base = { protocolo: p.numeroProtocolo, lote: p.numeroLote, situacao: p.situacao };
  const regra = opts.pack?.regras.find((r) => r.kind === 'prazo-recurso-glosa' && r.enabled);
  const dias = typeof regra?.options.dias === 'number' ? regra.options.dias : undefined;
  const dataPagamento = opts.pagamentos?.[p.numeroProtocolo] ?? opts.pagamentos?.['*'];
  if (dias === undefined) return { ...base, ...(dataPagamento ? { dataPagamento } : {}), estado: 'sem-regra' };
  if (!dataPagamento) return { ...base, dias, estado: 'sem-data' };
  const dataLimite = addDays(dataPagamento, dias);
  const restam = dataLimite ? daysBetween(opts.hoje, dataLimite) : undefined;
  if (!dataLimite || restam === undefined) return { ...base, dias, estado: 'sem-data' };
  return { ...base, dataPagamento, dias, dataLimite, restam, estado: restam < 0 ? 'vencido' : 'no-prazo' };
}

function totalize(list: readonly Valores[]): Valores {
  return {
    informado: sum(list.map((v) => v.informado)),
    processado: sum(list.map((v) => v.processado)),
    liberado: sum(list.map((v) => v.liberado)),
    glosado: sum(list.map((v) => v.glosado)),
  };
}

export function relatorioGlosas(demonstrativos: readonly Demonstrativo[], opts: RelatorioOptions): RelatorioGlosas {
  const reversiveis = reversiveisDoPacote(opts.pack);
  const protocolos = demonstrativos.flatMap((d) => d.protocolos);
  const ocorrencias = protocolos.flatMap((p) => ocorrenciasDe(p, reversiveis));

  const porCodigo = new Map<string, TotalCodigo>();
  for (const o of ocorrencias) {
    const chave = o.codigos.join(' + ');
    const t = porCodigo.get(chave) ?? {
      chave,
      codigos: o.codigos,
      motivo: o.motivo,
      grupo: o.grupo,
      ocorrencias: 0,
      valor: 0,
      reversivel: o.reversivel,
    };
    t.ocorrencias++;
    t.valor += o.valor;
    porCodigo.set(chave, t);
  }
  const porGrupo = GRUPOS.map((grupo) => {
    const list = ocorrencias.filter((o) => o.grupo.id === grupo.id);
    return { grupo, ocorrencias: list.length, valor: sum(list.map((o) => o.valor)) };
  }).filter((g) => g.ocorrencias > 0);

  const guias = protocolos.flatMap((p) =>
    p.guias
      .filter((g) => g.glosado > 0)
      .map((g) => ({
        protocolo: p.numeroProtocolo,
        guia: g.numeroGuiaPrestador,
        informado: g.informado,
        glosado: g.glosado,
        codigos: [
          ...new Set(
            ocorrencias
              .filter((o) => o.protocolo === p.numeroProtocolo && o.guia === g.numeroGuiaPrestador)
              .flatMap((o) => o.codigos),
          ),
        ],
      })),
  );
  const first = demonstrativos[0];
  const pack = opts.pack;
  return {
    operadora: { registroANS: first?.registroANS ?? '', nome: first?.nomeOperadora ?? '' },
    ...(pack ? { pacote: { chave: pack.operadora.chave, nome: pack.operadora.nome, versao: pack.versao } } : {}),
    totais: totalize(demonstrativos),
    protocolos: protocolos.map((p) => ({
      protocolo: p.numeroProtocolo,
      lote: p.numeroLote,
      guias: p.guias.length,
      informado: p.informado,
      processado: p.processado,
      liberado: p.liberado,
      glosado: p.glosado,
    })),
    porCodigo: [...porCodigo.values()].sort((a, b) => b.valor - a.valor || a.chave.localeCompare(b.chave)),
    porGrupo: porGrupo.sort((a, b) => b.valor - a.valor),
    guiasMaisGlosadas: guias.sort((a, b) => b.glosado - a.glosado).slice(0, 10),
    prazos: protocolos.filter((p) => p.glosado > 0).map((p) => prazoDe(p, opts)),
    reversiveis: ocorrencias.filter((o) => o.reversivel),
    ocorrencias,
  };
}
