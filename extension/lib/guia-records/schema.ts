// A guia's facts kept on this machine so the lote page, which lists guias by number and values only
// (004 § 9.2 b), can still check each one: what the clerk typed in Digitar Guia or what an XML held.
// Only billing facts: never the beneficiário (name, carteira) nor a professional. The schema is the
// whole record: anything else given to it (a Guia from the XML carries more) is stripped on parse.
import * as z from 'zod/mini';
import { tipoGuiaSchema } from '../../../shared/rules/context.ts';
import { addDays } from '../../../shared/rules/dates.ts';

/**
 * Layout version of one record; `recordMigrations` in store.ts brings an older one up to it.
 * 1: the first layout (gravadaEm an ISO date-time, each procedure's tabela written out, "22" included).
 * 2: gravadaEm the day only, tabela only when not "22" (10,000 records under 5 MB).
 * 3: each procedure one string (`packProcedimento`): the lote page's first run reads 100 records, and zod
 *    visiting every optional key of every procedure object cost more than the rest of the record.
 */
export const GUIA_RECORD_VERSION = 3;

/** Days a record is kept when the user did not choose (options page). */
export const RETENCAO_PADRAO_DIAS = 180;

/** At most this many records; the oldest go first (10,000 with every fact and 1–5 procedures: 4.7 MB, store.test). */
export const MAX_GUIA_RECORDS = 10_000;

/** Every key of a record starts with this, so the records can be listed and erased without touching settings. */
export const GUIA_KEY_PREFIX = 'guia:';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** A procedure's field: never "|", which separates the fields of a stored procedure. */
const campo = (max: number) => z.string().check(z.maxLength(max), z.regex(/^[^|]*$/));
const codigo = z.string().check(z.trim(), z.minLength(1), z.maxLength(20), z.regex(/^[^|]*$/));

/** A procedure as a writer gives it (Digitar Guia, an XML); stored packed (`packProcedimento`). */
export const guiaRecordProcedimentoSchema = z.object({
  codigo,
  /** dm_tabela ("22" TUSS procedimentos); categories only match table 22. */
  tabela: z.optional(campo(2)),
  /** Data de realização. */
  data: z.optional(isoDate),
  /** Odontologia: dente / região / face as typed or in the XML. */
  dente: z.optional(campo(10)),
  regiao: z.optional(campo(10)),
  face: z.optional(campo(10)),
});
export type GuiaRecordProcedimento = z.infer<typeof guiaRecordProcedimentoSchema>;

/**
 * A stored procedure: "codigo|data|tabela|dente|regiao|face", the empty fields at the end left out
 * ("30909031|2026-11-02"; "70000001||19"). One string is one check for zod and one value to copy out of storage.
 */
const storedProcedimento = z
  .string()
  .check(z.regex(/^[^|]{1,20}(\|(\d{4}-\d{2}-\d{2})?(\|[^|]{0,2}(\|[^|]{0,10}){0,3})?)?$/));

/** A checked procedure as stored (its fields already refuse "|"). */
export function packProcedimento(p: GuiaRecordProcedimento): string {
  return [p.codigo, p.data ?? '', p.tabela ?? '', p.dente ?? '', p.regiao ?? '', p.face ?? '']
    .join('|')
    .replace(/\|+$/, '');
}

/** A stored procedure's fields (absent when empty). */
export function unpackProcedimento(stored: string): GuiaRecordProcedimento {
  const [codigo = '', data, tabela, dente, regiao, face] = stored.split('|');
  return {
    codigo,
    ...(data ? { data } : {}),
    ...(tabela ? { tabela } : {}),
    ...(dente ? { dente } : {}),
    ...(regiao ? { regiao } : {}),
    ...(face ? { face } : {}),
  };
}

/** What every layout of a record holds besides its procedures and dates. */
const recordFacts = {
  /** Registro ANS of the operadora (or its pack key when it has none). */
  operadora: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  /** Nº Guia Prestador. */
  numero: z.string().check(z.trim(), z.minLength(1), z.maxLength(30)),
  tipo: z.optional(tipoGuiaSchema),
  dataAtendimento: z.optional(isoDate),
  /** Whether a senha was given; absent = not known (Digitar Guia shows no senha field in the manuals). */
  senha: z.optional(z.boolean()),
  dataAutorizacao: z.optional(isoDate),
  dataValidadeSenha: z.optional(isoDate),
  /** dm_caraterAtendimento ("1" eletiva, "2" urgência/emergência). */
  caraterAtendimento: z.optional(z.string().check(z.maxLength(2))),
  tipoAtendimento: z.optional(z.string().check(z.maxLength(2))),
  regimeAtendimento: z.optional(z.string().check(z.maxLength(2))),
  regimeInternacao: z.optional(z.string().check(z.maxLength(2))),
  outrasDespesas: z.optional(z.array(z.string().check(z.maxLength(2))).check(z.maxLength(20))),
  /** Valor total informado, reais. */
  valorTotal: z.optional(z.number().check(z.nonnegative())),
  /**
   * digitada: saved in Digitar Guia; xml: checked at Uploads → Novo or in the popup; autorizacao: the senha and
   * its dates read on an autorização's Detalhes da Guia (004 § 6), kept apart (its own key) for the cobrança
   * that references it (Nº Guia Prestador Ref.), never joined to a lote row itself.
   */
  origem: z.enum(['digitada', 'xml', 'autorizacao']),
};

/** Bounded: a TISS guia lists at most a few dozen items in practice. */
const MAX_PROCEDIMENTOS = 200;

/** What a writer gives; the store adds version, dates and expiry, and packs the procedures. */
export const guiaRecordInputSchema = z.object({
  ...recordFacts,
  procedimentos: z.array(guiaRecordProcedimentoSchema).check(z.maxLength(MAX_PROCEDIMENTOS)),
});
export type GuiaRecordInput = z.infer<typeof guiaRecordInputSchema>;

/** A stored record, as read from storage (procedures packed: `unpackProcedimento`). */
export const guiaRecordSchema = z.object({
  v: z.literal(GUIA_RECORD_VERSION),
  ...recordFacts,
  procedimentos: z.array(storedProcedimento).check(z.maxLength(MAX_PROCEDIMENTOS)),
  /** Day it was written and the day after which it is dropped (YYYY-MM-DD). */
  gravadaEm: isoDate,
  expiraEm: isoDate,
});
export type GuiaRecord = z.infer<typeof guiaRecordSchema>;

export function guiaRecordKey(operadora: string, numero: string, origem?: GuiaRecord['origem']): string {
  // An autorização's number is not a cobrança's: its own key, so no lote row (looked up by number) meets it.
  const tipo = origem === 'autorizacao' ? 'autorizacao:' : '';
  return `${GUIA_KEY_PREFIX}${operadora.trim()}:${tipo}${numero.trim()}`;
}

/** The record a writer's input becomes (version, write day, expiry), or undefined when it cannot be kept. */
export function toGuiaRecord(
  input: GuiaRecordInput,
  {
    hoje,
    agora = new Date(),
    retencaoDias = RETENCAO_PADRAO_DIAS,
  }: { hoje: string; agora?: Date; retencaoDias?: number },
): GuiaRecord | undefined {
  // The writer's facts checked as given (a message from the popup is only cast), then packed and checked stored.
  const given = guiaRecordInputSchema.safeParse(input);
  if (!given.success) return undefined;
  const parsed = guiaRecordSchema.safeParse({
    ...given.data,
    v: GUIA_RECORD_VERSION,
    procedimentos: given.data.procedimentos.map(packProcedimento),
    // The day is enough (summary "since", oldest first): 14 bytes less per record.
    gravadaEm: agora.toISOString().slice(0, 10),
    expiraEm: addDays(hoje, retencaoDias) ?? hoje,
  });
  return parsed.success ? parsed.data : undefined;
}
