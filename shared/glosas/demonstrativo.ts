// Reads a demonstrativo de análise de conta (TISS 4.01.00 / 4.02.00, operadoraParaPrestador/
// demonstrativosRetorno/demonstrativoAnaliseConta) after the TISS engine validated it against its XSD: per
// protocolo (lote), guia and procedimento the values informado / processado / liberado / glosado and every glosa
// code with its Tabela 38 name. The beneficiary's carteira is in the file but never read into the result.
import type { Finding } from '../findings.ts';
import { centavosOf } from './money.ts';
import { motivoGlosa } from './tabela38.ts';
import { type Node, readTissMessage } from './tiss-tree.ts';

export type NivelGlosa = 'protocolo' | 'guia' | 'item';

export interface GlosaLida {
  codigo: string;
  /** Tabela 38 description; the operadora's own descricaoGlosa when the code is not in the table. */
  motivo: string;
  /** The operadora's descricaoGlosa, when it wrote one. */
  descricaoOperadora?: string;
  /** Centavos, where the demonstrativo gives a value for this code (procedimento level). */
  valor?: number;
}

export interface Valores {
  informado: number;
  processado: number;
  liberado: number;
  glosado: number;
}

export interface ItemLido extends Valores {
  sequencial: string;
  dataRealizacao: string;
  tabela: string;
  codigo: string;
  descricao: string;
  grauParticipacao?: string;
  quantidade: string;
  glosas: GlosaLida[];
}

export interface GuiaLida extends Valores {
  numeroGuiaPrestador: string;
  numeroGuiaOperadora?: string;
  senha?: string;
  dataInicioFaturamento: string;
  situacao: string;
  /** Glosas of the whole guia (motivoGlosaGuia). */
  glosas: GlosaLida[];
  itens: ItemLido[];
}

export interface ProtocoloLido extends Valores {
  numeroLote: string;
  numeroProtocolo: string;
  dataProtocolo: string;
  situacao: string;
  /** Glosa of the whole protocolo (GlosaProtocolo), at most one in the XSD. */
  glosas: GlosaLida[];
  guias: GuiaLida[];
}

export interface Demonstrativo extends Valores {
  versao: string;
  registroANS: string;
  nomeOperadora: string;
  numeroDemonstrativo: string;
  dataEmissao: string;
  /** dadosContratado as written: which identifier and its value. */
  contratado: { tipo: 'codigoPrestadorNaOperadora' | 'cpfContratado' | 'cnpjContratado'; valor: string };
  /** One demonstrativo per demonstrativoAnaliseConta (the XSD allows up to 30 in a message). */
  protocolos: ProtocoloLido[];
}

export type LeituraDemonstrativo =
  | { ok: true; demonstrativos: Demonstrativo[]; findings: Finding[] }
  | { ok: false; findings: Finding[] };

/** dm_statusProtocolo, as the XSD comments name them. */
export const SITUACOES_PROTOCOLO: Readonly<Record<string, string>> = {
  '1': 'Recebido',
  '2': 'Em análise',
  '3': 'Liberado para pagamento',
  '4': 'Encerrado sem pagamento',
  '5': 'Analisado e aguardando liberação para pagamento',
  '6': 'Pagamento efetuado',
  '7': 'Não localizado',
  '8': 'Aguardando informação complementar',
  '9': 'Cancelado',
};

const RULE = 'glosas/demonstrativo';

function money(n: Node, ...path: string[]): number | undefined {
  const t = n.text(...path);
  return t ? centavosOf(t) : undefined;
}

function glosa(n: Node, valor?: number): GlosaLida {
  const codigo = n.text('codigoGlosa') || n.text('tipoGlosa');
  const descricaoOperadora = n.text('descricaoGlosa');
  return {
    codigo,
    motivo: motivoGlosa(codigo) ?? (descricaoOperadora || 'motivo não consta da Tabela 38'),
    ...(descricaoOperadora ? { descricaoOperadora } : {}),
    ...(valor !== undefined ? { valor } : {}),
  };
}

const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

function readItem(n: Node): ItemLido {
  const glosas = n.children('relacaoGlosa').map((g) => glosa(g, money(g, 'valorGlosa') ?? 0));
  const grau = n.text('grauParticipacao');
  return {
    sequencial: n.text('sequencialItem'),
    dataRealizacao: n.text('dataRealizacao'),
    tabela: n.text('procedimento', 'codigoTabela'),
    codigo: n.text('procedimento', 'codigoProcedimento'),
    descricao: n.text('procedimento', 'descricaoProcedimento'),
    ...(grau ? { grauParticipacao: grau } : {}),
    quantidade: n.text('qtdExecutada'),
    informado: money(n, 'valorInformado') ?? 0,
    processado: money(n, 'valorProcessado') ?? 0,
    liberado: money(n, 'valorLiberado') ?? 0,
    glosado: sum(glosas.map((g) => g.valor ?? 0)),
    glosas,
  };
}

/** Declared glosa value, else the items' glosas, else what was informado and not liberado. */
function glosadoOf(declared: number | undefined, parts: number[], informado: number, liberado: number): number {
  if (declared !== undefined) return declared;
  const fromParts = sum(parts);
  return fromParts > 0 ? fromParts : Math.max(0, informado - liberado);
}

function readGuia(n: Node): GuiaLida {
  const itens = n.children('detalhesGuia').map(readItem);
  const informado = money(n, 'valorInformadoGuia') ?? 0;
  const liberado = money(n, 'valorLiberadoGuia') ?? 0;
  const op = n.text('numeroGuiaOperadora');
  const senha = n.text('senha');
  return {
    numeroGuiaPrestador: n.text('numeroGuiaPrestador'),
    ...(op ? { numeroGuiaOperadora: op } : {}),
    ...(senha ? { senha } : {}),
    dataInicioFaturamento: n.text('dataInicioFat'),
    situacao: n.text('situacaoGuia'),
    glosas: n.children('motivoGlosaGuia').map((g) => glosa(g)),
    itens,
    informado,
    processado: money(n, 'valorProcessadoGuia') ?? 0,
    liberado,
    glosado: glosadoOf(
      money(n, 'valorGlosaGuia'),
      itens.map((i) => i.glosado),
      informado,
      liberado,
    ),
  };
}

function readProtocolo(n: Node): ProtocoloLido {
  const guias = n.children('relacaoGuias').map(readGuia);
  const glosaProtocolo = n.child('GlosaProtocolo');
  const informado = money(n, 'valorInformadoProtocolo') ?? 0;
  const liberado = money(n, 'valorLiberadoProtocolo') ?? 0;
  return {
    numeroLote: n.text('numeroLotePrestador'),
    numeroProtocolo: n.text('numeroProtocolo'),
    dataProtocolo: n.text('dataProtocolo'),
    situacao: n.text('situacaoProtocolo'),
    glosas: glosaProtocolo ? [glosa(glosaProtocolo)] : [],
    guias,
    informado,
    processado: money(n, 'valorProcessadoProtocolo') ?? 0,
    liberado,
    glosado: glosadoOf(
      money(n, 'valorGlosaProtocolo'),
      guias.map((g) => g.glosado),
      informado,
      liberado,
    ),
  };
}

function readDemonstrativo(n: Node, versao: string): Demonstrativo {
  const protocolos = n.children('dadosConta').flatMap((c) => c.children('dadosProtocolo').map(readProtocolo));
  const contratado = n.child('dadosPrestador', 'dadosContratado');
  const tipo = (['codigoPrestadorNaOperadora', 'cpfContratado', 'cnpjContratado'] as const).find((t) =>
    contratado?.text(t),
  );
  const informado = money(n, 'valorInformadoGeral') ?? 0;
  const liberado = money(n, 'valorLiberadoGeral') ?? 0;
  return {
    versao,
    registroANS: n.text('cabecalhoDemonstrativo', 'registroANS'),
    nomeOperadora: n.text('cabecalhoDemonstrativo', 'nomeOperadora'),
    numeroDemonstrativo: n.text('cabecalhoDemonstrativo', 'numeroDemonstrativo'),
    dataEmissao: n.text('cabecalhoDemonstrativo', 'dataEmissao'),
    contratado: { tipo: tipo ?? 'codigoPrestadorNaOperadora', valor: tipo ? contratado!.text(tipo) : '' },
    protocolos,
    informado,
    processado: money(n, 'valorProcessadoGeral') ?? 0,
    liberado,
    glosado: glosadoOf(
      money(n, 'valorGlosaGeral'),
      protocolos.map((p) => p.glosado),
      informado,
      liberado,
    ),
  };
}

const problem = (message: string, detail?: string): Finding => ({
  rule: RULE,
  kind: 'glosas',
  severity: 'error',
  message,
  where: {},
  ...(detail ? { detail } : {}),
});

/**
 * Validates the file with the TISS engine, then reads its demonstrativos de análise de conta. A schema error
 * stops the reading (values from a broken file would mislead); a wrong epilogo hash does not: the file is the
 * operadora's, and the clerk cannot fix it, so it is reported as a warning.
 */
export function lerDemonstrativo(bytes: Uint8Array): LeituraDemonstrativo {
  const { report, root } = readTissMessage(bytes);
  const findings = report.findings.map(
    (f): Finding =>
      f.rule === 'tiss/hash' && f.severity === 'error'
        ? {
            ...f,
            severity: 'warning',
            message: `${f.message} O arquivo é da operadora; os valores foram lidos mesmo assim.`,
          }
        : f,
  );
  if (!root || findings.some((f) => f.severity === 'error')) return { ok: false, findings };
  const retorno = root.child('operadoraParaPrestador', 'demonstrativosRetorno');
  const analises = retorno?.children('demonstrativoAnaliseConta') ?? [];
  if (!analises.length) {
    const tipo = report.summary.tipoTransacao;
    const pagamento = retorno?.child('demonstrativoPagamento');
    return {
      ok: false,
      findings: [
        ...findings,
        problem(
          pagamento
            ? 'Este arquivo é um demonstrativo de pagamento. As glosas por guia e procedimento estão no demonstrativo de análise de conta (Faturamento → Demonstrativos → Análise de conta → Baixar XML).'
            : `Este arquivo não é um demonstrativo de análise de conta${tipo ? ` (a mensagem é ${tipo})` : ''}. Baixe-o em Faturamento → Demonstrativos → Análise de conta → Baixar XML.`,
          `no demonstrativoAnaliseConta; tipoTransacao ${tipo ?? '?'}`,
        ),
      ],
    };
  }
  const versao = report.summary.versao ?? '';
  return { ok: true, demonstrativos: analises.map((a) => readDemonstrativo(a, versao)), findings };
}
