// What the Angular widgets receive: state turned into the strings the portal shows (dates, R$, labels), so
// client scripts only place text. Beneficiary data goes out only where the page shows it.
import { dataBr, reais } from './format.ts';
import {
  type Anexo,
  type Autorizacao,
  type Guia,
  glosadoGuia,
  glosadoProcedimento,
  LIMITE_GUIAS_POR_LOTE,
  type Lote,
  type Pagamento,
  type PortalState,
  type Recurso,
  SITUACOES_PROTOCOLO_COM_RECURSO,
  totalGuia,
  totalProcedimento,
  type UploadXml,
} from './state.ts';

export const TIPOS_DOCUMENTO = [
  '1 - GUIA DIGITALIZADA',
  '03-EXAMES COMPLEMENTARES',
  '04-INDICACAO CLINICA',
  '05-JUSTIFIC',
  '19-JUSTIFICATIVA TÉCNICA PARA',
  'NOTA FISCAL',
];

export const operadoraRotulo = (o: { nome: string; ans: string }) => `${o.nome} | ${o.ans}`;
export const operadoraAns = (o: { nome: string; ans: string }) => `${o.nome} - ANS nº ${o.ans}`;

/**
 * How a tenant (here: an operadora) draws its pages. Public automation scripts read the lote header from
 * read-only inputs on some tenants while the manuals show text; grid ids and column sets differ by tenant
 * (conecta-portal.md, last section). The mock spreads both forms over its operadoras.
 */
export interface Tenant {
  /** Lote Detalhes header values: read-only inputs (scripts) or text (manuals' screenshots). */
  cabecalho: 'inputs' | 'texto';
  /** The lote page's Operadora: "NOME | 123456" (004 § 9.2 b) or "NOME - ANS nº 123456" (004 § 13.7 style). */
  operadora: 'barra' | 'ans';
  /** Anexos grid: 004 § 9.2 b (Tipo Documento, Nome do arquivo) or 000 Q1 (Descrição, no file name). */
  anexos: '004' | '000';
  /** Pesquisar Lotes grid id (#DataGrid or #LotesDePagamento) … */
  gridLotes: 'DataGrid' | 'LotesDePagamento';
  /** … and whether it has the Operadora column (004 § 13.1 has it; 001 § 4 and 002 § 2.1 do not). */
  colunaOperadora: boolean;
}

const TENANTS: Record<string, Tenant> = {
  // PASA: 001/002 screenshots (no Operadora column); header inputs as the scripts read them.
  '331988': { cabecalho: 'inputs', operadora: 'barra', anexos: '004', gridLotes: 'DataGrid', colunaOperadora: false },
  // PAS SERPRO: 000's anexos grid (Descrição); header as text.
  '345474': { cabecalho: 'texto', operadora: 'barra', anexos: '000', gridLotes: 'DataGrid', colunaOperadora: true },
  // POSTAL SAÚDE: the scripts' example ("POSTAL SAÚDE | 419133" read from an input).
  '419133': {
    cabecalho: 'inputs',
    operadora: 'barra',
    anexos: '004',
    gridLotes: 'LotesDePagamento',
    colunaOperadora: true,
  },
  // IPAM: 004 as printed.
  '999991': {
    cabecalho: 'texto',
    operadora: 'barra',
    anexos: '004',
    gridLotes: 'LotesDePagamento',
    colunaOperadora: true,
  },
  // FUNSSEST: the other spelling of the operadora on the lote page.
  '330809': { cabecalho: 'inputs', operadora: 'ans', anexos: '004', gridLotes: 'DataGrid', colunaOperadora: true },
};

export function tenantDe(ans: string | undefined): Tenant {
  return TENANTS[ans ?? ''] ?? TENANTS['331988']!;
}

const enviado = (lote: Lote) => lote.situacao === 'Enviado à operadora';

export function anexoVm(a: Anexo) {
  return {
    numero: String(a.numero),
    tipoDocumento: a.tipoDocumento,
    nomeArquivo: a.nomeArquivo,
    data: dataBr(a.data),
    situacao: a.situacao,
  };
}

export function guiaNoLoteVm(g: Guia, lote: Lote) {
  const informado = totalGuia(g);
  const glosado = glosadoGuia(g);
  return {
    numero: g.numero,
    dataDigitacao: dataBr(g.dataDigitacao),
    beneficiario: `${g.beneficiario.carteira} - ${g.beneficiario.nome}`,
    vlrInformado: reais(informado),
    vlrProcessado: reais(enviado(lote) ? informado : 0),
    vlrGlosado: reais(glosado),
    vlrLiberado: reais(enviado(lote) ? informado - glosado : 0),
  };
}

export function loteListaVm(state: PortalState, lote: Lote) {
  const guias = state.guiasDoLote(lote);
  const informado = guias.reduce((s, g) => s + totalGuia(g), 0);
  const glosado = guias.reduce((s, g) => s + glosadoGuia(g), 0);
  return {
    numero: String(lote.numero),
    operadora: lote.operadora.nome,
    operadoraAns: lote.operadora.ans,
    dataInclusao: dataBr(lote.dataInclusao),
    situacao: lote.situacao,
    protocolo: lote.protocolo ?? '',
    situacaoProtocolo: lote.situacaoProtocolo,
    tipoGuia: lote.tipoGuia,
    permiteRecurso: SITUACOES_PROTOCOLO_COM_RECURSO.includes(lote.situacaoProtocolo) && glosado > 0,
    resumo:
      `Operadora: ${operadoraAns(lote.operadora)} Qtd. Guias: ${guias.length} ` +
      `Vlr. Informado: ${reais(informado)} Vlr. Glosado: ${reais(glosado)} ` +
      `Vlr. Liberado: ${reais(enviado(lote) ? informado - glosado : 0)}`,
  };
}

export function loteDetalheVm(state: PortalState, lote: Lote) {
  const guias = state.guiasDoLote(lote);
  const informado = guias.reduce((s, g) => s + totalGuia(g), 0);
  const glosado = guias.reduce((s, g) => s + glosadoGuia(g), 0);
  const n = lote.guias.length;
  const lista = loteListaVm(state, lote);
  return {
    ...lista,
    dataFechamento: dataBr(lote.dataFechamento),
    enviarAte: dataBr(lote.enviarAte),
    dataEnvio: dataBr(lote.dataEnvio),
    dataPagamento: dataBr(lote.dataPagamento),
    operadora:
      tenantDe(lote.operadora.ans).operadora === 'ans' ? operadoraAns(lote.operadora) : operadoraRotulo(lote.operadora),
    canal: 'Portal Conecta',
    vlrInformado: reais(informado),
    vlrProcessado: enviado(lote) ? reais(informado) : '',
    vlrGlosado: enviado(lote) ? reais(glosado) : '',
    vlrLiberado: enviado(lote) ? reais(informado - glosado) : '',
    quantidadeGuias: n,
    mensagemGuias: `Este lote já possui ${n} ${n === 1 || n === 0 ? 'guia' : 'guias'}. Limite máximo permitido por lote é de ${LIMITE_GUIAS_POR_LOTE} guias.`,
    mensagemEnvio:
      lote.situacao === 'Enviando'
        ? 'O lote de pagamento foi enviado para processamento. Você será notificado quando o processamento for concluído.'
        : '',
    acoes: {
      fechar: lote.situacao === 'Aberto',
      excluir: lote.situacao === 'Aberto' || lote.situacao === 'Fechado (envio pendente)',
      reabrir: lote.situacao === 'Fechado (envio pendente)',
      enviar: lote.situacao === 'Fechado (envio pendente)',
      verificar: lote.situacao === 'Enviando',
      aposEnvio: enviado(lote),
      incluirAnexo: state.aceitaAnexo(lote),
      adicionarGuias: lote.situacao === 'Aberto',
    },
    notaFiscal: {
      situacao: 'Não exigida',
      numero: '',
      valor: '',
      emissao: '',
      documento: '',
      descricao: '',
      envio: '',
    },
    anexos: lote.anexos.map(anexoVm),
    guias: guias.map((g) => guiaNoLoteVm(g, lote)),
    log: lote.log,
  };
}

export function guiaEncontradaVm(g: Guia) {
  return {
    numero: g.numero,
    dataDigitacao: `${dataBr(g.dataDigitacao)} 00:00:00`,
    tipo: g.tipo,
    beneficiario: `${g.beneficiario.carteira} - ${g.beneficiario.nome}`,
    operadora: g.operadora.nome,
  };
}

/** A Pesquisa de Guias row (004 § 6): "18/11/2024 17:39:18", the type and situação as printed, "carteira - nome". */
export function autorizacaoListaVm(a: Autorizacao) {
  return {
    numero: String(a.numero),
    dataSolicitacao: dataBr(a.dataSolicitacao),
    tipo: a.tipo,
    situacao: a.situacao,
    beneficiario: `${a.beneficiario.carteira} - ${a.beneficiario.nome}`,
    operadora: a.operadora.nome,
  };
}

export function recursoVm(state: PortalState, recurso: Recurso) {
  const lote = state.lote(recurso.lote)!;
  const guias = state.guiasDoLote(lote);
  const informado = guias.reduce((s, g) => s + totalGuia(g), 0);
  const glosado = guias.reduce((s, g) => s + glosadoGuia(g), 0);
  const recursadoDe = (prefixo: string) =>
    recurso.justificativas.filter((j) => j.chave.startsWith(prefixo)).reduce((s, j) => s + j.valorRecursado, 0);
  return {
    numero: String(recurso.numero),
    lote: String(lote.numero),
    dataInclusao: dataBr(recurso.dataInclusao),
    dataEnvio: dataBr(recurso.dataEnvio),
    nivel: recurso.nivel,
    sequencia: '1',
    origem: 'Portal Conecta',
    situacao: recurso.situacao,
    dataSituacao: dataBr(recurso.dataEnvio ?? recurso.dataInclusao),
    // 002 § 2.3 and 004 § 13.7 show this field empty, even for a paid lote.
    dataPagamento: '',
    protocoloRecurso: '',
    operadora: operadoraAns(lote.operadora),
    protocoloOriginal: lote.protocolo ?? '',
    vlrInformado: reais(informado),
    vlrGlosado: reais(glosado),
    vlrLiberado: reais(informado - glosado),
    vlrRecursado: reais(state.valorRecursado(recurso)),
    vlrAcatado: reais(0),
    podeEditar: recurso.situacao === 'Não enviado',
    guias: guias
      .filter((g) => glosadoGuia(g) > 0)
      .map((g) => ({
        numero: g.numero,
        glosas: [...new Set(g.procedimentos.flatMap((p) => p.glosas.map((gl) => gl.codigo)))].join(', '),
        descricoes: g.procedimentos
          .flatMap((p) => p.glosas)
          .map((gl) => ({ codigo: gl.codigo, descricao: gl.descricao })),
        vlrProcessado: reais(totalGuia(g)),
        vlrLiberado: reais(totalGuia(g) - glosadoGuia(g)),
        vlrGlosado: reais(glosadoGuia(g)),
        vlrRecursado: reais(recursadoDe(`guia:${g.numero}`) + recursadoDe(`proc:${g.numero}:`)),
        procedimentos: g.procedimentos
          .filter((p) => p.glosas.length > 0)
          .map((p) => ({
            chave: `proc:${g.numero}:${p.sequencial}`,
            codigo: p.codigo,
            descricao: p.descricao,
            glosas: p.glosas.map((gl) => gl.codigo).join(', '),
            vlrProcessado: reais(totalProcedimento(p)),
            vlrLiberado: reais(totalProcedimento(p) - glosadoProcedimento(p)),
            vlrGlosado: reais(glosadoProcedimento(p)),
            vlrRecursado: reais(recursadoDe(`proc:${g.numero}:${p.sequencial}`)),
          })),
      })),
    justificativas: recurso.justificativas,
    anexos: recurso.anexos.map(anexoVm),
  };
}

export function uploadVm(u: UploadXml) {
  return {
    dataHora: dataBr(u.dataHora),
    arquivo: u.arquivo,
    criticas: String(u.criticas.length),
    mensagensCriticas: u.criticas,
    corrigidoOnline: 'Não',
    numeroLote: u.numeroLote,
  };
}

/** Pagamentos Pendentes (004 § 11): the grid row, its prévia (BASES, LOTES) and its NOTAS FISCAIS. */
export function pagamentoVm(p: Pagamento) {
  return {
    id: String(p.id),
    dataPagamento: dataBr(p.dataPagamento),
    status: p.status,
    valorPagamento: reais(p.valorBase),
    podeEditar: p.status === 'Aguardando Nota Fiscal',
    bases: [
      {
        tipoServico: 'Serviços de saúde, assistência médica e congêneres.',
        valorBase: reais(p.valorBase),
        cofins: reais(0),
        csll: reais(0),
        inss: reais(0),
        irrf: reais(p.irrf),
        iss: reais(0),
        pis: reais(0),
        liquido: reais(p.valorBase - p.irrf),
      },
    ],
    lotes: p.lotes.map((l) => ({
      protocolo: l.protocolo,
      lote: l.lote,
      apresentado: reais(l.apresentado),
      glosado: reais(l.glosado),
      pago: reais(l.pago),
      taxa: reais(0),
      tipo: l.tipo,
    })),
    notas: p.notas.map((n) => ({
      numero: n.numero,
      status: n.status,
      valor: reais(n.valor),
      serie: n.serie,
      emissao: dataBr(n.emissao),
      anexo: n.anexo?.nomeArquivo ?? '',
    })),
  };
}

/** A row of Documentos Anexos > Com falha no Envio (000 Q6). */
export function documentoComFalhaVm(lote: Lote, a: Anexo) {
  return {
    numero: String(a.numero),
    tipoGuia: lote.tipoGuia,
    guiaOuLote: String(lote.numero),
    tipoDocumento: a.tipoDocumento,
    data: dataBr(a.data),
    motivo: a.motivoFalha ?? '',
  };
}
