// TISS messages in the older versions we validate (3.05.00, 4.00.01), derived from the committed 4.01.00
// fixtures rather than stored: Padrao rewritten, the few fields a version lacks or requires adjusted, and the
// epilogo hash recomputed so the only thing that differs from a clean file is the version.
import { decodeLatin1 } from '../../shared/tiss/bytes.ts';
import { computeEpilogoHash } from '../../shared/tiss/hash.ts';
import { parseXml } from '../../shared/tiss/parse.ts';
import { fixtureBytes } from './tiss-fixtures.ts';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** `text` (ISO-8859-1 TISS XML) with the epilogo hash it should declare. */
export function withCorrectHash(text: string): string {
  const parsed = parseXml(text, 'ISO-8859-1');
  if (!parsed.ok) throw new Error('derived fixture does not parse');
  const hash = computeEpilogoHash(parsed.document);
  if (!hash.ok) throw new Error('derived fixture has a character outside ISO-8859-1');
  return text.replace(/<ans:hash>[^<]*<\/ans:hash>/, `<ans:hash>${hash.calculado}</ans:hash>`);
}

/** A fixture relabelled as `version` (Padrao only), hash recomputed. ISO-8859-1 fixtures only. */
export function relabelled(file: string, version: string): Uint8Array {
  const text = decodeLatin1(fixtureBytes(file)).replace(/<ans:Padrao>[^<]*</, `<ans:Padrao>${version}<`);
  return latin1(withCorrectHash(text));
}

/**
 * The 3-guia consulta lote as a 3.05.00 message: 3.05.00 requires nomeBeneficiario and nomeContratado and has no
 * regimeAtendimento (added in 4.00.00). libxml2 accepts it under the 3.05.00 XSD.
 */
export function consulta305(): Uint8Array {
  const text = decodeLatin1(fixtureBytes('valid/consulta-3-guias.xml'))
    .replace(/<ans:Padrao>[^<]*</, '<ans:Padrao>3.05.00<')
    .replace(
      /(\t*)(<ans:atendimentoRN>N<\/ans:atendimentoRN>\n)/g,
      '$1$2$1<ans:nomeBeneficiario>BENEFICIARIO TESTE</ans:nomeBeneficiario>\n',
    )
    .replace(/(\t*)(<ans:CNES>)/g, '$1<ans:nomeContratado>CLINICA TESTE (FICTICIA)</ans:nomeContratado>\n$1$2')
    .replace(/\t*<ans:regimeAtendimento>[^<]*<\/ans:regimeAtendimento>\n/g, '');
  return latin1(withCorrectHash(text));
}

/** The 3-guia consulta lote as PASA would get it from a 4.00.01 system (PASA's capa shows "TISS 4.00.01"). */
export function consultaPasa40001(): Uint8Array {
  const text = decodeLatin1(fixtureBytes('valid/consulta-3-guias.xml'))
    .replace(/<ans:Padrao>[^<]*</, '<ans:Padrao>4.00.01<')
    .replace(/<ans:registroANS>345474</g, '<ans:registroANS>331988<');
  return latin1(withCorrectHash(text));
}
