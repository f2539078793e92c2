// Every rule kind, by id. The pack schema refuses kinds not listed here; the admin console builds option
// forms from each kind's zod options schema; the worker validates packs with it.
import type { RuleKind } from '../kind.ts';
import { loteMaxGuias } from './lote-max-guias.ts';

const all: RuleKind[] = [loteMaxGuias];

export const ruleKinds: Readonly<Record<string, RuleKind>> = Object.fromEntries(all.map((k) => [k.meta.kind, k]));
