// "Testar": run the published pack and the draft over the same TISS XML, in the browser, with the same
// engine the extension and the worker use, and diff the findings. The XML never leaves the page.
import type { Finding } from '../../../shared/findings.ts';
import { parseRulePack, type RulePack } from '../../../shared/rules/pack-schema.ts';
import { validateXml } from '../../../shared/validate.ts';
import { diffFindings, type FindingsDiff } from './findings-diff.ts';

export type TestOutcome =
  | { ok: true; diff: FindingsDiff; draftFindings: Finding[]; currentFindings: Finding[] }
  | { ok: false; message: string };

function chaveOf(pack: RulePack): string {
  return pack.operadora.chave;
}

export async function testDraft(input: {
  bytes: Uint8Array;
  fileName: string;
  draft: unknown;
  published: unknown;
  hoje: string;
}): Promise<TestOutcome> {
  const draft = parseRulePack(input.draft);
  if (!draft.ok) {
    const first = draft.issues[0];
    return { ok: false, message: `O rascunho tem erros e não pode ser testado (${first?.path}: ${first?.message}).` };
  }
  const published = input.published === undefined ? undefined : parseRulePack(input.published);
  const run = async (pack: RulePack | undefined) =>
    pack
      ? (
          await validateXml(input.bytes, {
            packs: [pack],
            operadora: chaveOf(pack),
            hoje: input.hoje,
            fileName: input.fileName,
          })
        ).findings
      : (await validateXml(input.bytes, { packs: [], hoje: input.hoje, fileName: input.fileName })).findings;
  const currentFindings = await run(published?.ok ? published.pack : undefined);
  const draftFindings = await run(draft.pack);
  return { ok: true, diff: diffFindings(currentFindings, draftFindings), draftFindings, currentFindings };
}
