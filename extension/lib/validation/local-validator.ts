// The validator the popup's Web Worker runs: the TISS engine (size, encoding, well-formedness, version,
// schema, hash). The operadora's pack rules are added here once the rule engine's validateXml lands.
import { validateTiss } from '../../../shared/tiss/index.ts';
import type { Validator } from './run.ts';

export const localValidator: Validator = (bytes, { fileName }) => {
  const report = validateTiss(bytes, { fileName });
  // The parsed document stays in the worker: only findings and the summary cross to the popup.
  return { summary: report.summary, findings: report.findings };
};
