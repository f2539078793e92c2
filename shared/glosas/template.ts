// Justificativa templates of a recurso de glosa: the pack gives one text per glosa code with {placeholders};
// the draft fills them from the demonstrativo ({referencia} = "guia 52476, procedimento 10101012", or the
// protocolo). The placeholders are declared once here, so the pack schema can refuse an unknown one and the
// admin console can list them.
import { fillMarkers } from '../rules/text.ts';

export const JUSTIFICATIVA_PLACEHOLDERS = [
  'referencia',
  'guia',
  'guiaOperadora',
  'lote',
  'protocolo',
  'procedimento',
  'descricaoProcedimento',
  'dataRealizacao',
  'codigoGlosa',
  'motivo',
  'valorInformado',
  'valorLiberado',
  'valorGlosado',
] as const;
export type JustificativaPlaceholder = (typeof JUSTIFICATIVA_PLACEHOLDERS)[number];

/** st_texto500: what both the XML (justificativa*) and the portal's Justificativa field take. */
export const JUSTIFICATIVA_MAX = 500;

/** Fills {placeholders}; one with no value becomes an empty string, never the raw "{name}". */
export function fillTemplate(template: string, values: Partial<Record<JustificativaPlaceholder, string>>): string {
  return fillMarkers(template, (name) => values[name as JustificativaPlaceholder] ?? '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
