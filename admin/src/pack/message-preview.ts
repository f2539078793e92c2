// Preview of a rule message as a clerk would read it: {placeholders} filled with the rule's own option
// values when the names match (e.g. {dias} → 60), otherwise with plausible example values.
import { fillMarkers, markerNames } from '../../../shared/rules/text.ts';

const EXAMPLES: Record<string, string> = {
  guia: '2026000123',
  lote: '4587',
  quantidade: '101',
  data: '15/03/2026',
  dataAtendimento: '15/03/2026',
  dataEnvio: '20/05/2026',
  prazo: '90',
  dias: '90',
  decorridos: '96',
  codigo: '40304361',
  procedimento: '40304361',
  categoria: 'Exames de imagem',
  tipo: 'sp-sadt',
  tipos: 'consulta, sp-sadt',
  documento: '04-INDICACAO CLINICA',
  anexo: '04-INDICACAO CLINICA',
  situacao: 'Fechado (envio pendente)',
  versao: '4.01.00',
  versoes: '4.01.00, 4.02.00',
  max: '100',
  valor: 'R$ 1.250,00',
};

function show(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map((x) => String(x)).join(', ');
  if (typeof v === 'object') return undefined;
  return String(v);
}

export function previewMessage(message: string, options: Record<string, unknown>): string {
  return fillMarkers(message, (name) => show(options[name]) ?? EXAMPLES[name] ?? `«${name}»`);
}

/** Placeholders used in a message that the kind does not fill: the clerk would see "{x}" verbatim. */
export function unknownPlaceholders(message: string, allowed: readonly string[]): string[] {
  const ok = new Set(allowed);
  return markerNames(message).filter((n) => !ok.has(n));
}
