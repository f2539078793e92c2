// The normalised facts a rule sees. Two producers fill it: the TISS engine (from a parsed XML message) and
// the extension's portal adapter (from what a Conecta page shows). Every fact is optional: a rule declares
// the facts it needs and the engine runs it only when they are present.
// Dates are calendar dates 'YYYY-MM-DD' (America/Sao_Paulo); amounts are numbers in reais.
import * as z from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'data no formato AAAA-MM-DD');

export const tipoGuiaSchema = z.enum([
  'consulta',
  'sp-sadt',
  'resumo-internacao',
  'honorarios',
  'odonto',
  'recurso-glosa',
]);
export type TipoGuia = z.infer<typeof tipoGuiaSchema>;

export const anexoSchema = z.object({
  /** Document type as the portal lists it, e.g. "04-INDICACAO CLINICA". */
  tipo: z.string(),
  nome: z.string().optional(),
  /** Bytes. */
  tamanho: z.number().nonnegative().optional(),
  /** "Envio Pendente", "Enviado", … */
  situacao: z.string().optional(),
  /** Guia the document belongs to, when it is attached per guia. */
  guia: z.string().optional(),
  /** "Nº Documento" in the anexos grid (004 § 9.2 b; 000 Q1). */
  numero: z.string().optional(),
  /** "Data do Anexo". */
  data: isoDate.optional(),
  /** Lote the document belongs to ("Com falha no Envio" lists "Nº Guia Prestador / Nº Lote", 000 Q6). */
  lote: z.string().optional(),
  /** "Motivo de Falha" (000 Q6). */
  motivoFalha: z.string().optional(),
});
export type Anexo = z.infer<typeof anexoSchema>;

export const procedimentoSchema = z.object({
  /** 1-based position in the guia (sequencialItem when the XML gives it). */
  item: z.number().int().positive().optional(),
  codigo: z.string(),
  /** dm_tabela code ("22" = TUSS procedimentos). */
  tabela: z.string().optional(),
  descricao: z.string().optional(),
  dataRealizacao: isoDate.optional(),
  quantidade: z.number().optional(),
  valorTotal: z.number().optional(),
  /** Odontologia. */
  dente: z.string().optional(),
  regiao: z.string().optional(),
  face: z.string().optional(),
});
export type Procedimento = z.infer<typeof procedimentoSchema>;

export const guiaSchema = z.object({
  /** numeroGuiaPrestador (or the portal's "Nº Guia"). */
  numero: z.string(),
  tipo: tipoGuiaSchema.optional(),
  dataAtendimento: isoDate.optional(),
  dataAutorizacao: isoDate.optional(),
  dataValidadeSenha: isoDate.optional(),
  senha: z.string().optional(),
  /** dm_caraterAtendimento: "1" eletiva, "2" urgência/emergência. */
  caraterAtendimento: z.string().optional(),
  /** dm_tipoAtendimento (e.g. "10" TRS/hemodiálise). */
  tipoAtendimento: z.string().optional(),
  /** dm_regimeInternacao (e.g. "3" domiciliar). */
  regimeInternacao: z.string().optional(),
  /** dm_regimeAtendimento ("01" ambulatorial, "02" domiciliar, "03" internação, "04" pronto socorro). */
  regimeAtendimento: z.string().optional(),
  /** Opaque keys used only in memory to compare guias (retorno); never stored or sent. */
  beneficiario: z.string().optional(),
  profissional: z.string().optional(),
  procedimentos: z.array(procedimentoSchema).default([]),
  /** dm_outrasDespesas codes present (e.g. "08" OPME). */
  outrasDespesas: z.array(z.string()).default([]),
  anexos: z.array(anexoSchema).default([]),
  valorTotal: z.number().optional(),
  /** 1-based line of the guia in the XML, for findings. */
  line: z.number().int().positive().optional(),
});
export type Guia = z.infer<typeof guiaSchema>;

/** The operadora as a page prints it: "PASA | 331988", "IPAM - ANS nº 999991", "IPAM - ANS nº 99999-1". */
export const operadoraInfoSchema = z.object({
  /** The text as printed. */
  texto: z.string().optional(),
  /** The name part ("PASA", "MediBenner"). */
  nome: z.string().optional(),
  /** 6-digit registro ANS, when the text has one ("99999-1" → "999991"). */
  registroAns: z.string().optional(),
});
export type OperadoraInfo = z.infer<typeof operadoraInfoSchema>;

/**
 * A nota fiscal: the lote page's NOTA FISCAL block (004 § 9.2 b: Situação, Nº Nota Fiscal, Vlr. Nota, Emissão,
 * Nº Documento, Descrição, Situação do Envio), a row of the NOTAS FISCAIS grid or the "Nota Fiscal" form of
 * the Pagamentos Pendentes flow (004 § 11: Nº Nota Fiscal, Serie, Vlr. Nota, Emissão; Status).
 */
export const notaFiscalSchema = z.object({
  /** Lote page: "Situação" ("Não exigida", …). */
  situacao: z.string().optional(),
  numero: z.string().optional(),
  serie: z.string().optional(),
  /** Vlr. Nota, reais. */
  valor: z.number().optional(),
  /** Valor Base of the payment prévia (004 § 11: Vlr. Nota must equal it). */
  valorBase: z.number().optional(),
  emissao: isoDate.optional(),
  /** Lote page: Nº Documento / Descrição / Situação do Envio of the NF's document. */
  documento: z.string().optional(),
  descricao: z.string().optional(),
  situacaoEnvio: z.string().optional(),
  /** NOTAS FISCAIS grid "Status": empty once saved, "Em Análise" after "Enviar Nota Fiscal". */
  status: z.string().optional(),
});
export type NotaFiscal = z.infer<typeof notaFiscalSchema>;

export const loteSchema = z.object({
  numero: z.string().optional(),
  /** "Aberto", "Fechado (envio pendente)", "Enviando", "Enviado à operadora", … */
  situacao: z.string().optional(),
  tipoGuia: tipoGuiaSchema.optional(),
  /** As the portal states it ("Este lote já possui N guia(s)") or as counted in the XML. */
  quantidadeGuias: z.number().int().nonnegative().optional(),
  protocolo: z.object({ numero: z.string().optional(), situacao: z.string().optional() }).optional(),
  anexos: z.array(anexoSchema).default([]),
  notaFiscal: notaFiscalSchema.optional(),
  // Header dates of the lote page (004 § 9.2 b "Detalhes"; 001 § 3, § 6).
  dataInclusao: isoDate.optional(),
  dataFechamento: isoDate.optional(),
  /** "Enviar Até (Calendário)": the operadora's deadline for sending this lote. */
  enviarAte: isoDate.optional(),
  dataEnvio: isoDate.optional(),
  /** "Data Pagamento": set once the protocolo is Faturado (001 § 6); the recurso deadline counts from it. */
  dataPagamento: isoDate.optional(),
  operadora: operadoraInfoSchema.optional(),
  /** "Canal" ("Portal Conecta"). */
  canal: z.string().optional(),
  valorInformado: z.number().optional(),
  valorProcessado: z.number().optional(),
  valorGlosado: z.number().optional(),
  valorLiberado: z.number().optional(),
});
export type Lote = z.infer<typeof loteSchema>;

/** A row of Pesquisar Lotes (004 § 13.1; 002 § 2.1): what the grid shows of each lote. */
export const loteResumoSchema = z.object({
  numero: z.string(),
  /** "Situação Lote" as printed ("Aberto", "Fechado (envio pendente)", "Enviando", …). */
  situacao: z.string().optional(),
  /** "Data Inclusão": the only date the grid shows. */
  dataInclusao: isoDate.optional(),
  protocolo: z.string().optional(),
  situacaoProtocolo: z.string().optional(),
  tipoGuia: tipoGuiaSchema.optional(),
  /** "Operadora" cell as printed (a name, e.g. "IPAM"). */
  operadora: z.string().optional(),
});
export type LoteResumo = z.infer<typeof loteResumoSchema>;

/** Pagamentos Pendentes (004 § 11): the payment awaiting a nota fiscal, its prévia and its notas. */
export const pagamentoSchema = z.object({
  dataPagamento: isoDate.optional(),
  /** "Aguardando Nota Fiscal", "Em Análise". */
  status: z.string().optional(),
  /** "Valor Pagamento". */
  valor: z.number().optional(),
  /** "Valor Base" of the Prévia de Pagamento (BASES grid), when the prévia is open. */
  valorBase: z.number().optional(),
  /** Rows of the NOTAS FISCAIS grid. */
  notasFiscais: z.array(notaFiscalSchema).default([]),
  /** The "Nota Fiscal" form while it is open (Nº Nota Fiscal, Serie, Vlr. Nota, Emissão). */
  notaEmEdicao: notaFiscalSchema.optional(),
});
export type Pagamento = z.infer<typeof pagamentoSchema>;

export const recursoItemSchema = z.object({
  guia: z.string().optional(),
  item: z.number().int().positive().optional(),
  codigoGlosa: z.string().optional(),
  valorGlosado: z.number().optional(),
  valorRecursado: z.number().optional(),
  justificativa: z.string().optional(),
});

export const recursoSchema = z.object({
  protocoloSituacao: z.string().optional(),
  /** The recurso page's "Data de Pagamento" (empty on the pages 002 § 2.3 and 004 § 13.7 show). */
  dataPagamento: isoDate.optional(),
  /** Header of the recurso page (004 § 13.7; 002 § 2.3). "Nº Guia Prestador" there is the recurso's number. */
  numero: z.string().optional(),
  /** "Situação do Recurso": "Não enviado", "Enviando", "Enviado". */
  situacao: z.string().optional(),
  dataInclusao: isoDate.optional(),
  dataSituacao: isoDate.optional(),
  dataEnvio: isoDate.optional(),
  loteOriginal: z.string().optional(),
  operadora: operadoraInfoSchema.optional(),
  itens: z.array(recursoItemSchema).default([]),
});

/** A file the user is about to send, before the portal gets it. */
export const arquivoSchema = z.object({
  destino: z.enum(['anexo-lote', 'anexo-recurso', 'anexo-nota-fiscal', 'upload-xml']),
  nome: z.string(),
  tamanho: z.number().nonnegative(),
});

/** What the user is about to do on the page; lets situação rules speak before the click does harm. */
export const acaoSchema = z.enum([
  'incluir-anexo',
  'adicionar-guia',
  'editar-guia',
  'fechar-lote',
  'enviar-lote',
  'recurso-glosa',
  'upload-xml',
]);
export type Acao = z.infer<typeof acaoSchema>;

/**
 * An autorização as its "Detalhes da Guia" prints it (004 § 6, "Dados da Autorização"): no procedures there, so
 * only the senha and its dates. The senha itself is not kept: whether one is printed is enough.
 */
export const autorizacaoSchema = z.object({
  /** Nº Guia Prestador of the autorização (a cobrança references it as Nº Guia Prestador Ref., 001 § 2.1). */
  numero: z.string().optional(),
  senha: z.boolean().optional(),
  dataAutorizacao: isoDate.optional(),
  dataValidadeSenha: isoDate.optional(),
});
export type Autorizacao = z.infer<typeof autorizacaoSchema>;

export const ruleContextSchema = z.object({
  /** Today's calendar date in America/Sao_Paulo, passed in (rules never read a clock). */
  hoje: isoDate,
  /** Registro ANS of the operadora the page or message is about. */
  operadora: z.string().optional(),
  /** Operadora name as the page prints it (header picker or the page's Operadora field), for packs keyed by name. */
  operadoraNome: z.string().optional(),
  /** TISS version named by the message (Padrao). */
  versaoTiss: z.string().optional(),
  acao: acaoSchema.optional(),
  lote: loteSchema.optional(),
  guias: z.array(guiaSchema).optional(),
  recurso: recursoSchema.optional(),
  arquivos: z.array(arquivoSchema).optional(),
  /** Pesquisar Lotes: the lotes the grid lists. */
  lotes: z.array(loteResumoSchema).optional(),
  /** Faturamento > Documentos Anexos > Com falha no Envio (000 Q6): documents not received by the operadora. */
  documentosComFalha: z.array(anexoSchema).optional(),
  /** Pagamentos Pendentes / nota fiscal flow (004 § 11). */
  pagamento: pagamentoSchema.optional(),
  /** Autorização → Detalhes da Guia (004 § 6). */
  autorizacao: autorizacaoSchema.optional(),
});
export type RuleContext = z.infer<typeof ruleContextSchema>;
export type RuleContextInput = z.input<typeof ruleContextSchema>;
/** The top-level facts a rule kind can declare it needs. */
export type ContextFact = Exclude<keyof RuleContext, 'hoje'>;
