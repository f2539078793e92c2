// The validator the popup's Web Worker runs: the TISS engine (size, encoding, well-formedness, version, schema,
// hash) plus the rules of the operadora's pack, chosen by the message's registro ANS among the active packs.

import { contextFromTiss } from '../../../shared/rules/context-from-tiss.ts';
import { parseRulePack, type RulePack } from '../../../shared/rules/pack-schema.ts';
import { findPack, validateXml } from '../../../shared/validate.ts';
import { operadoraDoPack, recordInputFromGuia } from '../guia-records/from-guia.ts';
import type { Validator } from './run.ts';

export const localValidator: Validator = (bytes, { packs: raw, hoje, fileName }) => {
  // Packs cross the worker boundary as plain data: check them again here, drop any that do not parse.
  const packs: RulePack[] = raw.flatMap((p) => {
    const parsed = parseRulePack(p);
    return parsed.ok ? [parsed.pack] : [];
  });
  const report = validateXml(bytes, { packs, hoje, fileName });
  const destino = report.summary.registroAnsDestino;
  const pack = destino ? findPack(packs, destino) : undefined;
  // Every guia's billing facts, to be kept so the lote page can check it (never beneficiário or professional).
  const guias =
    pack && report.facts
      ? (contextFromTiss(report.facts, hoje).guias ?? []).map((g) =>
          recordInputFromGuia(g, operadoraDoPack(pack), 'xml'),
        )
      : [];
  // The message's facts stay in the worker: only findings, the summary and those guia facts cross to the popup.
  return {
    summary: report.summary,
    findings: report.findings,
    ...(pack ? { pack } : {}),
    ...(guias.length ? { guias } : {}),
  };
};
