// A candidate pack for an operadora: the shared pack schema plus "is it this operadora's pack".
import { type PackIssue, parseRulePack, type RulePack } from '../shared/rules/pack-schema.ts';

export type PackCheck = { ok: true; pack: RulePack } | { ok: false; errors: PackIssue[] };

export function checkPackFor(ans: string, candidate: unknown): PackCheck {
  const parsed = parseRulePack(candidate);
  if (!parsed.ok) return { ok: false, errors: parsed.issues };
  if (parsed.pack.operadora.chave !== ans)
    return {
      ok: false,
      errors: [{ path: 'operadora.chave', message: `a chave do pacote deve ser "${ans}", a operadora deste rascunho` }],
    };
  return parsed;
}
