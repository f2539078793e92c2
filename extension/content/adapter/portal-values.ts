// The portal's words for enumerated facts, mapped to the rule context's values.
import type { OperadoraInfo, TipoGuia } from '../../../shared/rules/context.ts';
import { normalizeLabel } from './text.ts';

const TIPOS: [RegExp, TipoGuia][] = [
  [/sp\s*\/?\s*sadt/, 'sp-sadt'],
  [/resumo de internacao|internacao/, 'resumo-internacao'],
  [/honorario/, 'honorarios'],
  [/odonto/, 'odonto'],
  [/recurso/, 'recurso-glosa'],
  [/consulta/, 'consulta'],
];

/** "Cobrança SP/SADT" → 'sp-sadt', "Consultas" → 'consulta'. */
export function parseTipoGuia(text: string | undefined): TipoGuia | undefined {
  if (!text) return undefined;
  const t = normalizeLabel(text);
  return TIPOS.find(([re]) => re.test(t))?.[1];
}

/** "10101012, 40301630 - Hemograma" → ['10101012', '40301630']: TUSS codes listed in a cell. */
export function splitCodigos(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/\b(\d{8})\b/g)].map((m) => m[1]!);
}

/**
 * The operadora as pages print it: "PASA | 331988" (header picker, lote page), "IPAM - ANS nº 999991"
 * (Novo Lote, recurso), "IPAM - ANS nº 99999-1" (004's wizard), "PASA 331988" (001 § 3) or a bare name
 * ("IPAM" in grids). The registro ANS is kept only when it has the 6 digits ANS numbers have.
 */
export function parseOperadora(text: string | undefined): OperadoraInfo | undefined {
  const texto = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!texto) return undefined;
  const m =
    /^(.*?)\s*(?:\||-\s*ANS\s*n\S*|ANS\s*n\S*)\s*(\d[\d.-]*\d)\s*$/i.exec(texto) ?? /^(.*?\D)\s+(\d{6})$/.exec(texto);
  const digits = m?.[2]?.replace(/\D/g, '');
  const nome = (m ? m[1]! : texto).replace(/[\s|-]+$/, '').trim();
  return {
    texto,
    ...(nome ? { nome } : {}),
    ...(digits?.length === 6 ? { registroAns: digits } : {}),
  };
}
