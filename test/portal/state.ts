// In-memory state of the mock Conecta portal and the transitions the manuals describe. Every transition
// returns a value (`ok` or an error with the portal's own message) so the HTTP layer only translates.
// Amounts are integer centavos; dates are 'YYYY-MM-DD' strings computed from the instance clock.

export const LIMITE_GUIAS_POR_LOTE = 100;
export const TAMANHO_MAXIMO_ANEXO = 15 * 1024 * 1024;

export type SituacaoLote = 'Aberto' | 'Fechado (envio pendente)' | 'Enviando' | 'Enviado à operadora';
export type TipoGuia =
  | 'Consulta'
  | 'Cobrança SP/SADT'
  | 'Resumo de Internação'
  | 'Honorários Médicos'
  | 'Tratamento Odontológico';
export const TIPOS_GUIA: TipoGuia[] = [
  'Consulta',
  'Cobrança SP/SADT',
  'Resumo de Internação',
  'Honorários Médicos',
  'Tratamento Odontológico',
];

/**
 * Situações in which the portal no longer lets anexos in (000 Q2: "faturado, pronto, cancelado e encerrado sem
 * pagamento"; Q7: "Pronto, Cancelado ou Devolvido sem pagamento"), for the lote or its protocolo. In every
 * other situação, Aberto and after sending alike, Incluir Anexo stays enabled (000 Q1, Q2, Q7).
 */
export const SITUACOES_SEM_ANEXO = [
  'Faturado',
  'Pronto',
  'Cancelado',
  'Encerrado sem pagamento',
  'Devolvido sem pagamento',
];

/** Protocolo situações where the manuals allow a recurso de glosa (002: "Faturado"; 004: after payment). */
export const SITUACOES_PROTOCOLO_COM_RECURSO = ['Faturado', 'Pagamento efetuado'];
export const FORMATOS_ANEXO_RECURSO = ['DOC', 'DOCX', 'XLS', 'PDF', 'JPEG', 'PNG', 'JPG', 'ZIP', 'RAR'];
/** 004 § 11, the nota fiscal's "Anexo de Documentos": DOC, DOCX, XLS, PDF, JPEG, PNG, ZIP, RAR. */
export const FORMATOS_ANEXO_NOTA_FISCAL = ['DOC', 'DOCX', 'XLS', 'PDF', 'JPEG', 'PNG', 'ZIP', 'RAR'];

export interface Operadora {
  nome: string;
  ans: string;
}

export interface Beneficiario {
  carteira: string;
  nome: string;
}

export interface Profissional {
  nome: string;
  conselho: string;
  numero: string;
  uf: string;
  cbo: string;
}

export interface Glosa {
  codigo: string;
  descricao: string;
  valorGlosado: number;
}

export interface Procedimento {
  sequencial: number;
  codigo: string;
  descricao: string;
  dataRealizacao: string;
  quantidade: number;
  valorUnitario: number;
  glosas: Glosa[];
}

export interface Anexo {
  numero: number;
  tipoDocumento: string;
  nomeArquivo: string;
  tamanho: number;
  data: string;
  situacao: 'Envio Pendente' | 'Enviado';
  /** A failed sending (000 Q5–Q6): listed under Documentos Anexos > Com falha no Envio with this reason. */
  motivoFalha?: string;
}

export interface Guia {
  numero: string;
  tipo: TipoGuia;
  operadora: Operadora;
  beneficiario: Beneficiario;
  dataDigitacao: string;
  solicitante?: Profissional;
  executante: { contratado: string; cnes: string; profissional?: Profissional };
  tipoConsulta?: string;
  caraterAtendimento?: string;
  procedimentos: Procedimento[];
  anexos: Anexo[];
  lote?: number;
}

export interface Lote {
  numero: number;
  operadora: Operadora;
  tipoGuia: TipoGuia;
  situacao: SituacaoLote;
  dataInclusao: string;
  dataFechamento?: string;
  dataEnvio?: string;
  dataPagamento?: string;
  /** "Enviar Até (Calendário)": the deadline set by the operadora's sending calendar (001 § 2). */
  enviarAte?: string;
  protocolo?: string;
  situacaoProtocolo: string;
  guias: string[];
  anexos: Anexo[];
  log: string[];
}

export interface JustificativaRecurso {
  /** 'lote' | 'guia:<nº>' | 'proc:<nº guia>:<sequencial>' */
  chave: string;
  valorRecursado: number;
  textos: Record<string, string>;
}

export interface Recurso {
  numero: number;
  lote: number;
  dataInclusao: string;
  dataEnvio?: string;
  situacao: 'Não enviado' | 'Enviando';
  nivel: string;
  justificativas: JustificativaRecurso[];
  anexos: Anexo[];
}

/** A nota fiscal of a pending payment (004 § 11): saved, then its PDF attached, then "Enviar Nota Fiscal". */
export interface NotaFiscal {
  numero: string;
  serie: string;
  valor: number;
  emissao: string;
  /** '' once saved; "Em Análise" after "Enviar Nota Fiscal". */
  status: '' | 'Em Análise';
  anexo?: Anexo;
}

/** Faturamento > Lotes de Pagamento > Pagamentos Pendentes (004 § 11). */
export interface Pagamento {
  id: number;
  operadora: Operadora;
  dataPagamento: string;
  status: 'Aguardando Nota Fiscal' | 'Em Análise';
  valorBase: number;
  irrf: number;
  lotes: { protocolo: string; lote: string; apresentado: number; glosado: number; pago: number; tipo: string }[];
  notas: NotaFiscal[];
}

export interface UploadXml {
  dataHora: string;
  arquivo: string;
  criticas: string[];
  numeroLote: string;
}

export interface Sessao {
  email: string;
  operadora: string;
  /** Show the notices modal on the next page rendered (after login, first lotes search). */
  informativos: boolean;
  viuPesquisaLote: boolean;
  /** Show the second notices popup (bc-modal-evolution) on the next lote Detalhes page. */
  evolucao: boolean;
}

export type Result<T> = { ok: true; value: T } | { ok: false; status: number; message: string };
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (status: number, message: string): Result<never> => ({ ok: false, status, message });

/** The situações Pesquisa de Guias shows (004 § 6 "Em análise", "Autorizada"; § 9.2 "Não solicitada (envio pendente)"). */
export const SITUACOES_AUTORIZACAO = ['Em análise', 'Autorizada', 'Não solicitada (envio pendente)'] as const;
export type SituacaoAutorizacao = (typeof SITUACOES_AUTORIZACAO)[number];
/** The types Pesquisa de Guias shows (004 §§ 6, 8, 9.2) and the SP/SADT of the Detalhes page (004 § 6). */
export const TIPOS_AUTORIZACAO = [
  'Consulta',
  'SP/SADT',
  'Tratamento Odontológico',
  'Solicit. Internação',
  'Anexo OPME',
];

/**
 * An autorização as its "Detalhes da Guia" shows it (004 § 6): Dados da Autorização (Data da Autorização, Senha,
 * Validade, Nº Guia Operadora, Data da Solicitação) and the guia's numbering and beneficiário.
 */
export interface Autorizacao {
  /** Nº Guia Prestador of the autorização (the cobrança references it as Nº Guia Prestador Ref., 001 § 2.1). */
  numero: number;
  operadora: Operadora;
  /**
   * Caption the Detalhes page prints before its buttons ("SP/SADT", 004 § 6) and the Tipo column of Pesquisa de
   * Guias ("Consulta", "Tratamento Odontológico", "Solicit. Internação", "Anexo OPME", 004 §§ 6, 8, 9.2).
   */
  tipo: string;
  /** As the Pesquisa de Guias grid writes it (004 §§ 6, 9.2); the Detalhes page prints it in capitals. */
  situacao: SituacaoAutorizacao;
  dataAutorizacao?: string;
  senha?: string;
  validade?: string;
  guiaOperadora?: string;
  /** ISO date and time "2023-11-28 14:05:18"; the Detalhes page prints it to the minute (004 § 6). */
  dataSolicitacao: string;
  beneficiario: Beneficiario;
}

export interface PortalData {
  operadoras: Operadora[];
  autorizacoes: Autorizacao[];
  beneficiarios: Beneficiario[];
  lotes: Lote[];
  guias: Guia[];
  recursos: Recurso[];
  uploads: UploadXml[];
  pagamentos: Pagamento[];
  proximoLote: number;
  proximaGuia: number;
  proximoDocumento: number;
  proximoProtocolo: number;
  proximoRecurso: number;
}

// The portal works in Brasília time: "today" and upload times are São Paulo calendar dates/hours.
const saoPaulo = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Sao_Paulo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partesSaoPaulo(d: Date): Record<string, string> {
  return Object.fromEntries(saoPaulo.formatToParts(d).map((p) => [p.type, p.value]));
}

export function isoDate(d: Date): string {
  const p = partesSaoPaulo(d);
  return `${p.year}-${p.month}-${p.day}`;
}

export function horaMinuto(d: Date): string {
  const p = partesSaoPaulo(d);
  return `${p.hour}:${p.minute}`;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function totalProcedimento(p: Procedimento): number {
  return p.quantidade * p.valorUnitario;
}

export function totalGuia(g: Guia): number {
  return g.procedimentos.reduce((s, p) => s + totalProcedimento(p), 0);
}

export function glosadoProcedimento(p: Procedimento): number {
  return p.glosas.reduce((s, gl) => s + gl.valorGlosado, 0);
}

export function glosadoGuia(g: Guia): number {
  return g.procedimentos.reduce((s, p) => s + glosadoProcedimento(p), 0);
}

export class PortalState {
  data: PortalData;
  sessions = new Map<string, Sessao>();

  constructor(
    private readonly seed: (today: string) => PortalData,
    private readonly clock: () => Date,
  ) {
    this.data = seed(this.today());
  }

  today(): string {
    return isoDate(this.clock());
  }

  now(): Date {
    return this.clock();
  }

  reset(): void {
    this.data = this.seed(this.today());
    this.sessions.clear();
  }

  lote(numero: number): Lote | undefined {
    return this.data.lotes.find((l) => l.numero === numero);
  }

  guia(numero: string): Guia | undefined {
    return this.data.guias.find((g) => g.numero === numero);
  }

  guiasDoLote(lote: Lote): Guia[] {
    return lote.guias.map((n) => this.guia(n)).filter((g): g is Guia => g !== undefined);
  }

  autorizacao(numero: number): Autorizacao | undefined {
    return this.data.autorizacoes.find((a) => a.numero === numero);
  }

  operadora(ans: string): Operadora | undefined {
    return this.data.operadoras.find((o) => o.ans === ans);
  }

  criarLote(operadoraAns: string, tipoGuia: TipoGuia): Result<Lote> {
    const operadora = this.operadora(operadoraAns);
    if (!operadora) return fail(400, 'Selecione a operadora.');
    if (!TIPOS_GUIA.includes(tipoGuia)) return fail(400, 'O campo Tipo de Guia é obrigatório.');
    const lote: Lote = {
      numero: this.data.proximoLote++,
      operadora,
      tipoGuia,
      situacao: 'Aberto',
      dataInclusao: this.today(),
      situacaoProtocolo: 'Não enviado',
      guias: [],
      anexos: [],
      log: [],
    };
    this.data.lotes.push(lote);
    return ok(lote);
  }

  /** 000 Q2/Q7: anexos are refused only in the situações named there (lote or protocolo). */
  aceitaAnexo(lote: Lote): boolean {
    return !SITUACOES_SEM_ANEXO.includes(lote.situacao) && !SITUACOES_SEM_ANEXO.includes(lote.situacaoProtocolo);
  }

  private loteAberto(numero: number, acao: string): Result<Lote> {
    const lote = this.lote(numero);
    if (!lote) return fail(404, `Lote ${numero} não encontrado.`);
    if (lote.situacao !== 'Aberto') {
      return fail(409, `Não é possível ${acao}: o lote ${numero} está na situação "${lote.situacao}".`);
    }
    return ok(lote);
  }

  fecharLote(numero: number): Result<Lote> {
    const r = this.loteAberto(numero, 'fechar o lote');
    if (!r.ok) return r;
    if (r.value.guias.length === 0) return fail(409, 'Não é possível fechar um lote sem guias.');
    r.value.situacao = 'Fechado (envio pendente)';
    r.value.dataFechamento = this.today();
    return r;
  }

  reabrirLote(numero: number): Result<Lote> {
    const lote = this.lote(numero);
    if (!lote) return fail(404, `Lote ${numero} não encontrado.`);
    if (lote.situacao !== 'Fechado (envio pendente)') {
      return fail(409, `Não é possível reabrir o lote ${numero}: ele está na situação "${lote.situacao}".`);
    }
    lote.situacao = 'Aberto';
    delete lote.dataFechamento;
    return ok(lote);
  }

  excluirLote(numero: number): Result<Lote> {
    const lote = this.lote(numero);
    if (!lote) return fail(404, `Lote ${numero} não encontrado.`);
    if (lote.situacao !== 'Aberto' && lote.situacao !== 'Fechado (envio pendente)') {
      return fail(409, `Não é possível excluir o lote ${numero}: ele está na situação "${lote.situacao}".`);
    }
    for (const g of this.guiasDoLote(lote)) delete g.lote;
    this.data.lotes = this.data.lotes.filter((l) => l !== lote);
    return ok(lote);
  }

  enviarLote(numero: number): Result<Lote> {
    const lote = this.lote(numero);
    if (!lote) return fail(404, `Lote ${numero} não encontrado.`);
    if (lote.situacao !== 'Fechado (envio pendente)') {
      return fail(409, `Não é possível enviar o lote ${numero}: feche o lote antes de enviá-lo.`);
    }
    lote.situacao = 'Enviando';
    lote.log.push(`${this.today()} Lote enviado para processamento.`);
    return ok(lote);
  }

  /** "Verificar situação do envio": the mock's processing always finishes by the first check. */
  verificarEnvio(numero: number): Result<Lote> {
    const lote = this.lote(numero);
    if (!lote) return fail(404, `Lote ${numero} não encontrado.`);
    if (lote.situacao !== 'Enviando') return ok(lote);
    lote.situacao = 'Enviado à operadora';
    lote.dataEnvio = this.today();
    lote.protocolo = String(this.data.proximoProtocolo++);
    lote.situacaoProtocolo = 'Enviada para a operadora';
    for (const a of lote.anexos) a.situacao = 'Enviado';
    lote.log.push(`${this.today()} Protocolo ${lote.protocolo} gerado pela operadora.`);
    return ok(lote);
  }

  /** "Atualizar Situação Protocolo": the operadora moves a received protocolo into analysis. */
  atualizarSituacaoProtocolo(numero: number): Result<Lote> {
    const lote = this.lote(numero);
    if (!lote) return fail(404, `Lote ${numero} não encontrado.`);
    if (lote.situacaoProtocolo === 'Enviada para a operadora') lote.situacaoProtocolo = 'Em análise pela Operadora';
    return ok(lote);
  }

  /** Next free Nº Guia Prestador, offered pre-filled by Digitar Guia. */
  proximoNumeroGuia(): string {
    let n = this.data.proximaGuia;
    while (this.guia(String(n))) n++;
    return String(n);
  }

  adicionarGuias(numero: number, guias: string[]): Result<Lote> {
    const r = this.loteAberto(numero, 'adicionar guias');
    if (!r.ok) return r;
    const lote = r.value;
    const encontradas: Guia[] = [];
    for (const n of guias) {
      const g = this.guia(n);
      if (!g) return fail(404, `Guia ${n} não encontrada.`);
      if (g.lote !== undefined && g.lote !== lote.numero) return fail(409, `A guia ${n} já está no lote ${g.lote}.`);
      if (g.tipo !== lote.tipoGuia) {
        return fail(409, `A guia ${n} é do tipo ${g.tipo}; este lote aceita somente guias do tipo ${lote.tipoGuia}.`);
      }
      if (g.lote === undefined) encontradas.push(g);
    }
    if (lote.guias.length + encontradas.length > LIMITE_GUIAS_POR_LOTE) {
      return fail(
        409,
        `Não foi possível adicionar a(s) guia(s): o lote ${lote.numero} já possui ${lote.guias.length} guia(s). ` +
          `Limite máximo permitido por lote é de ${LIMITE_GUIAS_POR_LOTE} guias.`,
      );
    }
    for (const g of encontradas) {
      g.lote = lote.numero;
      lote.guias.push(g.numero);
    }
    return ok(lote);
  }

  /** Saves a typed guia (Digitar Guia → Salvar); with `lote`, also adds it to that open lote. */
  salvarGuia(
    guia: Omit<Guia, 'numero' | 'dataDigitacao' | 'lote' | 'anexos'> & { anexos?: Anexo[] },
    lote?: number,
    numero?: string,
  ): Result<Guia> {
    if (numero !== undefined && this.guia(numero)) {
      return fail(409, `Já existe uma guia com o Nº Guia Prestador ${numero}.`);
    }
    if (lote !== undefined) {
      const r = this.loteAberto(lote, 'adicionar guias');
      if (!r.ok) return r;
      if (r.value.guias.length >= LIMITE_GUIAS_POR_LOTE) {
        return fail(
          409,
          `Não foi possível adicionar a guia: o lote ${lote} já possui ${r.value.guias.length} guias. ` +
            `Limite máximo permitido por lote é de ${LIMITE_GUIAS_POR_LOTE} guias.`,
        );
      }
      if (r.value.tipoGuia !== guia.tipo) {
        return fail(409, `Este lote aceita somente guias do tipo ${r.value.tipoGuia}.`);
      }
    }
    const numeroFinal = numero ?? this.proximoNumeroGuia();
    if (numero === undefined) this.data.proximaGuia = Number(numeroFinal) + 1;
    const nova: Guia = {
      ...guia,
      anexos: guia.anexos ?? [],
      numero: numeroFinal,
      dataDigitacao: this.today(),
    };
    this.data.guias.push(nova);
    if (lote !== undefined) {
      const l = this.lote(lote)!;
      l.guias.push(nova.numero);
      nova.lote = lote;
    }
    return ok(nova);
  }

  novoDocumento(tipoDocumento: string, nomeArquivo: string, tamanho: number): Anexo {
    return {
      numero: this.data.proximoDocumento++,
      tipoDocumento,
      nomeArquivo,
      tamanho,
      data: this.today(),
      situacao: 'Envio Pendente',
    };
  }

  incluirAnexo(numero: number, tipoDocumento: string, nomeArquivo: string, tamanho: number): Result<Anexo> {
    const lote = this.lote(numero);
    if (!lote) return fail(404, `Lote ${numero} não encontrado.`);
    if (!this.aceitaAnexo(lote)) {
      const situacao = SITUACOES_SEM_ANEXO.includes(lote.situacao) ? lote.situacao : lote.situacaoProtocolo;
      return fail(409, `Não é permitido incluir anexos em lotes na situação "${situacao}".`);
    }
    const erro = validarArquivoAnexo(tipoDocumento, nomeArquivo, tamanho);
    if (erro) return fail(erro.status, erro.message);
    const anexo = this.novoDocumento(tipoDocumento, nomeArquivo, tamanho);
    lote.anexos.push(anexo);
    return ok(anexo);
  }

  recurso(numero: number): Recurso | undefined {
    return this.data.recursos.find((r) => r.numero === numero);
  }

  /** Recurso de Glosa on a lote: only when its protocolo is in a situação that allows it. */
  criarRecurso(numeroLote: number): Result<Recurso> {
    const lote = this.lote(numeroLote);
    if (!lote) return fail(404, `Lote ${numeroLote} não encontrado.`);
    if (!SITUACOES_PROTOCOLO_COM_RECURSO.includes(lote.situacaoProtocolo)) {
      return fail(
        409,
        `O recurso de glosa só pode ser solicitado para protocolos na situação "Faturado". ` +
          `Situação atual do protocolo: "${lote.situacaoProtocolo}".`,
      );
    }
    if (!this.guiasDoLote(lote).some((g) => glosadoGuia(g) > 0)) {
      return fail(409, 'Este lote não possui glosas a recursar.');
    }
    const existente = this.data.recursos.find((r) => r.lote === numeroLote && r.situacao === 'Não enviado');
    if (existente) return ok(existente);
    const recurso: Recurso = {
      numero: this.data.proximoRecurso++,
      lote: numeroLote,
      dataInclusao: this.today(),
      situacao: 'Não enviado',
      nivel: 'Em digitação',
      justificativas: [],
      anexos: [],
    };
    this.data.recursos.push(recurso);
    return ok(recurso);
  }

  /** Glosas and amount a justificativa key refers to. */
  alvoRecurso(recurso: Recurso, chave: string): { glosas: Glosa[]; valorGlosado: number } | undefined {
    const lote = this.lote(recurso.lote);
    if (!lote) return undefined;
    const guias = this.guiasDoLote(lote);
    const procs = (gs: Guia[]) => gs.flatMap((g) => g.procedimentos);
    const juntar = (ps: Procedimento[]) => {
      const porCodigo = new Map<string, Glosa>();
      for (const gl of ps.flatMap((p) => p.glosas)) {
        const atual = porCodigo.get(gl.codigo);
        porCodigo.set(gl.codigo, { ...gl, valorGlosado: (atual?.valorGlosado ?? 0) + gl.valorGlosado });
      }
      const glosas = [...porCodigo.values()];
      return { glosas, valorGlosado: ps.reduce((s, p) => s + glosadoProcedimento(p), 0) };
    };
    if (chave === 'lote') return juntar(procs(guias));
    const [nivel, nGuia, seq] = chave.split(':');
    const guia = guias.find((g) => g.numero === nGuia);
    if (!guia) return undefined;
    if (nivel === 'guia') return juntar(guia.procedimentos);
    if (nivel === 'proc') {
      const p = guia.procedimentos.find((x) => String(x.sequencial) === seq);
      return p ? juntar([p]) : undefined;
    }
    return undefined;
  }

  salvarJustificativas(
    numero: number,
    chave: string,
    valorRecursado: number | undefined,
    textos: Record<string, string>,
  ): Result<Recurso> {
    const recurso = this.recurso(numero);
    if (!recurso) return fail(404, `Recurso ${numero} não encontrado.`);
    if (recurso.situacao !== 'Não enviado') return fail(409, 'Este recurso já foi enviado e não pode ser alterado.');
    const alvo = this.alvoRecurso(recurso, chave);
    if (!alvo || alvo.glosas.length === 0) return fail(404, 'Não há glosas a recursar neste item.');
    const valor = valorRecursado ?? alvo.valorGlosado;
    if (valor <= 0) return fail(400, 'Informe o Vlr. Recursado.');
    if (valor > alvo.valorGlosado) return fail(400, 'O Vlr. Recursado não pode ser maior que o Vlr. Glosado.');
    for (const gl of alvo.glosas) {
      if (!textos[gl.codigo]?.trim()) return fail(400, `Informe a justificativa da glosa ${gl.codigo}.`);
    }
    recurso.justificativas = recurso.justificativas.filter((j) => j.chave !== chave);
    recurso.justificativas.push({ chave, valorRecursado: valor, textos });
    return ok(recurso);
  }

  /** Anexo do recurso (002 §2.3: DOC, DOCX, XLS, PDF, JPEG, PNG, JPG, ZIP, RAR; 15 MB). */
  incluirAnexoRecurso(numero: number, tipoDocumento: string, nomeArquivo: string, tamanho: number): Result<Anexo> {
    const recurso = this.recurso(numero);
    if (!recurso) return fail(404, `Recurso ${numero} não encontrado.`);
    if (recurso.situacao !== 'Não enviado') return fail(409, 'Este recurso já foi enviado e não pode ser alterado.');
    const extensao = /\.([^.]+)$/.exec(nomeArquivo)?.[1]?.toUpperCase() ?? '';
    if (!FORMATOS_ANEXO_RECURSO.includes(extensao)) {
      return fail(
        400,
        `Formato de arquivo não aceito. Formatos de arquivo aceitos: ${FORMATOS_ANEXO_RECURSO.join(', ')}`,
      );
    }
    const erro = validarArquivoAnexo(tipoDocumento, nomeArquivo, tamanho);
    if (erro) return fail(erro.status, erro.message);
    const anexo = this.novoDocumento(tipoDocumento, nomeArquivo, tamanho);
    recurso.anexos.push(anexo);
    return ok(anexo);
  }

  valorRecursado(recurso: Recurso): number {
    return recurso.justificativas.reduce((s, j) => s + j.valorRecursado, 0);
  }

  enviarRecurso(numero: number): Result<Recurso> {
    const recurso = this.recurso(numero);
    if (!recurso) return fail(404, `Recurso ${numero} não encontrado.`);
    if (recurso.situacao !== 'Não enviado') return fail(409, 'Este recurso já foi enviado.');
    if (recurso.justificativas.length === 0) {
      return fail(409, 'Informe ao menos uma justificativa antes de enviar o recurso.');
    }
    recurso.situacao = 'Enviando';
    recurso.dataEnvio = this.today();
    recurso.nivel = 'Eventos';
    return ok(recurso);
  }

  excluirRecurso(numero: number): Result<Recurso> {
    const recurso = this.recurso(numero);
    if (!recurso) return fail(404, `Recurso ${numero} não encontrado.`);
    if (recurso.situacao !== 'Não enviado') return fail(409, 'Um recurso enviado não pode ser excluído.');
    this.data.recursos = this.data.recursos.filter((r) => r !== recurso);
    return ok(recurso);
  }

  pagamento(id: number): Pagamento | undefined {
    return this.data.pagamentos.find((p) => p.id === id);
  }

  /** "Nova Nota Fiscal" → Salvar (004 § 11): Nº Nota Fiscal, Serie, Vlr. Nota and Emissão are required. */
  salvarNotaFiscal(id: number, nota: Omit<NotaFiscal, 'status' | 'anexo'>): Result<NotaFiscal> {
    const pagamento = this.pagamento(id);
    if (!pagamento) return fail(404, `Pagamento ${id} não encontrado.`);
    if (pagamento.status !== 'Aguardando Nota Fiscal')
      return fail(409, 'A nota fiscal deste pagamento já foi enviada.');
    if (!nota.numero.trim()) return fail(400, 'O campo Nº Nota Fiscal é obrigatório.');
    if (!nota.serie.trim()) return fail(400, 'O campo Serie é obrigatório.');
    if (!(nota.valor > 0)) return fail(400, 'O campo Vlr. Nota é obrigatório.');
    if (!nota.emissao) return fail(400, 'O campo Emissão é obrigatório.');
    const salva: NotaFiscal = { ...nota, status: '' };
    pagamento.notas = [salva];
    return ok(salva);
  }

  anexarNotaFiscal(id: number, nomeArquivo: string, tamanho: number): Result<NotaFiscal> {
    const nota = this.pagamento(id)?.notas[0];
    if (!nota) return fail(409, 'Salve a nota fiscal antes de anexar o arquivo.');
    const extensao = /\.([^.]+)$/.exec(nomeArquivo)?.[1]?.toUpperCase() ?? '';
    if (!FORMATOS_ANEXO_NOTA_FISCAL.includes(extensao)) {
      return fail(
        400,
        `Formato de arquivo não aceito. Formatos de arquivo aceitos: ${FORMATOS_ANEXO_NOTA_FISCAL.join(', ')}`,
      );
    }
    const erro = validarArquivoAnexo('NOTA FISCAL', nomeArquivo, tamanho);
    if (erro) return fail(erro.status, erro.message);
    nota.anexo = this.novoDocumento('NOTA FISCAL', nomeArquivo, tamanho);
    return ok(nota);
  }

  /** "Enviar Nota Fiscal": the nota and the payment go "Em Análise". */
  enviarNotaFiscal(id: number): Result<Pagamento> {
    const pagamento = this.pagamento(id);
    const nota = pagamento?.notas[0];
    if (!pagamento || !nota) return fail(409, 'Nenhuma nota fiscal salva para este pagamento.');
    if (!nota.anexo) return fail(409, 'Anexe o arquivo da nota fiscal antes de enviá-la.');
    nota.status = 'Em Análise';
    pagamento.status = 'Em Análise';
    return ok(pagamento);
  }

  /** 000 Q6: documents whose sending failed, with the lote they belong to. */
  documentosComFalha(): { lote: Lote; anexo: Anexo }[] {
    return this.data.lotes.flatMap((lote) =>
      lote.anexos.filter((a) => a.motivoFalha).map((anexo) => ({ lote, anexo })),
    );
  }

  /** "Reenviar Anexo" (000 Q6: after the failure is dealt with the document is sent again). */
  reenviarAnexo(numero: number): Result<Anexo> {
    const item = this.documentosComFalha().find((d) => d.anexo.numero === numero);
    if (!item) return fail(404, `Documento ${numero} não encontrado entre os documentos com falha no envio.`);
    delete item.anexo.motivoFalha;
    item.anexo.situacao = 'Enviado';
    return ok(item.anexo);
  }

  registrarUpload(arquivo: string, criticas: string[], numeroLote: string): UploadXml {
    const d = this.now();
    const upload: UploadXml = { dataHora: `${isoDate(d)} ${horaMinuto(d)}`, arquivo, criticas, numeroLote };
    this.data.uploads.unshift(upload);
    return upload;
  }
}

export function validarArquivoAnexo(
  tipoDocumento: string,
  nomeArquivo: string,
  tamanho: number,
): { status: number; message: string } | undefined {
  if (!tipoDocumento.trim()) return { status: 400, message: 'Selecione o tipo de documento.' };
  if (!nomeArquivo.trim()) return { status: 400, message: 'Selecione um arquivo.' };
  if (tamanho > TAMANHO_MAXIMO_ANEXO) {
    return { status: 413, message: `O arquivo "${nomeArquivo}" excede o tamanho máximo de 15 MB.` };
  }
  return undefined;
}
