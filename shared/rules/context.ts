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

export const loteSchema = z.object({
  numero: z.string().optional(),
  /** "Aberto", "Fechado (envio pendente)", "Enviando", "Enviado à operadora", … */
  situacao: z.string().optional(),
  tipoGuia: tipoGuiaSchema.optional(),
  /** As the portal states it ("Este lote já possui N guia(s)") or as counted in the XML. */
  quantidadeGuias: z.number().int().nonnegative().optional(),
  protocolo: z.object({ numero: z.string().optional(), situacao: z.string().optional() }).optional(),
  anexos: z.array(anexoSchema).default([]),
  notaFiscal: z.object({ valor: z.number().optional(), valorBase: z.number().optional() }).optional(),
});
export type Lote = z.infer<typeof loteSchema>;

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
  dataPagamento: isoDate.optional(),
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

export const ruleContextSchema = z.object({
  /** Today's calendar date in America/Sao_Paulo, passed in (rules never read a clock). */
  hoje: isoDate,
  operadora: z.string().optional(),
  /** TISS version named by the message (Padrao). */
  versaoTiss: z.string().optional(),
  acao: acaoSchema.optional(),
  lote: loteSchema.optional(),
  guias: z.array(guiaSchema).optional(),
  recurso: recursoSchema.optional(),
  arquivos: z.array(arquivoSchema).optional(),
});
export type RuleContext = z.infer<typeof ruleContextSchema>;
export type RuleContextInput = z.input<typeof ruleContextSchema>;
/** The top-level facts a rule kind can declare it needs. */
export type ContextFact = Exclude<keyof RuleContext, 'hoje'>;
