// The portal lists imported XMLs under names like 000000000000000000018765_00cb633ac2b367a6935aea855a5de4aa.xml:
// the lote number left-padded with zeros, "_", the epilogo hash, ".xml". The TISS manual speaks of 20 digits;
// the Conecta listing in seed 000 shows 24, so any zero-padded width is accepted as long as the number and the
// hash are the message's own. A different name is only a warning: it is the content that is checked.
import { type Finding, TISS_KIND } from '../findings.ts';

export const FILE_NAME_RULE = 'tiss/nome-arquivo';
const PATTERN = /^(\d+)_([0-9a-fA-F]{32})\.xml$/i;
const SOURCE = 'Padrão TISS — nome do arquivo (<número do lote>_<hash>.xml); Conecta: Uploads > Arquivos > Importados';

function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

function stripZeros(s: string): string {
  return s.replace(/^0+(?=.)/, '');
}

export function expectedFileName(numeroLote: string, hash: string): string {
  return `${numeroLote.padStart(20, '0')}_${hash.toLowerCase()}.xml`;
}

/** Warnings about the file name; `hash` is the declared epilogo hash (or the computed one when none is declared). */
export function checkFileName(fileName: string, numeroLote: string | undefined, hash: string | undefined): Finding[] {
  const name = baseName(fileName);
  const m = PATTERN.exec(name);
  const sugestao =
    numeroLote && hash && /^\d+$/.test(numeroLote) ? ` (esperado: ${expectedFileName(numeroLote, hash)})` : '';
  const warn = (message: string, detail: string): Finding[] => [
    {
      rule: FILE_NAME_RULE,
      kind: TISS_KIND,
      severity: 'warning',
      message,
      where: { field: 'nome do arquivo' },
      source: SOURCE,
      detail,
    },
  ];
  if (!m) {
    return warn(
      `O nome do arquivo "${name}" não segue o padrão <número do lote>_<hash>.xml${sugestao}.`,
      `name does not match ${PATTERN.source}`,
    );
  }
  const [, loteNoNome, hashNoNome] = m as unknown as [string, string, string];
  if (numeroLote && stripZeros(loteNoNome) !== stripZeros(numeroLote)) {
    return warn(
      `O nome do arquivo indica o lote ${stripZeros(loteNoNome)}, mas o XML é do lote ${numeroLote}${sugestao}.`,
      `lote in name ${loteNoNome} ≠ numeroLote ${numeroLote}`,
    );
  }
  if (hash && hashNoNome.toLowerCase() !== hash.toLowerCase()) {
    return warn(
      `O hash no nome do arquivo (${hashNoNome}) é diferente do hash do epílogo (${hash})${sugestao}.`,
      `hash in name ${hashNoNome} ≠ epilogo hash ${hash}`,
    );
  }
  return [];
}
