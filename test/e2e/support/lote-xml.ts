// The XML a clerk's billing system would export for a seed lote of the mock portal, for the tests that check it
// in the popup and then open the lote (Chromium and Firefox).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { computeEpilogoHash } from '../../../shared/tiss/hash.ts';
import { parseXml } from '../../../shared/tiss/parse.ts';
import type { PortalState } from '../../portal/state.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'tiss');

/**
 * Seed lote 8505 (PASA, Consulta, 3 guias) as its XML: the 3-guia Consulta fixture, sent to the PASA (331988),
 * numbered and dated as the seed lote's guias, with its epilogo hash stamped again.
 */
export async function xmlDoLoteConsulta(
  state: PortalState,
  lote: number,
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const guias = state.guiasDoLote(state.lote(lote)!);
  if (guias.length !== 3) throw new Error(`o lote ${lote} tem ${guias.length} guias, não 3`);
  let text = (await readFile(join(fixtures, 'valid', 'consulta-3-guias.xml'), 'latin1')).replaceAll(
    '<ans:registroANS>345474</ans:registroANS>',
    '<ans:registroANS>331988</ans:registroANS>',
  );
  for (const [i, g] of guias.entries()) {
    const numero = `CON00000000${i + 1}`;
    const inicio = text.indexOf(`<ans:numeroGuiaPrestador>${numero}<`);
    const fim = text.indexOf('</ans:guiaConsulta>', inicio);
    const trecho = text
      .slice(inicio, fim)
      .replace(numero, g.numero)
      .replace(/<ans:dataAtendimento>[^<]*</, `<ans:dataAtendimento>${g.procedimentos[0]!.dataRealizacao}<`);
    text = text.slice(0, inicio) + trecho + text.slice(fim);
  }
  const parsed = parseXml(text, 'ISO-8859-1');
  if (!parsed.ok) throw new Error(parsed.finding.message);
  const hash = computeEpilogoHash(parsed.document);
  if (!hash.ok) throw new Error('hash');
  text = text.replace(/<ans:hash>[^<]*</, `<ans:hash>${hash.calculado}<`);
  return { name: `lote-${lote}.xml`, mimeType: 'text/xml', buffer: Buffer.from(text, 'latin1') };
}
