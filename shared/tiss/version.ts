// The TISS version of a message. The namespace is the same for every version, so the version is read from
// the text of cabecalho/Padrao (versaoPadrao up to 3.02.01) and each message is validated against the XSD of
// the version it names.
import type { Finding } from '../findings.ts';
import { childAt, whereOf } from './locate.ts';
import type { XmlDocument, XmlElement } from './xml-tree.ts';

export const VERSION_RULE = 'tiss/versao';

export interface VersionInfo {
  versao?: string;
  element?: XmlElement;
}

export function readVersion(doc: XmlDocument): VersionInfo {
  const element = childAt(doc.root, 'cabecalho', 'Padrao') ?? childAt(doc.root, 'cabecalho', 'versaoPadrao');
  const versao = element?.text.trim();
  return versao ? { versao, element } : element ? { element } : {};
}

/** A finding when the message names no version or one the engine has no XSD for; undefined when supported. */
export function checkVersion(info: VersionInfo, supported: readonly string[]): Finding | undefined {
  const list = supported.join(', ');
  if (info.versao && supported.includes(info.versao)) return undefined;
  if (!info.versao) {
    return {
      rule: VERSION_RULE,
      severity: 'error',
      message: `Não foi possível identificar a versão do TISS: o cabeçalho não tem o campo Padrao preenchido. Versões validadas: ${list}.`,
      where: info.element ? whereOf(info.element) : { field: 'Padrao', element: 'mensagemTISS/cabecalho/Padrao' },
      source: 'Padrão TISS',
      detail: 'cabecalho/Padrao (or versaoPadrao) missing or empty',
    };
  }
  return {
    rule: VERSION_RULE,
    severity: 'error',
    message: `Versão TISS ${info.versao} não suportada; versões validadas: ${list}. A estrutura do arquivo não foi conferida.`,
    where: whereOf(info.element!),
    source: 'Padrão TISS',
    detail: `no XSD for version ${info.versao}; schema validation skipped`,
  };
}
