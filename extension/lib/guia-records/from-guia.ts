// Between the rule context's Guia (what the XML engine and the adapter read) and the kept record: only the
// billing facts go in; on the lote page a record gives back the facts the page does not show.
import type { Autorizacao, Guia } from '../../../shared/rules/context.ts';
import type { RulePack } from '../../../shared/rules/pack-schema.ts';
import type { GuiaRecord, GuiaRecordInput } from './schema.ts';

/** The key records are kept under: the operadora of the pack that checks them (registro ANS, else pack key). */
export function operadoraDoPack(pack: Pick<RulePack, 'operadora'>): string {
  return pack.operadora.registroAns ?? pack.operadora.chave;
}

/**
 * Stands for "a senha may exist, we were not told": a guia typed in Digitar Guia (no senha field there) must
 * not be reported as missing its senha. Kept in memory only, never shown.
 */
export const SENHA_NAO_CONHECIDA = '(senha não conhecida)';

export function recordInputFromGuia(
  guia: Guia,
  operadora: string,
  origem: GuiaRecordInput['origem'],
  senhaConhecida = origem === 'xml',
): GuiaRecordInput {
  const procedimentos = guia.procedimentos.map((p) => ({
    codigo: p.codigo,
    // Table 22 (TUSS procedimentos) is the common case and what an absent table means to the categories.
    ...(p.tabela && p.tabela !== '22' ? { tabela: p.tabela } : {}),
    ...(p.dataRealizacao ? { data: p.dataRealizacao } : {}),
    ...(p.dente ? { dente: p.dente } : {}),
    ...(p.regiao ? { regiao: p.regiao } : {}),
    ...(p.face ? { face: p.face } : {}),
  }));
  // Field by field on purpose: beneficiario/profissional (and names, carteiras) never reach storage.
  return {
    operadora,
    numero: guia.numero,
    procedimentos,
    origem,
    ...(guia.tipo ? { tipo: guia.tipo } : {}),
    ...(guia.dataAtendimento ? { dataAtendimento: guia.dataAtendimento } : {}),
    ...(senhaConhecida ? { senha: !!guia.senha?.trim() } : {}),
    ...(guia.dataAutorizacao ? { dataAutorizacao: guia.dataAutorizacao } : {}),
    ...(guia.dataValidadeSenha ? { dataValidadeSenha: guia.dataValidadeSenha } : {}),
    ...(guia.caraterAtendimento ? { caraterAtendimento: guia.caraterAtendimento } : {}),
    ...(guia.tipoAtendimento ? { tipoAtendimento: guia.tipoAtendimento } : {}),
    ...(guia.regimeAtendimento ? { regimeAtendimento: guia.regimeAtendimento } : {}),
    ...(guia.regimeInternacao ? { regimeInternacao: guia.regimeInternacao } : {}),
    ...(guia.outrasDespesas.length ? { outrasDespesas: guia.outrasDespesas } : {}),
    ...(guia.valorTotal !== undefined ? { valorTotal: guia.valorTotal } : {}),
  };
}

/** What an autorização's Detalhes da Guia shows of its senha (004 § 6), kept for the cobrança that references it. */
export function recordInputFromAutorizacao(a: Autorizacao & { numero: string }, operadora: string): GuiaRecordInput {
  return {
    operadora,
    numero: a.numero,
    procedimentos: [],
    origem: 'autorizacao',
    ...(a.senha !== undefined ? { senha: a.senha } : {}),
    ...(a.dataAutorizacao ? { dataAutorizacao: a.dataAutorizacao } : {}),
    ...(a.dataValidadeSenha ? { dataValidadeSenha: a.dataValidadeSenha } : {}),
  };
}

/**
 * A cobrança typed in Digitar Guia, which shows no senha (001 § 2.1), completed with the senha facts of the
 * autorização it references (Nº Guia Prestador Ref.), so the lote page can check its validade.
 */
export function withAutorizacao(input: GuiaRecordInput, autorizacao: GuiaRecord): GuiaRecordInput {
  return {
    ...input,
    ...(autorizacao.senha !== undefined ? { senha: autorizacao.senha } : {}),
    ...(autorizacao.dataAutorizacao ? { dataAutorizacao: autorizacao.dataAutorizacao } : {}),
    ...(autorizacao.dataValidadeSenha ? { dataValidadeSenha: autorizacao.dataValidadeSenha } : {}),
  };
}

/** The page's guia (number, values, anexos) completed with the kept facts. The page wins where it shows a fact. */
export function joinGuia(page: Guia, record: GuiaRecord): Guia {
  return {
    ...page,
    tipo: page.tipo ?? record.tipo,
    dataAtendimento: page.dataAtendimento ?? record.dataAtendimento,
    // The record's own list (read from storage as the rules want it): no copy per lote row.
    procedimentos: page.procedimentos.length ? page.procedimentos : record.procedimentos,
    senha: page.senha ?? (record.senha === undefined ? SENHA_NAO_CONHECIDA : record.senha ? 'informada' : undefined),
    dataAutorizacao: page.dataAutorizacao ?? record.dataAutorizacao,
    dataValidadeSenha: page.dataValidadeSenha ?? record.dataValidadeSenha,
    caraterAtendimento: page.caraterAtendimento ?? record.caraterAtendimento,
    tipoAtendimento: page.tipoAtendimento ?? record.tipoAtendimento,
    regimeAtendimento: page.regimeAtendimento ?? record.regimeAtendimento,
    regimeInternacao: page.regimeInternacao ?? record.regimeInternacao,
    outrasDespesas: page.outrasDespesas.length ? page.outrasDespesas : (record.outrasDespesas ?? []),
    valorTotal: page.valorTotal ?? record.valorTotal,
  };
}
