// The rule pack format: one JSON per operadora, data only. Validated here (zod) before anything uses it:
// unknown rule kinds, options that fail the kind's own schema, unknown placeholders and dangling category
// references are refused with the path of the bad field and a pt-BR message.
import { ptBR } from 'zod/locales';
import * as z from 'zod/mini';
import { severitySchema } from '../finding-schemas.ts';
import { JUSTIFICATIVA_MAX, JUSTIFICATIVA_PLACEHOLDERS } from '../glosas/template.ts';
import { formatPath } from '../issue-path.ts';
import { tipoGuiaSchema } from './context.ts';
import { ruleKinds } from './kinds/index.ts';
import { portalLabelKeys } from './portal-labels.ts';
import { markerNames, normalizeText } from './text.ts';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'data no formato AAAA-MM-DD'));
const semver = z.string().check(z.regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'versão no formato semver, ex.: 1.0.0'));
const slug = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identificador em minúsculas com hífens, ex.: lote-max-guias'));
const tussCode = z.string().check(z.regex(/^\d{1,10}$/, 'código só com dígitos'));
/** "<source id> § <section>" (ids in docs/sources.md), or another document § section. */
const sourceRef = z.string().check(z.regex(/\S § \S/, 'fonte no formato "<documento> § <seção>"'));

export const operadoraSchema = z.object({
  /** Registro ANS (6 digits), when the operadora's manual gives it. */
  registroAns: z.optional(z.string().check(z.regex(/^\d{6}$/, 'registro ANS com 6 dígitos'))),
  nome: z.string().check(z.minLength(1)),
  /**
   * Other names the portal shows for this operadora ("FUNSSEST", "ArcelorMittal Tubarão"): the pack is chosen
   * by name when the page or file gives no registro ANS the pack knows (see shared/packs/choose.ts).
   */
  aliases: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Stable key: the registro ANS, or a slug of the name when no registro is known. */
  chave: z
    .string()
    .check(z.regex(/^(?:\d{6}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'chave = registro ANS ou identificador em minúsculas')),
  /** Why a field is missing (e.g. "registro ANS não consta do manual"). */
  observacao: z.optional(z.string()),
});

/** A TUSS code, an inclusive range of same-length codes, or a prefix. */
export const codigoCriterioSchema = z.union([
  z.strictObject({ codigo: tussCode }),
  z.strictObject({ de: tussCode, ate: tussCode }).check(
    z.refine((r) => r.de.length === r.ate.length && r.de <= r.ate, {
      message: 'faixa inválida: "de" e "ate" com o mesmo número de dígitos e de ≤ ate',
    }),
  ),
  z.strictObject({ prefixo: tussCode }),
]);
export type CodigoCriterio = z.infer<typeof codigoCriterioSchema>;

/** Guia-level facts that place a guia in a category even without a matching procedure code. */
export const guiaCriterioSchema = z.strictObject({
  tipos: z.optional(z.array(tipoGuiaSchema)),
  /** dm_tipoAtendimento codes ("10" TRS/hemodiálise, "08" quimioterapia…). */
  tipoAtendimento: z.optional(z.array(z.string())),
  /** dm_regimeInternacao codes ("3" domiciliar). */
  regimeInternacao: z.optional(z.array(z.string())),
  /** dm_regimeAtendimento codes ("02" domiciliar, "03" internação). */
  regimeAtendimento: z.optional(z.array(z.string())),
  /** dm_caraterAtendimento codes ("2" urgência/emergência). */
  caraterAtendimento: z.optional(z.array(z.string())),
  /** dm_outrasDespesas codes ("08" OPME, "05" diárias). */
  outrasDespesas: z.optional(z.array(z.string())),
  /** dm_tabela of any procedure ("19" TUSS materiais). */
  tabelas: z.optional(z.array(z.string())),
});

export const categoriaSchema = z.object({
  id: slug,
  nome: z.string().check(z.minLength(1)),
  codigos: z._default(z.array(codigoCriterioSchema), []),
  /** Codes inside `codigos` that belong elsewhere (e.g. dialysis inside the surgical chapter 3*). */
  excluir: z._default(z.array(codigoCriterioSchema), []),
  guia: z.optional(guiaCriterioSchema),
  /** False when a code or range was not checked against the TUSS tables. */
  verificado: z.boolean(),
  fonte: z.string().check(z.minLength(1)),
});
export type Categoria = z.infer<typeof categoriaSchema>;

export const packRuleSchema = z.object({
  id: slug,
  kind: z.string().check(z.minLength(1)),
  enabled: z._default(z.boolean(), true),
  severity: severitySchema,
  /** Validated against the kind's own options schema (see ruleKinds). */
  options: z._default(z.record(z.string(), z.unknown()), {}),
  /** pt-BR, with {placeholders} the kind fills. */
  message: z.string().check(z.minLength(1)),
  /** Overrides of the kind's secondary messages, by id. */
  messages: z.optional(z.record(z.string(), z.string().check(z.minLength(1)))),
  source: sourceRef,
  /** Why the rule is set as it is (e.g. disabled because the manual gives no number). */
  observacao: z.optional(z.string()),
});
export type PackRule = z.infer<typeof packRuleSchema>;

export const portalSchema = z.object({
  /** Where the operadora's Conecta runs; the extension's options list them and ask for any not yet granted. */
  hosts: z.array(z.string().check(z.regex(/^[a-z0-9.-]+$/, 'host sem protocolo, ex.: portalconectasaude.com.br'))),
  /** Adapter field id → label texts/synonyms the portal shows. */
  labels: z._default(z.partialRecord(z.enum(portalLabelKeys), z.array(z.string().check(z.minLength(1)))), {}),
  /** Canonical lote/protocolo situação → synonyms seen on pages and in manuals. */
  situacoes: z._default(z.record(z.string(), z.array(z.string().check(z.minLength(1)))), {}),
});

/** A justificativa template for one glosa code (Tabela 38), filled per glosa in the recurso draft. */
export const glosaModeloSchema = z.strictObject({
  codigo: z
    .string()
    .check(z.regex(/^\d{4}$/, 'código de glosa da Tabela 38, com 4 dígitos'), z.describe('Código da glosa')),
  justificativa: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(JUSTIFICATIVA_MAX),
      z.describe(`Texto sugerido; marcadores: ${JUSTIFICATIVA_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`),
    ),
  /** The operadora commonly reverses this glosa on recurso: the report points the clerk to it first. */
  reversivel: z._default(z.boolean(), false).check(z.describe('Glosa costuma ser revertida no recurso')),
  /** No manual supports this text: a neutral starting point the clerk must complete. */
  neutro: z._default(z.boolean(), false).check(z.describe('Texto neutro (nenhum manual o fundamenta)')),
  fonte: z.optional(sourceRef).check(z.describe('Fonte (manual § seção)')),
});
export type GlosaModelo = z.infer<typeof glosaModeloSchema>;

/** How the operadora takes a recurso de glosa and the justificativa texts suggested for it. */
export const recursoGlosaSchema = z.strictObject({
  /** 'xml': a TISS recursoGlosa message (FUNSSEST); 'portal': the portal's form (PASA, IPAM). */
  envio: z.enum(['xml', 'portal']).check(z.describe('Como a operadora recebe o recurso')),
  fonte: sourceRef.check(z.describe('Fonte (manual § seção)')),
  /** Used for a glosa code without its own template. */
  modeloPadrao: z.omit(glosaModeloSchema, { codigo: true }).check(z.describe('Texto para códigos sem modelo próprio')),
  modelos: z._default(z.array(glosaModeloSchema), []).check(z.describe('Modelos por código de glosa')),
});
export type RecursoGlosaConfig = z.infer<typeof recursoGlosaSchema>;

const rulePackObject = z.object({
  $schema: z.optional(z.string()),
  operadora: operadoraSchema,
  versao: semver,
  vigencia: isoDate,
  portal: portalSchema,
  /** The portal's "Tipo de Documento" names, as it lists them; anexo rules may only name these. */
  tiposDocumento: z._default(z.array(z.string().check(z.minLength(1))), []),
  categorias: z._default(z.array(categoriaSchema), []),
  regras: z.array(packRuleSchema),
  recursoGlosa: z.optional(recursoGlosaSchema),
});

export const rulePackSchema = rulePackObject.check(
  z.superRefine((pack, ctx) => {
    const known = Object.keys(ruleKinds);
    const categoriaIds = new Set(pack.categorias.map((c) => c.id));
    const tiposDocumento = new Set(pack.tiposDocumento.map(normalizeText));
    const seenCategorias = new Set<string>();
    pack.categorias.forEach((c, i) => {
      if (seenCategorias.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['categorias', i, 'id'], message: `categoria "${c.id}" repetida` });
      seenCategorias.add(c.id);
    });
    checkRecursoGlosa(pack.recursoGlosa, ctx);
    const seenRules = new Set<string>();
    pack.regras.forEach((rule, i) => {
      const at = ['regras', i] as const;
      if (seenRules.has(rule.id))
        ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `regra "${rule.id}" repetida` });
      seenRules.add(rule.id);
      const kind = ruleKinds[rule.kind];
      if (!kind) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'kind'],
          message: `tipo de regra desconhecido "${rule.kind}"; tipos conhecidos: ${known.join(', ')}`,
        });
        return;
      }
      const parsed = kind.meta.options.safeParse(rule.options, { error: ptBr });
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: 'custom', path: [...at, 'options', ...issue.path], message: issue.message });
      } else {
        for (const ref of kind.meta.refs?.(parsed.data) ?? []) {
          const exists =
            ref.tipo === 'categoria'
              ? categoriaIds.has(ref.id)
              : ref.tipo === 'situacao'
                ? ref.id in pack.portal.situacoes
                : tiposDocumento.has(normalizeText(ref.id));
          if (!exists)
            ctx.addIssue({
              code: 'custom',
              path: [...at, 'options', ...ref.path],
              message:
                ref.tipo === 'categoria'
                  ? `categoria "${ref.id}" não existe em "categorias" deste pacote`
                  : ref.tipo === 'situacao'
                    ? `situação "${ref.id}" não existe em "portal.situacoes" deste pacote`
                    : `tipo de documento "${ref.id}" não existe em "tiposDocumento" deste pacote (os tipos como o select "Tipo de Documento" do portal os mostra)`,
            });
        }
      }
      const allowed = new Set(kind.meta.placeholders);
      const texts: [string, (string | number)[]][] = [[rule.message, ['message']]];
      for (const [id, text] of Object.entries(rule.messages ?? {})) {
        if (!(id in kind.meta.messages))
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'messages', id],
            message: `mensagem "${id}" não existe no tipo ${rule.kind}; ids: ${Object.keys(kind.meta.messages).join(', ') || 'nenhum'}`,
          });
        texts.push([text, ['messages', id]]);
      }
      for (const [text, path] of texts) {
        for (const name of markerNames(text)) {
          if (!allowed.has(name))
            ctx.addIssue({
              code: 'custom',
              path: [...at, ...path],
              message: `marcador {${name}} desconhecido; disponíveis: ${[...allowed].map((p) => `{${p}}`).join(', ')}`,
            });
        }
      }
    });
  }),
);

function checkRecursoGlosa(config: RecursoGlosaConfig | undefined, ctx: z.core.$RefinementCtx): void {
  if (!config) return;
  const allowed = new Set<string>(JUSTIFICATIVA_PLACEHOLDERS);
  const texts: [string, (string | number)[]][] = [
    [config.modeloPadrao.justificativa, ['recursoGlosa', 'modeloPadrao', 'justificativa']],
    ...config.modelos.map((m, i): [string, (string | number)[]] => [
      m.justificativa,
      ['recursoGlosa', 'modelos', i, 'justificativa'],
    ]),
  ];
  for (const [text, path] of texts)
    for (const name of markerNames(text))
      if (!allowed.has(name))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `marcador {${name}} desconhecido; disponíveis: ${JUSTIFICATIVA_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
        });
  const seen = new Set<string>();
  config.modelos.forEach((m, i) => {
    if (seen.has(m.codigo))
      ctx.addIssue({
        code: 'custom',
        path: ['recursoGlosa', 'modelos', i, 'codigo'],
        message: `glosa ${m.codigo} repetida`,
      });
    seen.add(m.codigo);
    if (!m.neutro && !m.fonte)
      ctx.addIssue({
        code: 'custom',
        path: ['recursoGlosa', 'modelos', i, 'fonte'],
        message: 'informe a fonte do texto, ou marque-o como neutro',
      });
  });
}

export type RulePack = z.infer<typeof rulePackSchema>;
export type RulePackInput = z.input<typeof rulePackSchema>;

const ptBr = ptBR().localeError;

export interface PackIssue {
  /** Dotted path to the bad field, e.g. "regras[3].options.max". */
  path: string;
  message: string;
}

export type ParsePackResult = { ok: true; pack: RulePack } | { ok: false; issues: PackIssue[] };

/** Validates a pack; on failure every issue names the field ("regras[3].options.max") in pt-BR. */
export function parseRulePack(input: unknown): ParsePackResult {
  const result = rulePackSchema.safeParse(input, { error: ptBr });
  if (result.success) return { ok: true, pack: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** JSON Schema of a pack for editors and the admin API: each rule's options follow its kind's schema. */
export function buildRulePackJsonSchema(): Record<string, unknown> {
  const ruleVariants = Object.values(ruleKinds).map((k) =>
    z.extend(packRuleSchema, {
      kind: z.literal(k.meta.kind).check(z.describe(k.meta.description)),
      options: k.meta.options,
    }),
  );
  const [first, ...rest] = ruleVariants;
  const forJson = z.extend(rulePackObject, {
    regras: z.array(first ? z.union([first, ...rest]) : packRuleSchema),
  });
  return z.toJSONSchema(forJson, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

// Pure: a bundle that never reads it (the content script) drops the build and zod's JSON Schema code with it.
export const rulePackJsonSchema = /* @__PURE__ */ buildRulePackJsonSchema();
