// Builds big, schema-valid TISS lotes from an SP/SADT lote used as template: its first guia is repeated up to the
// 100-guia limit and its procedimentos are repeated inside each guia until the file reaches the requested size
// (procedimentos per guia are unbounded in the XSD, so that is how real files grow). The epilogo hash is
// recomputed so the result is a correct message, not just a well-formed one. No Node API: the worker tests run
// it inside workerd (the template comes as a binding there); test/support/tiss-large.ts reads it from disk.
import { decodeLatin1, encodeLatin1 } from '../../shared/tiss/bytes.ts';
import { computeEpilogoHash } from '../../shared/tiss/hash.ts';
import { parseXml } from '../../shared/tiss/parse.ts';

const GUIA_OPEN = '\t\t\t\t<ans:guiaSP-SADT>';
const GUIA_CLOSE = '</ans:guiaSP-SADT>\n';
const PROC_OPEN = '\t\t\t\t\t\t<ans:procedimentoExecutado>';
const PROC_CLOSE = '</ans:procedimentoExecutado>\n';
const MAX_GUIAS = 100;
const MAX_ITEMS = 9999; // sequencialItem is st_numerico4

function slice(text: string, open: string, close: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(open, from);
  const end = text.indexOf(close, start) + close.length;
  if (start < 0 || end < close.length) throw new Error(`template lacks ${open.trim()}`);
  return { start, end };
}

function guiaWith(guiaTemplate: string, guiaNumber: number, procedimentos: number): string {
  const first = slice(guiaTemplate, PROC_OPEN, PROC_CLOSE);
  const lastClose = guiaTemplate.lastIndexOf(PROC_CLOSE) + PROC_CLOSE.length;
  const proc = guiaTemplate.slice(first.start, first.end);
  const items: string[] = [];
  for (let i = 1; i <= procedimentos; i++) {
    items.push(proc.replace(/<ans:sequencialItem>\d+</, `<ans:sequencialItem>${i}<`));
  }
  let next = procedimentos;
  const tail = guiaTemplate
    .slice(lastClose)
    .replace(/<ans:sequencialItem>\d+</g, () => `<ans:sequencialItem>${Math.min(++next, MAX_ITEMS)}<`);
  const id = String(guiaNumber).padStart(8, '0');
  return (guiaTemplate.slice(0, first.start) + items.join('') + tail)
    .replace(/<ans:numeroGuiaPrestador>[^<]*</, `<ans:numeroGuiaPrestador>SADT${id}<`)
    .replace(/<ans:numeroGuiaOperadora>[^<]*</, `<ans:numeroGuiaOperadora>OPS${id}<`);
}

/** A valid ISO-8859-1 SP/SADT lote of 100 guias, about `targetBytes` long, grown from `template` (ISO-8859-1). */
export function largeLoteFrom(template: Uint8Array, targetBytes: number): Uint8Array {
  const text = decodeLatin1(template);
  const firstGuia = slice(text, GUIA_OPEN, GUIA_CLOSE);
  const lastGuiaEnd = text.lastIndexOf(GUIA_CLOSE) + GUIA_CLOSE.length;
  const head = text.slice(0, firstGuia.start);
  const foot = text.slice(lastGuiaEnd);
  const guiaTemplate = text.slice(firstGuia.start, firstGuia.end);

  const oneProc = guiaWith(guiaTemplate, 1, 1).length;
  const perProc = guiaWith(guiaTemplate, 1, 2).length - oneProc;
  const perGuia = (targetBytes - head.length - foot.length) / MAX_GUIAS;
  const procedimentos = Math.min(MAX_ITEMS - 10, Math.max(1, Math.round((perGuia - oneProc) / perProc) + 1));

  const guias: string[] = [];
  for (let g = 1; g <= MAX_GUIAS; g++) guias.push(guiaWith(guiaTemplate, g, procedimentos));
  const unsigned = head + guias.join('') + foot;

  const parsed = parseXml(unsigned, 'ISO-8859-1');
  if (!parsed.ok) throw new Error(`generated lote is not well-formed: ${parsed.finding.message}`);
  const hash = computeEpilogoHash(parsed.document);
  if (!hash.ok) throw new Error('generated lote has a character outside ISO-8859-1');
  const signed = unsigned.replace(/<ans:hash>[0-9a-f]*<\/ans:hash>/, `<ans:hash>${hash.calculado}</ans:hash>`);
  const bytes = encodeLatin1(signed);
  if (!bytes.ok) throw new Error('unreachable: text came from ISO-8859-1 bytes');
  return bytes.bytes;
}
