// The words the portal prints, in one place: label texts before values and table column headings, each with
// the synonyms seen in the operadoras' manuals (the seeds) and on the real pages. A pack's `portal.labels`
// adds its own synonyms in front (same keys), so a tenant that words a label differently needs no release.
import type { RulePack } from '../../../shared/rules/pack-schema.ts';
import type { PortalLabelKey } from '../../../shared/rules/portal-labels.ts';

export const DEFAULT_LABELS = {
  // Lote details (004 § Envio do lote de pagamento; 000 § Detalhes)
  loteNumero: ['Nº Lote', 'N° Lote', 'Número do Lote'],
  loteSituacao: ['Situação do Lote', 'Situação Lote'],
  loteTipoGuia: ['Tipo de Guia'],
  protocoloNumero: ['Protocolo'],
  protocoloSituacao: ['Situação Protocolo', 'Situação do Protocolo'],
  operadora: ['Operadora', 'Convênio'],
  dataInclusao: ['Data Inclusão', 'Data de Inclusão'],
  dataFechamento: ['Data Fechamento', 'Data de Fechamento'],
  enviarAte: ['Enviar Até (Calendário)', 'Enviar Até'],
  dataEnvio: ['Data Envio', 'Data de Envio'],
  canal: ['Canal'],
  valorInformado: ['Vlr. Informado', 'Vir. Informado', 'Valor Informado'],
  valorProcessado: ['Vlr. Processado', 'Vir. Processado', 'Valor Processado'],
  valorLiberado: ['Vlr. Liberado', 'Vir. Liberado', 'Valor Liberado'],
  // NOTA FISCAL block of the lote page (004 § 9.2 b) and the Nota Fiscal form (004 § 11)
  notaFiscalSituacao: ['Situação'],
  notaFiscalNumero: ['Nº Nota Fiscal', 'N° Nota Fiscal', 'Número da Nota Fiscal'],
  notaFiscalValor: ['Vlr. Nota', 'Vir. Nota', 'Valor da Nota'],
  notaFiscalSerie: ['Serie', 'Série'],
  notaFiscalEmissao: ['Emissão', 'Data de Emissão'],
  notaFiscalDocumento: ['Nº Documento', 'N° Documento'],
  notaFiscalDescricao: ['Descrição'],
  notaFiscalSituacaoEnvio: ['Situação do Envio'],
  // Recurso de glosa (002, 004 § 13)
  recursoSituacao: ['Situação do Recurso'],
  recursoDataSituacao: ['Data da Situação'],
  loteOriginal: ['Lote Original'],
  dataPagamento: ['Data de Pagamento', 'Data Pagamento'],
  valorGlosado: ['Vlr. Glosado', 'Vir. Glosado', 'Valor Glosado'],
  valorRecursado: ['Vlr. Recursado', 'Vir. Recursado', 'Vlr. Recusado', 'Vir. Recusado', 'Valor Recursado'],
  justificativa: ['Justificativa'],
  // Digitar Guia wizard (001 § Etapas 1–5)
  nomeProfissional: ['Nome do Profissional Solicitante', 'Nome do Profissional Executante', 'Nome do Profissional'],
  conselho: ['Conselho Profissional'],
  numeroConselho: ['Número Registro', 'Número no Conselho', 'Nº Registro'],
  uf: ['UF'],
  cbo: ['CBO', 'CBOS'],
  cnes: ['CNES', 'Código CNES'],
  contratadoExecutante: ['Contratado Executante'],
  dataAtendimento: ['Data do Atendimento', 'Data de Atendimento'],
  dataRealizacao: ['Data de Realização', 'Data Realização'],
  dataAutorizacao: ['Data da Autorização', 'Data Autorização'],
  // "Validade" beside the Senha on the autorização's Detalhes da Guia (004 § 6).
  dataValidadeSenha: ['Data de Validade da Senha', 'Validade da Senha', 'Validade'],
  senha: ['Senha', 'Nº Guia Operadora/Senha'],
  codigoProcedimento: ['Código do Procedimento', 'Procedimento', 'Código'],
  numeroGuia: ['Nº Guia Prestador', 'N° Guia Prestador', 'Nº Guia', 'Número da Guia no Prestador'],
  // The autorização a cobrança refers to (Passo 1: 004 § 3 "Nº Guia Prestador Ref. (Solicitação Internação ou
  // SADT)", 001 § 2.1 "Nº Guia Prestador Referenciada").
  // Odonto procedure: "Referente a" Região / Dente and which one (001 § 2.1 Etapa 3).
  referenteA: ['Referente a'],
  numeroGuiaReferenciada: [
    'Nº Guia Prestador Ref. (Solicitação Internação ou SADT)',
    'Nº Guia Prestador Referenciada',
    'Nº Guia Prestador Ref.',
    'Nº Guia Referenciada',
  ],
  tipoDocumento: ['Tipo de Documento', 'Tipo Documento', 'Tipo do Anexo'],
  // Digitar Guia → Resumo (004 § 4, § 9.2 a: Dados do Atendimento, Totais Informados)
  caraterAtendimento: ['Caráter de Atendimento', 'Caráter do Atendimento'],
  tipoAtendimento: ['Tipo de Atendimento'],
  regimeAtendimento: ['Regime de Atendimento'],
  totalGeral: ['Total Geral'],
} as const satisfies Record<string, readonly string[]>;

export const DEFAULT_HEADINGS = {
  numeroGuia: ['Nº Guia Prestador', 'N° Guia Prestador', 'Nº Guia', 'Guia'],
  dataDigitacao: ['Data Digitação', 'Data Solicit/Digitação'],
  dataAtendimento: [
    'Data Atendimento',
    'Data do Atendimento',
    'Data Realização',
    'Data de Realização',
    'Data Execução',
  ],
  tipoGuia: ['Tipo', 'Tipo de Guia'],
  procedimentos: ['Procedimentos', 'Procedimento', 'Códigos', 'Código TUSS'],
  valorInformado: ['Vlr. Informado', 'Vir. Informado', 'Valor Informado'],
  valorGlosado: ['Vlr. Glosado', 'Vir. Glosado', 'Valor Glosado'],
  valorRecursado: ['Vlr. Recursado', 'Vir. Recursado', 'Vlr. Recusado', 'Vir. Recusado', 'Valor Recursado'],
  glosas: ['Glosas', 'Código da Glosa', 'Glosa'],
  codigo: ['Código', 'Código do Procedimento'],
  numeroDocumento: ['Nº Documento', 'N° Documento'],
  tipoDocumento: ['Tipo Documento', 'Tipo de Documento', 'Descrição'],
  nomeArquivo: ['Nome do arquivo', 'Arquivo'],
  dataAnexo: ['Data do Anexo'],
  situacao: ['Situação', 'Status'],
  // Digitar Guia → Resumo procedures grid (Seq. Item, Tabela, Procedimento/Item Assistencial, Qtd. Exec., Data…)
  // The odonto wizard's Passo 3 heads it "Novo Procedimento / Item Assistencial" (001 § 2.1 Etapa 3).
  procedimentoItem: [
    'Procedimento/Item Assistencial',
    'Procedimento / Item Assistencial',
    'Novo Procedimento / Item Assistencial',
  ],
  tabela: ['Tabela'],
  dataItem: ['Data', 'Data Realização'],
  // Odonto Resumo (001 § 2.1 Etapa 6): Seq. Item | Tabela | Procedimento/Item Assistencial | Dente/Região | Face …
  denteRegiao: ['Dente/Região', 'Dente / Região'],
  valorTotalItem: ['Vlr. Inf. Total', 'Vir. Inf. Total', 'Vlr. Total Inf.', 'Vir. Total Inf.'],
  // Pesquisar Lotes (004 § 13.1; 001 § 4; 002 § 2.1)
  numeroLote: ['Nº Lote', 'N° Lote', 'Lote'],
  situacaoLote: ['Situação Lote', 'Situação do Lote'],
  dataInclusao: ['Data Inclusão', 'Data de Inclusão'],
  protocolo: ['Protocolo'],
  situacaoProtocolo: ['Situação Protocolo', 'Situação do Protocolo'],
  operadora: ['Operadora'],
  // Com falha no Envio (000 Q6)
  guiaOuLote: ['Nº Guia Prestador / Nº Lote', 'N° Guia Prestador / N° Lote'],
  motivoFalha: ['Motivo de Falha', 'Motivo da Falha'],
  // Pagamentos Pendentes and the nota fiscal (004 § 11)
  dataPagamento: ['Data Pagamento', 'Data de Pagamento'],
  valorPagamento: ['Valor Pagamento'],
  valorBase: ['Valor Base'],
  numeroNotaFiscal: ['Nº Nota Fiscal', 'N° Nota Fiscal'],
  valorNota: ['Vlr. Nota', 'Vir. Nota', 'Valor da Nota'],
} as const satisfies Record<string, readonly string[]>;

export type LabelKey = keyof typeof DEFAULT_LABELS;
export type HeadingKey = keyof typeof DEFAULT_HEADINGS;
export type LabelMap = Record<LabelKey, readonly string[]>;
export type HeadingMap = Record<HeadingKey, readonly string[]>;

// The pack schema's list of keys (shared/rules/portal-labels.ts) must be exactly these: a key added here and not
// there could not be set by a pack; one there and not here would be accepted and ignored.
type KeysDiffer = Exclude<LabelKey | HeadingKey, PortalLabelKey> | Exclude<PortalLabelKey, LabelKey | HeadingKey>;
export const portalLabelKeysAgree: [KeysDiffer] extends [never] ? true : KeysDiffer = true;

export interface PortalWords {
  labels: LabelMap;
  headings: HeadingMap;
}

/** Default words plus the pack's synonyms (a pack key may name a label or a heading). */
export function portalWords(pack?: Pick<RulePack, 'portal'>): PortalWords {
  const extra: Partial<Record<string, readonly string[]>> = pack?.portal.labels ?? {};
  const merge = <K extends string>(base: Record<K, readonly string[]>): Record<K, readonly string[]> => {
    const out = { ...base };
    for (const key of Object.keys(base) as K[]) {
      const more = extra[key];
      if (more?.length) out[key] = [...more, ...base[key]];
    }
    return out;
  };
  return {
    labels: merge<LabelKey>(DEFAULT_LABELS),
    headings: merge<HeadingKey>(DEFAULT_HEADINGS),
  };
}
