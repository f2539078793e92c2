// What the TISS engine returns for one file: findings in the shared shape plus a summary of the message.
// Implemented by shared/tiss/index.ts (`validateTiss`); consumed by the rule engine, the worker's
// POST /v1/validate, the extension's popup and the CLI.
import type { Finding } from '../findings.ts';
import type { TipoGuia } from '../rules/context.ts';
import type { TissFacts } from '../rules/context-from-tiss.ts';
import type { Md5Factory } from './hash.ts';
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
  /** What the rules read of the message, when the bytes were well-formed XML (never serialised: not clipped). */
  facts?: TissFacts;
  /** The element tree, only when asked for (`tree: true`) and the bytes were well-formed XML; never serialised. */
  document?: XmlDocument;
}

export interface ValidateTissOptions {
  fileName?: string;
  /** Default 15 MB, the portal's upload limit. */
  maxBytes?: number;
  /**
   * Also build the element tree (`document`), in the same pass. Only for readers of whole messages (the glosa
   * engine's demonstrativos): it costs the tree's memory, which validation alone never holds.
   */
  tree?: boolean;
  /**
   * Gather the rules' facts (`facts`, default true). A caller that runs no rules passes false and the pass skips
   * that work (the CLI's plain `validate`: its share of a 15 MB lote's time, and its facts' memory).
   */
  facts?: boolean;
  /**
   * Called once the bytes are decoded, when nothing reads them any more: a caller that owns them may free them
   * there (the CLI detaches its file's buffer, so a 15 MB lote is not held as bytes and as text together).
   */
  onDecoded?: () => void;
  /**
   * The MD5 of the epilogo hash (default js-md5, which runs everywhere). The CLI passes Node's own for large
   * files, where js-md5, never optimised for long in a short process, costs several times more.
   */
  md5?: Md5Factory;
}

export const MAX_XML_BYTES = 15 * 1024 * 1024;
