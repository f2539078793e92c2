// The one shape every check yields, wherever it runs (engine, rules, worker API, popup, inline warnings, CLI).
import * as z from 'zod';
import './zod-locale.ts';

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export const findingWhereSchema = z.object({
  /** Guia number as the user knows it (numeroGuiaPrestador, or the portal's "Nº Guia"). */
  guia: z.string().optional(),
  /** Human field name or TISS element name, e.g. "dataExecucao". */
  field: z.string().optional(),
  /** Path of the element in the XML, e.g. "mensagemTISS/prestadorParaOperadora/loteGuias/guiasTISS/guiaSP-SADT[3]". */
  element: z.string().optional(),
  /** 1-based line and column in the file, when the finding comes from XML. */
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  /** 1-based index of the procedimento/item inside the guia, when relevant. */
  item: z.number().int().positive().optional(),
});
export type FindingWhere = z.infer<typeof findingWhereSchema>;

/** `kind` of the built-in checks (pack rules carry their own kind). */
export const TISS_KIND = 'tiss';
export const ARQUIVO_KIND = 'arquivo';

/** Rule id of every internal failure (a check that crashed), wherever it happened; `kind` says where. */
export const INTERNAL_ERROR = 'erro-interno';

export const findingSchema = z.object({
  /** Stable id: the pack rule's id ("lote-max-guias"), a built-in check's ("tiss/schema"), or INTERNAL_ERROR. */
  rule: z.string().min(1),
  /**
   * What made the finding (ESLint's ruleId): for a pack rule its kind ("lote-max-guias"), so callers pick
   * findings by kind without looking at the pack; otherwise the built-in part: "tiss" (file engine), "arquivo"
   * (the extension's first look at a chosen file), "regras" (the rule engine itself), "glosas" (demonstrativo and recurso files), "pack", "portal".
   */
  kind: z.string().min(1),
  /** Which of the kind's messages was used (ESLint's messageId); absent for the rule's main message. */
  messageId: z.string().min(1).optional(),
  severity: severitySchema,
  /** pt-BR, written for a billing clerk. */
  message: z.string().min(1),
  where: findingWhereSchema,
  /** Where the rule comes from: "<source id> § <section>" (docs/sources.md) or "TISS 4.01.00 XSD". */
  source: z.string().optional(),
  /** Technical detail (e.g. the libxml2-style reason) for support staff; never beneficiary data. */
  detail: z.string().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order for display: by line, then guia, then severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.where.line ?? Number.MAX_SAFE_INTEGER) - (b.where.line ?? Number.MAX_SAFE_INTEGER) ||
      (a.where.guia ?? '').localeCompare(b.where.guia ?? '') ||
      severityOrder[a.severity] - severityOrder[b.severity],
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
