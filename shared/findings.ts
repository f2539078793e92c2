// The one shape every check yields, wherever it runs (engine, rules, worker API, popup, inline warnings, CLI).
// Types only, no zod: the TISS engine and the CLI's validate path import this at start-up, and zod is ~360 kB of
// code to load. The zod schemas that check a Finding at an edge are in finding-schemas.ts, which proves at
// compile time that they describe exactly these types.

export type Severity = 'error' | 'warning' | 'info';

export interface FindingWhere {
  /** Guia number as the user knows it (numeroGuiaPrestador, or the portal's "Nº Guia"). */
  guia?: string | undefined;
  /** Human field name or TISS element name, e.g. "dataExecucao". */
  field?: string | undefined;
  /** Path of the element in the XML, e.g. "mensagemTISS/prestadorParaOperadora/loteGuias/guiasTISS/guiaSP-SADT[3]". */
  element?: string | undefined;
  /** 1-based line and column in the file, when the finding comes from XML. */
  line?: number | undefined;
  column?: number | undefined;
  /** 1-based index of the procedimento/item inside the guia, when relevant. */
  item?: number | undefined;
}

/** `kind` of the built-in checks (pack rules carry their own kind). */
export const TISS_KIND = 'tiss';
export const ARQUIVO_KIND = 'arquivo';

/** Rule id of every internal failure (a check that crashed), wherever it happened; `kind` says where. */
export const INTERNAL_ERROR = 'erro-interno';

export interface Finding {
  /** Stable id: the pack rule's id ("lote-max-guias"), a built-in check's ("tiss/schema"), or INTERNAL_ERROR. */
  rule: string;
  /**
   * What made the finding (ESLint's ruleId): for a pack rule its kind ("lote-max-guias"), so callers pick
   * findings by kind without looking at the pack; otherwise the built-in part: "tiss" (file engine), "arquivo"
   * (the extension's first look at a chosen file), "regras" (the rule engine itself), "glosas" (demonstrativo and recurso files), "pack", "portal".
   */
  kind: string;
  /** Which of the kind's messages was used (ESLint's messageId); absent for the rule's main message. */
  messageId?: string | undefined;
  severity: Severity;
  /** pt-BR, written for a billing clerk. */
  message: string;
  where: FindingWhere;
  /** Where the rule comes from: "<source id> § <section>" (docs/sources.md) or "TISS 4.01.00 XSD". */
  source?: string | undefined;
  /** Technical detail (e.g. the libxml2-style reason) for support staff; never beneficiary data. */
  detail?: string | undefined;
}

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
