// Dry run of a draft: every enabled rule, one at a time, on every sample context. A rule that throws (the engine
// turns that into an 'engine/internal' finding) is a failure and blocks publication.
import { ENGINE_INTERNAL, runRules } from '../shared/rules/engine.ts';
import type { RulePack } from '../shared/rules/pack-schema.ts';
import { sampleContexts } from './sample-contexts.ts';

export interface DryRun {
  contexts: number;
  findings: { context: string; rule: string; severity: string; message: string }[];
  failures: { context: string; rule: string; message: string }[];
}

export function dryRunPack(pack: RulePack): DryRun {
  const out: DryRun = { contexts: sampleContexts.length, findings: [], failures: [] };
  for (const rule of pack.regras.filter((r) => r.enabled)) {
    const single: RulePack = { ...pack, regras: [rule] };
    for (const { nome, context } of sampleContexts) {
      for (const f of runRules(single, context)) {
        if (f.rule === ENGINE_INTERNAL)
          out.failures.push({ context: nome, rule: rule.id, message: f.detail ?? f.message });
        else out.findings.push({ context: nome, rule: f.rule, severity: f.severity, message: f.message });
      }
    }
  }
  return out;
}
