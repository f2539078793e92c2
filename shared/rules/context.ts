// The normalised facts a rule sees. Two producers fill it: the TISS engine (from a parsed XML message) and
// the extension's portal adapter (from what a Conecta page shows). Every fact is optional: a rule declares
// the facts it needs and the engine runs it only when they are present.
// Dates are calendar dates 'YYYY-MM-DD' (America/Sao_Paulo); amounts are numbers in reais.
import * as z from 'zod/mini';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'data no formato AAAA-MM-DD'));

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
  nome: z.optional(z.string()),
  /** Bytes. */
  tamanho: z.optional(z.number().check(z.nonnegative())),
  /** "Envio Pendente", "Enviado", … */
  situacao: z.optional(z.string()),
  /** Guia the document belongs to, when it is attached per guia. */
  guia: z.optional(z.string()),
  /** "Nº Documento" in the anexos grid (004 § 9.2 b; 000 Q1). */
  numero: z.optional(z.string()),
  /** "Data do Anexo". */
  data: z.optional(isoDate),
  /** Lote the document belongs to ("Com falha no Envio" lists "Nº Guia Prestador / Nº Lote", 000 Q6). */
  lote: z.optional(z.string()),
  /** "Motivo de Falha" (000 Q6). */
  motivoFalha: z.optional(z.string()),
});
export type Anexo = z.infer<typeof anexoSchema>;

export const procedimentoSchema = z.object({
  /** 1-based position in the guia (sequencialItem when the XML gives it). */
  item: z.optional(z.number().check(z.int(), z.positive())),
  codigo: z.string(),
  /** dm_tabela code ("22" = TUSS procedimentos). */
  tabela: z.optional(z.string()),
  descricao: z.optional(z.string()),
  dataRealizacao: z.optional(isoDate),
  quantidade: z.optional(z.number()),
  valorTotal: z.optional(z.number()),
  /** Odontologia. */
  dente: z.optional(z.string()),
  regiao: z.optional(z.string()),
  face: z.optional(z.string()),
});
export type Procedimento = z.infer<typeof procedimentoSchema>;

export const guiaSchema = z.object({
  /** numeroGuiaPrestador (or the portal's "Nº Guia"). */
  numero: z.string(),
  tipo: z.optional(tipoGuiaSchema),
  dataAtendimento: z.optional(isoDate),
  dataAutorizacao: z.optional(isoDate),
  dataValidadeSenha: z.optional(isoDate),
  senha: z.optional(z.string()),
  /** dm_caraterAtendimento: "1" eletiva, "2" urgência/emergência. */
  caraterAtendimento: z.optional(z.string()),
  /** dm_tipoAtendimento (e.g. "10" TRS/hemodiálise). */
  tipoAtendimento: z.optional(z.string()),
  /** dm_regimeInternacao (e.g. "3" domiciliar). */
  regimeInternacao: z.optional(z.string()),
  /** dm_regimeAtendimento ("01" ambulatorial, "02" domiciliar, "03" internação, "04" pronto socorro). */
  regimeAtendimento: z.optional(z.string()),
  /** Opaque keys used only in memory to compare guias (retorno); never stored or sent. */
  beneficiario: z.optional(z.string()),
  profissional: z.optional(z.string()),
  procedimentos: z._default(z.array(procedimentoSchema), []),
  /** dm_outrasDespesas codes present (e.g. "08" OPME). */
  outrasDespesas: z._default(z.array(z.string()), []),
  anexos: z._default(z.array(anexoSchema), []),
  valorTotal: z.optional(z.number()),
  /** 1-based line of the guia in the XML, for findings. */
  line: z.optional(z.number().check(z.int(), z.positive())),
});
export type Guia = z.infer<typeof guiaSchema>;

/** The operadora as a page prints it: "PASA | 331988", "IPAM - ANS nº 999991", "IPAM - ANS nº 99999-1". */
export const operadoraInfoSchema = z.object({
  /** The text as printed. */
  texto: z.optional(z.string()),
  /** The name part ("PASA", "MediBenner"). */
  nome: z.optional(z.string()),
  /** 6-digit registro ANS, when the text has one ("99999-1" → "999991"). */
  registroAns: z.optional(z.string()),
});
export type OperadoraInfo = z.infer<typeof operadoraInfoSchema>;

/**
 * A nota fiscal: the lote page's NOTA FISCAL block (004 § 9.2 b: Situação, Nº Nota Fiscal, Vlr. Nota, Emissão,
 * Nº Documento, Descrição, Situação do Envio), a row of the NOTAS FISCAIS grid or the "Nota Fiscal" form of
 * the Pagamentos Pendentes flow (004 § 11: Nº Nota Fiscal, Serie, Vlr. Nota, Emissão; Status).
 */
export const notaFiscalSchema = z.object({
  /** Lote page: "Situação" ("Não exigida", …). */
  situacao: z.optional(z.string()),
  numero: z.optional(z.string()),
  serie: z.optional(z.string()),
  /** Vlr. Nota, reais. */
  valor: z.optional(z.number()),
  /** Valor Base of the payment prévia (004 § 11: Vlr. Nota must equal it). */
  valorBase: z.optional(z.number()),
  emissao: z.optional(isoDate),
  /** Lote page: Nº Documento / Descrição / Situação do Envio of the NF's document. */
  documento: z.optional(z.string()),
  descricao: z.optional(z.string()),
  situacaoEnvio: z.optional(z.string()),
  /** NOTAS FISCAIS grid "Status": empty once saved, "Em Análise" after "Enviar Nota Fiscal". */
  status: z.optional(z.string()),
});
export type NotaFiscal = z.infer<typeof notaFiscalSchema>;

export const loteSchema = z.object({
  numero: z.optional(z.string()),
  /** "Aberto", "Fechado (envio pendente)", "Enviando", "Enviado à operadora", … */
  situacao: z.optional(z.string()),
  tipoGuia: z.optional(tipoGuiaSchema),
  /** As the portal states it ("Este lote já possui N guia(s)") or as counted in the XML. */
  quantidadeGuias: z.optional(z.number().check(z.int(), z.nonnegative())),
  protocolo: z.optional(z.object({ numero: z.optional(z.string()), situacao: z.optional(z.string()) })),
  anexos: z._default(z.array(anexoSchema), []),
  notaFiscal: z.optional(notaFiscalSchema),
  // Header dates of the lote page (004 § 9.2 b "Detalhes"; 001 § 3, § 6).
  dataInclusao: z.optional(isoDate),
  dataFechamento: z.optional(isoDate),
  /** "Enviar Até (Calendário)": the operadora's deadline for sending this lote. */
  enviarAte: z.optional(isoDate),
  dataEnvio: z.optional(isoDate),
  /** "Data Pagamento": set once the protocolo is Faturado (001 § 6); the recurso deadline counts from it. */
  dataPagamento: z.optional(isoDate),
  operadora: z.optional(operadoraInfoSchema),
  /** "Canal" ("Portal Conecta"). */
  canal: z.optional(z.string()),
  valorInformado: z.optional(z.number()),
  valorProcessado: z.optional(z.number()),
  valorGlosado: z.optional(z.number()),
  valorLiberado: z.optional(z.number()),
});
export type Lote = z.infer<typeof loteSchema>;

/** A row of Pesquisar Lotes (004 § 13.1; 002 § 2.1): what the grid shows of each lote. */
export const loteResumoSchema = z.object({
  numero: z.string(),
  /** "Situação Lote" as printed ("Aberto", "Fechado (envio pendente)", "Enviando", …). */
  situacao: z.optional(z.string()),
  /** "Data Inclusão": the only date the grid shows. */
  dataInclusao: z.optional(isoDate),
  protocolo: z.optional(z.string()),
  situacaoProtocolo: z.optional(z.string()),
  tipoGuia: z.optional(tipoGuiaSchema),
  /** "Operadora" cell as printed (a name, e.g. "IPAM"). */
  operadora: z.optional(z.string()),
});
export type LoteResumo = z.infer<typeof loteResumoSchema>;

/** Pagamentos Pendentes (004 § 11): the payment awaiting a nota fiscal, its prévia and its notas. */
export const pagamentoSchema = z.object({
  dataPagamento: z.optional(isoDate),
  /** "Aguardando Nota Fiscal", "Em Análise". */
  status: z.optional(z.string()),
  /** "Valor Pagamento". */
  valor: z.optional(z.number()),
  /** "Valor Base" of the Prévia de Pagamento (BASES grid), when the prévia is open. */
  valorBase: z.optional(z.number()),
  /** Rows of the NOTAS FISCAIS grid. */
  notasFiscais: z._default(z.array(notaFiscalSchema), []),
  /** The "Nota Fiscal" form while it is open (Nº Nota Fiscal, Serie, Vlr. Nota, Emissão). */
  notaEmEdicao: z.optional(notaFiscalSchema),
});
export type Pagamento = z.infer<typeof pagamentoSchema>;

export const recursoItemSchema = z.object({
  guia: z.optional(z.string()),
  item: z.optional(z.number().check(z.int(), z.positive())),
  codigoGlosa: z.optional(z.string()),
  valorGlosado: z.optional(z.number()),
  valorRecursado: z.optional(z.number()),
  justificativa: z.optional(z.string()),
});

export const recursoSchema = z.object({
  protocoloSituacao: z.optional(z.string()),
  /** The recurso page's "Data de Pagamento" (empty on the pages 002 § 2.3 and 004 § 13.7 show). */
  dataPagamento: z.optional(isoDate),
  /** Header of the recurso page (004 § 13.7; 002 § 2.3). "Nº Guia Prestador" there is the recurso's number. */
  numero: z.optional(z.string()),
  /** "Situação do Recurso": "Não enviado", "Enviando", "Enviado". */
  situacao: z.optional(z.string()),
  dataInclusao: z.optional(isoDate),
  dataSituacao: z.optional(isoDate),
  dataEnvio: z.optional(isoDate),
  loteOriginal: z.optional(z.string()),
  operadora: z.optional(operadoraInfoSchema),
  itens: z._default(z.array(recursoItemSchema), []),
});

/** A file the user is about to send, before the portal gets it. */
export const arquivoSchema = z.object({
  destino: z.enum(['anexo-lote', 'anexo-recurso', 'anexo-nota-fiscal', 'upload-xml']),
  nome: z.string(),
  tamanho: z.number().check(z.nonnegative()),
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
  numero: z.optional(z.string()),
  senha: z.optional(z.boolean()),
  dataAutorizacao: z.optional(isoDate),
  dataValidadeSenha: z.optional(isoDate),
});
export type Autorizacao = z.infer<typeof autorizacaoSchema>;

export const ruleContextSchema = z.object({
  /** Today's calendar date in America/Sao_Paulo, passed in (rules never read a clock). */
  hoje: isoDate,
  /** Registro ANS of the operadora the page or message is about. */
  operadora: z.optional(z.string()),
  /** Operadora name as the page prints it (header picker or the page's Operadora field), for packs keyed by name. */
  operadoraNome: z.optional(z.string()),
  /** TISS version named by the message (Padrao). */
  versaoTiss: z.optional(z.string()),
  acao: z.optional(acaoSchema),
  lote: z.optional(loteSchema),
  guias: z.optional(z.array(guiaSchema)),
  recurso: z.optional(recursoSchema),
  arquivos: z.optional(z.array(arquivoSchema)),
  /** Pesquisar Lotes: the lotes the grid lists. */
  lotes: z.optional(z.array(loteResumoSchema)),
  /** Faturamento > Documentos Anexos > Com falha no Envio (000 Q6): documents not received by the operadora. */
  documentosComFalha: z.optional(z.array(anexoSchema)),
  /** Pagamentos Pendentes / nota fiscal flow (004 § 11). */
  pagamento: z.optional(pagamentoSchema),
  /** Autorização → Detalhes da Guia (004 § 6). */
  autorizacao: z.optional(autorizacaoSchema),
});
export type RuleContext = z.infer<typeof ruleContextSchema>;
export type RuleContextInput = z.input<typeof ruleContextSchema>;
/** The top-level facts a rule kind can declare it needs. */
export type ContextFact = Exclude<keyof RuleContext, 'hoje'>;
