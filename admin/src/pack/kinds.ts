// What the console knows about each rule kind: its description, its option fields (generated from the
// kind's zod schema via JSON Schema), a validator for options, its placeholders. One place reads the registry.
import * as z from 'zod';
import { formatPath } from '../../../shared/issue-path.ts';
import { ruleKinds } from '../../../shared/rules/kinds/index.ts';
import { type FieldSpec, fieldsOf, type JsonSchema } from './option-fields.ts';

export interface KindInfo {
  kind: string;
  description: string;
  fields: FieldSpec[];
  placeholders: readonly string[];
  defaultMessage: string;
  /** Errors by dotted option path ("janela.dias"), in pt-BR; empty when the options are valid. */
  check(options: unknown): Record<string, string>;
}

const ptBr = z.locales.ptBR().localeError;

export function kindInfoFrom(
  kind: string,
  meta: {
    description: string;
    options: z.core.$ZodType;
    placeholders: readonly string[];
    defaultMessage: string;
  },
): KindInfo {
  const schema = z.toJSONSchema(meta.options, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return {
    kind,
    description: meta.description,
    fields: fieldsOf(schema),
    placeholders: meta.placeholders,
    defaultMessage: meta.defaultMessage,
    check(options) {
      const r = z.safeParse(meta.options, options, { error: ptBr });
      if (r.success) return {};
      const out: Record<string, string> = {};
      for (const issue of r.error.issues) {
        const key = formatPath(issue.path);
        out[key] ??= issue.message;
      }
      return out;
    },
  };
}

let cache: Map<string, KindInfo> | undefined;

/** Built on first use: converting every kind's schema is work the sign-in page does not need. */
function registry(): Map<string, KindInfo> {
  cache ??= new Map(Object.values(ruleKinds).map((k) => [k.meta.kind, kindInfoFrom(k.meta.kind, k.meta)]));
  return cache;
}

export function kindInfo(kind: string): KindInfo | undefined {
  return registry().get(kind);
}

export function allKinds(): KindInfo[] {
  return [...registry().values()];
}
