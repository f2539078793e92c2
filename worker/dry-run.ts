// Dry run of a draft: every enabled rule, one at a time, on every sample context and on the facts of a few bundled
// TISS XML fixtures (real messages through the shared engine). A rule that throws (the engine turns that into an
// INTERNAL_ERROR finding) is a failure and blocks publication, as is a fixture the engine cannot read.

import { INTERNAL_ERROR } from '../shared/findings.ts';
import type { RuleContextInput } from '../shared/rules/context.ts';
import { contextFromTiss } from '../shared/rules/context-from-tiss.ts';
import { runRules } from '../shared/rules/engine.ts';
import type { RulePack } from '../shared/rules/pack-schema.ts';
import { validateTiss } from '../shared/tiss/index.ts';
import { xmlFixtures } from './fixtures/xml-fixtures.generated.ts';
import { DRY_RUN_HOJE, sampleContexts } from './sample-contexts.ts';

export interface DryRun {
  contexts: number;
  findings: { context: string; rule: string; severity: string; message: string }[];
  failures: { context: string; rule: string; message: string }[];
}

type Failure = DryRun['failures'][number];
type XmlContexts = { contexts: { nome: string; context: RuleContextInput }[]; failures: Failure[] };

let xmlCache: XmlContexts | undefined;

/** The rule context of each XML fixture, as the public validation builds it; read once per isolate. */
export function xmlFixtureContexts(): XmlContexts {
  if (xmlCache) return xmlCache;
  const out: XmlContexts = { contexts: [], failures: [] };
  for (const { nome: arquivo, bytes } of xmlFixtures()) {
    const nome = `XML ${arquivo}`;
    const report = validateTiss(bytes);
    if (!report.facts) {
      const why = report.findings.find((f) => f.severity === 'error');
      out.failures.push({ context: nome, rule: why?.rule ?? 'tiss', message: why?.message ?? 'XML não lido' });
      continue;
    }
    const context = contextFromTiss(report.facts, DRY_RUN_HOJE, 'upload-xml');
    context.arquivos = [{ destino: 'upload-xml', nome: arquivo, tamanho: bytes.length }];
    out.contexts.push({ nome, context });
  }
  xmlCache = out;
  return out;
}

export function dryRunPack(pack: RulePack): DryRun {
  const xml = xmlFixtureContexts();
  const contexts = [...sampleContexts, ...xml.contexts];
  const out: DryRun = { contexts: contexts.length + xml.failures.length, findings: [], failures: [...xml.failures] };
  for (const rule of pack.regras.filter((r) => r.enabled)) {
    const single: RulePack = { ...pack, regras: [rule] };
    for (const { nome, context } of contexts) {
      for (const f of runRules(single, context)) {
        if (f.rule === INTERNAL_ERROR)
          out.failures.push({ context: nome, rule: rule.id, message: f.detail ?? f.message });
        else out.findings.push({ context: nome, rule: f.rule, severity: f.severity, message: f.message });
      }
    }
  }
  return out;
}
