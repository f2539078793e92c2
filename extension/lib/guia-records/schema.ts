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
 * 4: the guia's optional facts one string too (`fatos`, `packFatos`): zod allocates for every key it visits,
 *    present or not (about 180 bytes each), and they were 12 of the record's 19.
 */
export const GUIA_RECORD_VERSION = 4;

/** Days a record is kept when the user did not choose (options page). */
export const RETENCAO_PADRAO_DIAS = 180;

/** At most this many records; the oldest go first (10,000 with every fact and 1–5 procedures: 3.0 MB, store.test). */
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
  // Field by field, not spreads of one-key objects: a lote page's first run unpacks a few hundred.
  const p: GuiaRecordProcedimento = { codigo };
  if (data) p.data = data;
  if (tabela) p.tabela = tabela;
  if (dente) p.dente = dente;
  if (regiao) p.regiao = regiao;
  if (face) p.face = face;
  return p;
}

/** What identifies a record and where it came from. */
const recordIdentity = {
  /** Registro ANS of the operadora (or its pack key when it has none). */
  operadora: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  /** Nº Guia Prestador. */
  numero: z.string().check(z.trim(), z.minLength(1), z.maxLength(30)),
  /**
   * digitada: saved in Digitar Guia; xml: checked at Uploads → Novo or in the popup; autorizacao: the senha and
   * its dates read on an autorização's Detalhes da Guia (004 § 6), kept apart (its own key) for the cobrança
   * that references it (Nº Guia Prestador Ref.), never joined to a lote row itself.
   */
  origem: z.enum(['digitada', 'xml', 'autorizacao']),
};

/** The guia's facts besides its procedures, each optional; stored packed (`packFatos`), so none may hold "|". */
export const guiaRecordFatosSchema = z.object({
  tipo: z.optional(tipoGuiaSchema),
  dataAtendimento: z.optional(isoDate),
  /** Whether a senha was given; absent = not known (Digitar Guia shows no senha field in the manuals). */
  senha: z.optional(z.boolean()),
  dataAutorizacao: z.optional(isoDate),
  dataValidadeSenha: z.optional(isoDate),
  /** dm_caraterAtendimento ("1" eletiva, "2" urgência/emergência). */
  caraterAtendimento: z.optional(campo(2)),
  tipoAtendimento: z.optional(campo(2)),
  regimeAtendimento: z.optional(campo(2)),
  regimeInternacao: z.optional(campo(2)),
  /** dm_outrasDespesas codes; stored joined by ",". */
  outrasDespesas: z.optional(z.array(z.string().check(z.regex(/^[^|,]{1,2}$/))).check(z.maxLength(20))),
  /** Valor total informado, reais. */
  valorTotal: z.optional(z.number().check(z.nonnegative())),
});
export type GuiaRecordFatos = z.infer<typeof guiaRecordFatosSchema>;

/** Bounded: a TISS guia lists at most a few dozen items in practice. */
const MAX_PROCEDIMENTOS = 200;

/** What a writer gives; the store adds version, dates and expiry, and packs procedures and facts. */
export const guiaRecordInputSchema = z.object({
  ...recordIdentity,
  ...guiaRecordFatosSchema.def.shape,
  procedimentos: z.array(guiaRecordProcedimentoSchema).check(z.maxLength(MAX_PROCEDIMENTOS)),
});
export type GuiaRecordInput = z.infer<typeof guiaRecordInputSchema>;

const date = String.raw`\d{4}-\d{2}-\d{2}`;
/**
 * The packed facts: "tipo|dataAtendimento|senha|dataAutorizacao|dataValidadeSenha|caraterAtendimento|
 * tipoAtendimento|regimeAtendimento|regimeInternacao|valorTotal|outrasDespesas", an absent one empty; senha
 * "1" given, "0" not given; valorTotal as JavaScript writes the number; outrasDespesas joined by ",".
 */
const storedFatos = z
  .string()
  .check(
    z.regex(
      new RegExp(
        String.raw`^(${tipoGuiaSchema.options.join('|')})?\|(${date})?\|[01]?\|(${date})?\|(${date})?(\|[^|]{0,2}){4}` +
          String.raw`\|(\d+(\.\d+)?(e[+-]\d+)?)?\|([^|,]{1,2}(,[^|,]{1,2}){0,19})?$`,
      ),
    ),
  );

/** Checked facts as stored, or undefined when there are none. */
export function packFatos(f: GuiaRecordFatos): string | undefined {
  const packed = [
    f.tipo ?? '',
    f.dataAtendimento ?? '',
    f.senha === undefined ? '' : f.senha ? '1' : '0',
    f.dataAutorizacao ?? '',
    f.dataValidadeSenha ?? '',
    f.caraterAtendimento ?? '',
    f.tipoAtendimento ?? '',
    f.regimeAtendimento ?? '',
    f.regimeInternacao ?? '',
    f.valorTotal === undefined ? '' : String(f.valorTotal),
    f.outrasDespesas?.join(',') ?? '',
  ].join('|');
  return packed === '||||||||||' ? undefined : packed;
}

/**
 * Stored facts (checked by their pattern) back as fields, written onto `into` (a new object when not given); an
 * empty one is absent.
 */
export function unpackFatos<T extends object = GuiaRecordFatos>(stored: string, into?: T): T & GuiaRecordFatos {
  const p = stored.split('|');
  const f: GuiaRecordFatos = into ?? {};
  if (p[0]) f.tipo = p[0] as GuiaRecordFatos['tipo'];
  if (p[1]) f.dataAtendimento = p[1];
  if (p[2]) f.senha = p[2] === '1';
  if (p[3]) f.dataAutorizacao = p[3];
  if (p[4]) f.dataValidadeSenha = p[4];
  if (p[5]) f.caraterAtendimento = p[5];
  if (p[6]) f.tipoAtendimento = p[6];
  if (p[7]) f.regimeAtendimento = p[7];
  if (p[8]) f.regimeInternacao = p[8];
  if (p[9]) f.valorTotal = Number(p[9]);
  if (p[10]) f.outrasDespesas = p[10].split(',');
  return f as T & GuiaRecordFatos;
}

/** A record as stored (procedures `packProcedimento`, facts `packFatos`). */
export const guiaRecordSchema = z.object({
  v: z.literal(GUIA_RECORD_VERSION),
  ...recordIdentity,
  procedimentos: z.array(storedProcedimento).check(z.maxLength(MAX_PROCEDIMENTOS)),
  fatos: z.optional(storedFatos),
  /** Day it was written and the day after which it is dropped (YYYY-MM-DD). */
  gravadaEm: isoDate,
  expiraEm: isoDate,
});
export type StoredGuiaRecord = z.infer<typeof guiaRecordSchema>;

/** A record as the store gives it: its facts as fields, its procedures still packed (`unpackProcedimento`). */
export type GuiaRecord = Omit<StoredGuiaRecord, 'fatos'> & GuiaRecordFatos;

/** A checked stored record as the store gives it. */
export function unpackRecord({ fatos, ...rest }: StoredGuiaRecord): GuiaRecord {
  // The facts written onto the record itself: a lote page's first run unpacks a hundred.
  return fatos ? unpackFatos(fatos, rest) : rest;
}

export function guiaRecordKey(operadora: string, numero: string, origem?: GuiaRecord['origem']): string {
  // An autorização's number is not a cobrança's: its own key, so no lote row (looked up by number) meets it.
  const tipo = origem === 'autorizacao' ? 'autorizacao:' : '';
  return `${GUIA_KEY_PREFIX}${operadora.trim()}:${tipo}${numero.trim()}`;
}

/** The stored record a writer's input becomes (version, write day, expiry), or undefined when it cannot be kept. */
export function toGuiaRecord(
  input: GuiaRecordInput,
  {
    hoje,
    agora = new Date(),
    retencaoDias = RETENCAO_PADRAO_DIAS,
  }: { hoje: string; agora?: Date; retencaoDias?: number },
): StoredGuiaRecord | undefined {
  // The writer's facts checked as given (a message from the popup is only cast), then packed and checked stored.
  const given = guiaRecordInputSchema.safeParse(input);
  if (!given.success) return undefined;
  const { operadora, numero, origem, procedimentos, ...fatos } = given.data;
  const packed = packFatos(fatos);
  const parsed = guiaRecordSchema.safeParse({
    v: GUIA_RECORD_VERSION,
    operadora,
    numero,
    origem,
    procedimentos: procedimentos.map(packProcedimento),
    ...(packed ? { fatos: packed } : {}),
    // The day is enough (summary "since", oldest first): 14 bytes less per record.
    gravadaEm: agora.toISOString().slice(0, 10),
    expiraEm: addDays(hoje, retencaoDias) ?? hoje,
  });
  return parsed.success ? parsed.data : undefined;
}
