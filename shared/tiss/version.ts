// The TISS version of a message. The namespace is the same for every version, so the version is read from
// the text of cabecalho/Padrao (versaoPadrao up to 3.02.01) and each message is validated against the XSD of
// the version it names.
//
// Three cases when there is no XSD for it: no version at all (the clerk's file is incomplete: error); a
// version inside the span of our XSDs that none of their dm_versao lists (a typo such as 4.01.01: error,
// libxml2 refuses it under every XSD); a real version we have no XSD for, listed or outside (warning: the
// tool could not check the structure, which says nothing about the operadora; which versions an operadora
// accepts is its pack's versao-tiss rule).
import { type Finding, TISS_KIND } from '../findings.ts';
import { listaPt } from '../rules/labels.ts';
import { type ElementFrame, whereOf } from './locate.ts';
import { quoteValue } from './schema/messages.ts';

export const VERSION_RULE = 'tiss/versao';

export interface VersionInfo {
  versao?: string;
  element?: ElementFrame;
}

/** The version named by cabecalho/Padrao, else by cabecalho/versaoPadrao (the parser's frames of them). */
export function readVersion(padrao: ElementFrame | undefined, versaoPadrao: ElementFrame | undefined): VersionInfo {
  const element = padrao ?? versaoPadrao;
  const versao = element?.text.trim();
  return versao ? { versao, element } : element ? { element } : {};
}

/** The versions the engine validates and every version the vendored XSDs' dm_versao lists. */
export interface KnownVersions {
  /** Versions with a compiled XSD model, oldest first. */
  supported: readonly string[];
  /** Versions named in any model's dm_versao, plus the supported ones (a function: it parses every model). */
  published: () => ReadonlySet<string>;
}

const VERSION_SHAPE = /^\d\.\d{2}\.\d{2}$/;

/** A finding when the message's version cannot be validated; undefined when it has an XSD. */
export function checkVersion(info: VersionInfo, known: KnownVersions): Finding | undefined {
  const { supported } = known;
  const list = listaPt(supported);
  if (info.versao && supported.includes(info.versao)) return undefined;
  if (!info.versao) {
    return {
      rule: VERSION_RULE,
      kind: TISS_KIND,
      severity: 'error',
      message: `Não foi possível identificar a versão do TISS: o cabeçalho não tem o campo Padrao preenchido. Versões validadas: ${list}.`,
      where: info.element ? whereOf(info.element) : { field: 'Padrao', element: 'mensagemTISS/cabecalho/Padrao' },
      source: 'Padrão TISS',
      detail: 'cabecalho/Padrao (or versaoPadrao) missing or empty',
    };
  }
  const oldest = supported[0] ?? '';
  const newest = supported.at(-1) ?? '';
  // Outside the span of our XSDs we cannot tell a real version from a typo, so it gets the benefit of doubt.
  const outsideSpan = VERSION_SHAPE.test(info.versao) && (info.versao < oldest || info.versao > newest);
  const published = outsideSpan ? undefined : known.published();
  const realVersion = outsideSpan || published!.has(info.versao);
  if (!realVersion) {
    return {
      rule: VERSION_RULE,
      kind: TISS_KIND,
      severity: 'error',
      message: `A versão TISS ${quoteValue(info.versao)} informada no campo Padrao não existe no padrão TISS (de ${oldest} a ${newest}, as versões publicadas são ${listaPt([...published!].sort())}). Corrija a versão no sistema que gerou o arquivo.`,
      where: whereOf(info.element!),
      source: 'Padrão TISS',
      detail: 'version listed by no dm_versao of the vendored XSDs; schema validation skipped',
    };
  }
  return {
    rule: VERSION_RULE,
    kind: TISS_KIND,
    severity: 'warning',
    message: `Este validador não tem o XSD da versão TISS ${info.versao} e não conferiu a estrutura do arquivo (confere ${list}). Isso não quer dizer que a operadora recuse essa versão.`,
    where: whereOf(info.element!),
    source: 'Padrão TISS',
    detail: `no XSD for version ${info.versao}; schema validation skipped`,
  };
}
