// pt-BR wording of schema findings for a billing clerk: which guia, which procedimento, which field, what
// value and what is expected — never libxml2 jargon. The technical reason goes to `detail` for support.
// Worded from the parser's frames once the elements they name are complete (a guia's number may come after the
// error; "101 guias" is known at guiasTISS's end tag), see validate.ts.
import { type Finding, TISS_KIND } from '../../findings.ts';
import { type ElementFrame, whereOf } from '../locate.ts';
import type { SimpleTypeFailure } from './simple-types.ts';

export const SCHEMA_RULE = 'tiss/schema';

// Field names a clerk sees in the guia form, for the fields that errors hit most.
const FIELD_LABELS: Record<string, string> = {
  numeroGuiaPrestador: 'número da guia no prestador',
  numeroGuiaOperadora: 'número da guia na operadora',
  numeroGuiaPrincipal: 'número da guia principal',
  numeroCarteira: 'número da carteira',
  atendimentoRN: 'atendimento a recém-nascido',
  registroANS: 'registro ANS',
  numeroLote: 'número do lote',
  Padrao: 'versão do padrão TISS',
  tipoTransacao: 'tipo de transação',
  sequencialTransacao: 'sequencial da transação',
  dataRegistroTransacao: 'data de registro da transação',
  horaRegistroTransacao: 'hora de registro da transação',
  dataAtendimento: 'data do atendimento',
  dataExecucao: 'data de execução',
  dataRealizacao: 'data de realização',
  dataSolicitacao: 'data da solicitação',
  dataAutorizacao: 'data da autorização',
  dataInicioFaturamento: 'data de início do faturamento',
  dataFinalFaturamento: 'data final do faturamento',
  dataEmissao: 'data de emissão',
  horaInicial: 'hora inicial',
  horaFinal: 'hora final',
  codigoTabela: 'código da tabela',
  codigoProcedimento: 'código do procedimento',
  descricaoProcedimento: 'descrição do procedimento',
  quantidadeExecutada: 'quantidade executada',
  quantidadeSolicitada: 'quantidade solicitada',
  reducaoAcrescimo: 'fator de redução/acréscimo',
  valorUnitario: 'valor unitário',
  valorTotal: 'valor total',
  valorProcedimento: 'valor do procedimento',
  valorProcedimentos: 'valor dos procedimentos',
  valorTotalGeral: 'valor total geral',
  valorTaxasAlugueis: 'valor de taxas e aluguéis',
  valorMateriais: 'valor de materiais',
  valorMedicamentos: 'valor de medicamentos',
  valorOPME: 'valor de OPME',
  valorGasesMedicinais: 'valor de gases medicinais',
  valorDiarias: 'valor de diárias',
  valorRecursado: 'valor recursado',
  codigoPrestadorNaOperadora: 'código do prestador na operadora',
  cnpjContratado: 'CNPJ do contratado',
  cpfContratado: 'CPF do contratado',
  CNES: 'CNES',
  conselhoProfissional: 'conselho profissional',
  numeroConselhoProfissional: 'número no conselho profissional',
  UF: 'UF',
  CBOS: 'CBO',
  grauPart: 'grau de participação',
  tipoAtendimento: 'tipo de atendimento',
  indicacaoAcidente: 'indicação de acidente',
  regimeAtendimento: 'regime de atendimento',
  caraterAtendimento: 'caráter do atendimento',
  tipoConsulta: 'tipo de consulta',
  observacao: 'observação',
  justificativa: 'justificativa',
  sequencialItem: 'sequencial do item',
  codigoDespesa: 'código da despesa',
  unidadeMedida: 'unidade de medida',
  hash: 'hash do epílogo',
  dataEmissaoGuia: 'data de emissão da guia',
  dataRecurso: 'data do recurso',
  horaInicialFaturamento: 'hora inicial do faturamento',
  horaFinalFaturamento: 'hora final do faturamento',
  qtdProc: 'quantidade do procedimento',
  valorProc: 'valor do procedimento',
  valorTotalProc: 'valor total dos procedimentos',
  valorTotalHonorarios: 'valor total dos honorários',
  valorTotalRecursado: 'valor total recursado',
  numeroGuiaOrigem: 'número da guia de origem',
  senha: 'senha de autorização',
  codigoContratado: 'código do contratado',
  nomeProfissional: 'nome do profissional',
  dadosBeneficiario: 'dados do beneficiário',
};

/** Elements that are one line of a guia, and what a clerk calls that line. */
const ITEM_LABELS: Record<string, string> = {
  procedimentoExecutado: 'procedimento',
  procedimentoRealizado: 'procedimento',
  procedimentosExecutados: 'procedimento',
  despesa: 'despesa',
  recursoGuia: 'item de recurso',
  itensGuia: 'item',
};

// Own properties only: element names come from the file ("constructor", "__proto__" are legal XML names).
const lookup = (table: Record<string, string>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);

export function fieldLabel(name: string): string {
  return lookup(FIELD_LABELS, name) ?? name;
}

function itemLabel(el: ElementFrame): string {
  for (let cur: ElementFrame | undefined = el; cur; cur = cur.parent) {
    const label = lookup(ITEM_LABELS, cur.name);
    if (label) return label;
  }
  return 'item';
}

/** `loteLevel`: the message is about the whole lote, so it does not start with the guia. */
function schemaFinding(el: ElementFrame, text: string, detail: string, versao: string, loteLevel = false): Finding {
  const where = whereOf(el);
  const prefix = loteLevel
    ? ''
    : [where.guia ? `Guia ${where.guia}` : '', where.item ? `${itemLabel(el)} ${where.item}` : '']
        .filter(Boolean)
        .join(', ');
  const message = prefix ? `${prefix}: ${text}` : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return {
    rule: SCHEMA_RULE,
    kind: TISS_KIND,
    severity: 'error',
    message,
    where,
    source: `TISS ${versao} XSD`,
    detail,
  };
}

/** A value echoed in a message, quoted and cut (a file may put megabytes in one field). */
export const quoteValue = (v: string) => (v.length > 60 ? `"${v.slice(0, 57)}…"` : `"${v}"`);

function listExpected(names: readonly string[]): string {
  const labels = names.map((n) => (n === '*' ? 'outro elemento' : fieldLabel(n) === n ? n : `${fieldLabel(n)} (${n})`));
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} ou ${labels.at(-1)}`;
}

const LEXICAL: Record<string, string> = {
  decimal: 'não é um número válido (use ponto como separador decimal, ex.: 10.50)',
  integer: 'não é um número inteiro válido',
  date: 'não é uma data válida (formato AAAA-MM-DD, sem espaços)',
  time: 'não é uma hora válida (formato hh:mm:ss)',
  dateTime: 'não é uma data e hora válida (formato AAAA-MM-DDThh:mm:ss)',
  boolean: 'não é um valor lógico válido (true ou false)',
  base64Binary: 'não é um conteúdo base64 válido',
  anyURI: 'não é um endereço (URI) válido',
  ID: 'não é um identificador válido',
};

function digitsPattern(pattern: string): string | undefined {
  const m = /^\[0-9\]\{(\d+)(?:,(\d+))?\}$/.exec(pattern);
  if (!m) return undefined;
  return m[2] ? `de ${m[1]} a ${m[2]} dígitos` : `${m[1]} dígitos`;
}

/**
 * A value that its type refuses. The value is quoted in the message (the user sees their own file) but never
 * in `detail`, which may travel to support: it can be beneficiary data (numeroCarteira).
 */
export function valueFinding(
  el: ElementFrame,
  value: string,
  failure: SimpleTypeFailure,
  typeName: string,
  base: string,
  versao: string,
  /** Set when the value is an attribute's rather than the element's text. */
  attribute?: string,
): Finding {
  const label = attribute ? `atributo ${attribute} de ${el.name}` : fieldLabel(el.name);
  const trimmed = value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  const field = `${label} ${quoteValue(trimmed)}`;
  let text: string;
  let detail: string;
  switch (failure.kind) {
    case 'lexical':
      text = `${field} ${LEXICAL[base] ?? 'não é um valor válido'}`;
      detail = `${el.name}: not a valid value of the atomic type ${typeName} (${base})`;
      break;
    case 'enumeration': {
      const shown = failure.allowed.slice(0, 12).join(', ');
      const more = failure.allowed.length > 12 ? ` e mais ${failure.allowed.length - 12}` : '';
      text = `${field} não é um dos valores permitidos (${shown}${more})`;
      detail = `${el.name}: [facet 'enumeration'] of ${typeName}: not in {${failure.allowed.join(', ')}}`;
      break;
    }
    case 'pattern':
      text = `${field} não está no formato esperado${digitsPattern(failure.pattern) ? ` (${digitsPattern(failure.pattern)})` : ''}`;
      detail = `${el.name}: [facet 'pattern'] of ${typeName}: does not match '${failure.pattern}'`;
      break;
    case 'length':
      text = `${field} deve ter exatamente ${failure.expected} caracteres (tem ${failure.actual})`;
      detail = `${el.name}: [facet 'length'] of ${typeName}: ${failure.actual} != ${failure.expected}`;
      break;
    case 'minLength':
      text =
        failure.actual === 0
          ? `${label} está vazio; o campo precisa ser preenchido`
          : `${field} é curto demais (mínimo de ${failure.min} caracteres)`;
      detail = `${el.name}: [facet 'minLength'] of ${typeName}: ${failure.actual} < ${failure.min}`;
      break;
    case 'maxLength':
      text = `${field} tem ${failure.actual} caracteres; o máximo é ${failure.max}`;
      detail = `${el.name}: [facet 'maxLength'] of ${typeName}: ${failure.actual} > ${failure.max}`;
      break;
    case 'totalDigits':
      text = `${field} tem dígitos demais (máximo de ${failure.max} dígitos no total)`;
      detail = `${el.name}: [facet 'totalDigits'] of ${typeName}: ${failure.actual} > ${failure.max}`;
      break;
    case 'fractionDigits':
      text = `${field} tem casas decimais demais (máximo de ${failure.max})`;
      detail = `${el.name}: [facet 'fractionDigits'] of ${typeName}: ${failure.actual} > ${failure.max}`;
      break;
    default: {
      const word = {
        minInclusive: 'anterior a',
        maxInclusive: 'posterior a',
        minExclusive: 'até',
        maxExclusive: 'a partir de',
      };
      text = `${field} não pode ser ${word[failure.kind]} ${failure.limit}`;
      detail = `${el.name}: [facet '${failure.kind}'] of ${typeName}: limit '${failure.limit}'`;
    }
  }
  // Spaces or line breaks around a value are invisible in a message; say so instead of quoting them.
  if (trimmed !== value) text += ' (há espaços ou quebras de linha antes ou depois do valor; remova-os)';
  return schemaFinding(el, text, detail, versao);
}

/** A child that the content model does not allow where it is. */
export function unexpectedFinding(
  child: ElementFrame,
  expected: readonly string[],
  versao: string,
  limit?: { max: number; count: number },
  /** The child is a field of this parent, just not here: something before it is missing or out of order. */
  known = false,
): Finding {
  const parent = child.parent;
  const siblingNames = parent?.childNameList() ?? [];
  const detail = `${child.name}: This element is not expected.${expected.length ? ` Expected is ( ${expected.join(' | ')} ).` : ''}`;
  if (parent?.name === 'guiasTISS') {
    const first = siblingNames[0];
    if (first && first !== child.name) {
      const types = siblingNames.join(', ');
      return schemaFinding(
        child,
        `Lote mistura tipos de guia (${types}): um lote só pode ter guias de um tipo`,
        detail,
        versao,
        true,
      );
    }
    if (limit) {
      return schemaFinding(
        child,
        `Lote com ${limit.count} guias: o máximo permitido é ${limit.max}`,
        detail,
        versao,
        true,
      );
    }
  }
  if (limit) {
    return schemaFinding(
      child,
      `${fieldLabel(child.name)} aparece ${limit.count} vezes em ${parent?.name}; o máximo é ${limit.max}`,
      detail,
      versao,
    );
  }
  const where = parent ? ` em ${parent.name}` : '';
  if (known && expected.length > 0 && !expected.includes(child.name)) {
    return schemaFinding(
      child,
      `falta ${expected.length > 1 ? 'um dos campos' : 'o campo'} ${listExpected(expected)} antes de ${child.name}${where} (ou os campos estão fora de ordem)`,
      detail,
      versao,
    );
  }
  const text = expected.length
    ? `o campo ${child.name} não era esperado aqui${where} (esperado: ${listExpected(expected)})`
    : `o campo ${child.name} não era esperado aqui${where}`;
  return schemaFinding(child, text, detail, versao);
}

export function missingFinding(parent: ElementFrame, expected: readonly string[], versao: string): Finding {
  const text = `falta ${expected.length > 1 ? 'um dos campos' : 'o campo obrigatório'} ${listExpected(expected)} em ${parent.name}`;
  return schemaFinding(
    parent,
    text,
    `${parent.name}: Missing child element(s). Expected is ( ${expected.join(' | ')} ).`,
    versao,
  );
}

export function structureFinding(el: ElementFrame, text: string, detail: string, versao: string): Finding {
  return schemaFinding(el, text, detail, versao);
}

export function omittedFinding(omitted: number, listed: number, versao: string): Finding {
  return {
    rule: SCHEMA_RULE,
    kind: TISS_KIND,
    severity: 'error',
    message: `Há mais ${omitted} erros de estrutura além dos ${listed} listados; corrija estes e valide o arquivo de novo`,
    where: {},
    source: `TISS ${versao} XSD`,
    detail: `${omitted} further schema errors not listed`,
  };
}
