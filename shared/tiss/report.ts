// What the TISS engine returns for one file: findings in the shared shape plus a summary of the message.
// Implemented by shared/tiss/index.ts (`validateTiss`); consumed by the rule engine, the worker's
// POST /v1/validate, the extension's popup and the CLI.
import type { Finding } from '../findings.ts';
import type { TipoGuia } from '../rules/context.ts';
import type { XmlDocument } from './xml-tree.ts';

export interface TissSummary {
  /** File name as given, if any. */
  arquivo?: string;
  bytes: number;
  /** Encoding used to read the bytes. */
  encoding?: string;
  /** Text of cabecalho/Padrao (or versaoPadrao). */
  versao?: string;
  /** True when the engine has the XSD of that version and validated against it. */
  versaoSuportada: boolean;
  tipoTransacao?: string;
  /** origem: codigoPrestadorNaOperadora / CNPJ / CPF of the prestador, as written. */
  origem?: string;
  /** destino: registroANS of the operadora. */
  registroAnsDestino?: string;
  numeroLote?: string;
  tipoGuia?: TipoGuia;
  quantidadeGuias?: number;
  hash?: { declarado?: string; calculado: string; confere: boolean };
}

export interface TissReport {
  /** No finding of severity 'error'. */
  valido: boolean;
  findings: Finding[];
  summary: TissSummary;
  /** The parsed document, when the bytes were well-formed XML (for the rule engine; never serialised). */
  document?: XmlDocument;
}

export interface ValidateTissOptions {
  fileName?: string;
  /** Default 15 MB, the portal's upload limit. */
  maxBytes?: number;
}

export const MAX_XML_BYTES = 15 * 1024 * 1024;
