// The portal's words for enumerated facts, mapped to the rule context's values.
import type { TipoGuia } from '../../../shared/rules/context.ts';
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
