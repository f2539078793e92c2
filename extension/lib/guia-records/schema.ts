// A guia's facts kept on this machine so the lote page, which lists guias by number and values only
// (004 § 9.2 b), can still check each one: what the clerk typed in Digitar Guia or what an XML held.
// Only billing facts: never the beneficiário (name, carteira) nor a professional. The schema is the
// whole record: anything else given to it (a Guia from the XML carries more) is stripped on parse.
import * as z from 'zod/mini';
import { type Procedimento, tipoGuiaSchema } from '../../../shared/rules/context.ts';
import { addDays, hojeEmSaoPaulo } from '../../../shared/rules/dates.ts';

/**
 * Layout version of one record; `recordMigrations` in store.ts brings an older one up to it.
 * 1: the first layout (gravadaEm an ISO date-time, each procedure's tabela written out, "22" included).
 * 2: gravadaEm the day only, tabela only when not "22" (10,000 records under 5 MB).
 * 3: each procedure one string (older-layouts.ts): the lote page's first run reads 100 records, and zod
 *    visiting every optional key of every procedure object cost more than the rest of the record.
 * 4: the guia's optional facts one string too (`fatos`): zod allocates for every key it visits,
 *    present or not (about 180 bytes each), and they were 12 of the record's 19.
 * 5: everything but the operadora and the number one string (`dados`, `guiaRecordSchema`), checked by one pattern
 *    and split once (`unpackRecord`): zod still made a check per procedure and 8 per record (156 kB of a first run).
 * 6: the whole record one string, "6|operadora|numero|" + v5's `dados` (`guiaRecordSchema`): zod checks one string
 *    instead of an object of 4 keys, a payload per key (the largest part left of reading 100 records).
 */
export const GUIA_RECORD_VERSION = 6;

/** Days a record is kept when the user did not choose (options page). */
export const RETENCAO_PADRAO_DIAS = 180;

/** At most this many records; the oldest go first (10,000 with every fact and 1–5 procedures: 2.0 MB, store.test). */
export const MAX_GUIA_RECORDS = 10_000;

/** Every key of a record starts with this, so the records can be listed and erased without touching settings. */
export const GUIA_KEY_PREFIX = 'guia:';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** A stored field: never "|", which separates the fields of a stored record. */
const campo = (max: number) => z.string().check(z.maxLength(max), z.regex(/^[^|]*$/));
const codigo = z.string().check(z.trim(), z.minLength(1), z.maxLength(20), z.regex(/^[^|]*$/));

/** A procedure as a writer gives it (Digitar Guia, an XML); stored in the record's `dados`. */
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

/** A checked procedure's stored fields, in their order: codigo, data, tabela, dente, regiao, face. */
export function procedimentoFields(p: GuiaRecordProcedimento): string[] {
  return [p.codigo, p.data ?? '', p.tabela ?? '', p.dente ?? '', p.regiao ?? '', p.face ?? ''];
}

const MAX_OPERADORA = 40;
const MAX_NUMERO = 30;
/** What identifies a record and where it came from. */
const recordIdentity = {
  /** Registro ANS of the operadora (or its pack key when it has none). */
  operadora: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_OPERADORA)),
  /** Nº Guia Prestador. */
  numero: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NUMERO)),
  /**
   * digitada: saved in Digitar Guia; xml: checked at Uploads → Novo or in the popup; autorizacao: the senha and
   * its dates read on an autorização's Detalhes da Guia (004 § 6), kept apart (its own key) for the cobrança
   * that references it (Nº Guia Prestador Ref.), never joined to a lote row itself.
   */
  origem: z.enum(['digitada', 'xml', 'autorizacao']),
};
const ORIGENS = recordIdentity.origem.options;

/** The guia's facts besides its procedures, each optional; stored in the record's `dados`, so none may hold "|". */
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

/** The facts' stored fields, in their order (`FATOS_PATTERN`); an absent fact is empty. */
export function fatosFields(f: GuiaRecordFatos): string[] {
  return [
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
  ];
}

/**
 * A stored string's fields, read in order (checked by their pattern first): no list of them and, for a field of a
 * few known values, no substring either (a lote page's first run reads a hundred records).
 */
export class StoredFields {
  private at = 0;
  constructor(private readonly text: string) {}

  /** The next field ('' when empty). */
  next(): string {
    const end = this.text.indexOf('|', this.at);
    const stop = end < 0 ? this.text.length : end;
    const field = stop === this.at ? '' : this.text.slice(this.at, stop);
    this.at = stop + 1;
    return field;
  }

  /** The next field as the one of `values` it is, or undefined when it is empty (or none of them). */
  oneOf<T extends string>(values: readonly T[]): T | undefined {
    const at = this.at;
    const end = this.text.indexOf('|', at);
    const stop = end < 0 ? this.text.length : end;
    this.at = stop + 1;
    // By index, not find() nor for-of: no closure nor iterator made per field.
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v.length === stop - at && this.text.startsWith(v, at)) return v;
    }
    return undefined;
  }

  /** Whether every field was read. */
  get done(): boolean {
    return this.at > this.text.length;
  }
}

const TIPOS = tipoGuiaSchema.options;
const SENHA = ['0', '1'] as const;

/** The next 11 fields, the facts (`FATOS_PATTERN`), written onto `into`; an empty one is absent. */
export function readFatos<T extends GuiaRecordFatos>(f: StoredFields, into: T): T {
  // Field by field onto the record itself.
  const tipo = f.oneOf(TIPOS);
  if (tipo) into.tipo = tipo;
  const dataAtendimento = f.next();
  if (dataAtendimento) into.dataAtendimento = dataAtendimento;
  const senha = f.oneOf(SENHA);
  if (senha) into.senha = senha === '1';
  const dataAutorizacao = f.next();
  if (dataAutorizacao) into.dataAutorizacao = dataAutorizacao;
  const dataValidadeSenha = f.next();
  if (dataValidadeSenha) into.dataValidadeSenha = dataValidadeSenha;
  const caraterAtendimento = f.next();
  if (caraterAtendimento) into.caraterAtendimento = caraterAtendimento;
  const tipoAtendimento = f.next();
  if (tipoAtendimento) into.tipoAtendimento = tipoAtendimento;
  const regimeAtendimento = f.next();
  if (regimeAtendimento) into.regimeAtendimento = regimeAtendimento;
  const regimeInternacao = f.next();
  if (regimeInternacao) into.regimeInternacao = regimeInternacao;
  const valor = f.next();
  if (valor) into.valorTotal = Number(valor);
  const outras = f.next();
  if (outras) into.outrasDespesas = outras.split(',');
  return into;
}

const date = String.raw`\d{4}-\d{2}-\d{2}`;
/**
 * The facts' fields joined by "|": tipo, dataAtendimento, senha ("1" given, "0" not given), dataAutorizacao,
 * dataValidadeSenha, caraterAtendimento, tipoAtendimento, regimeAtendimento, regimeInternacao, valorTotal (as
 * JavaScript writes the number), outrasDespesas (joined by ","); an absent one empty.
 */
export const FATOS_PATTERN =
  String.raw`(?:${tipoGuiaSchema.options.join('|')})?\|(?:${date})?\|[01]?\|(?:${date})?\|(?:${date})?(?:\|[^|]{0,2}){4}` +
  String.raw`\|(?:\d+(?:\.\d+)?(?:e[+-]\d+)?)?\|(?:[^|,]{1,2}(?:,[^|,]{1,2}){0,19})?`;

/**
 * A record's `dados` (layout 5, the tail of layout 6), fields joined by "|": origem, gravadaEm, expiraEm, the 11
 * facts (`FATOS_PATTERN`), then 6 per procedure: codigo, data, tabela, dente, regiao, face (an absent one empty),
 * e.g. "xml|2026-11-03|2027-05-02|sp-sadt|2026-11-02|1|||||01||250||30909031|2026-11-02||||".
 * No field may hold "|" (the writers' schemas refuse it), so the count of fields fixes every field's place.
 */
const DADOS_PATTERN =
  String.raw`(?:${recordIdentity.origem.options.join('|')})\|${date}\|${date}\|${FATOS_PATTERN}` +
  String.raw`(?:\|[^|]{1,20}\|(?:${date})?\|[^|]{0,2}(?:\|[^|]{0,10}){3}){0,${MAX_PROCEDIMENTOS}}`;

/**
 * The operadora or the number in a stored record: "%" and "|" written %25 and %7C (any other character as is), not
 * empty, no space at either end (`escapeCampo`; their lengths are checked once unescaped, `unpackRecord`).
 */
const CAMPO_LIVRE = String.raw`(?:[^|%\s]|%25|%7C)(?:(?:[^|%]|%25|%7C){0,${3 * MAX_OPERADORA}}(?:[^|%\s]|%25|%7C))?`;

/**
 * A record as stored (layout 6): "6|operadora|numero|dados", e.g. "6|345474|52513|xml|2026-11-03|…". One string
 * for zod to check against one pattern, whatever the number of procedures; `unpackRecord` splits it once.
 */
export const guiaRecordSchema = z
  .string()
  .check(z.regex(new RegExp(String.raw`^${GUIA_RECORD_VERSION}\|${CAMPO_LIVRE}\|${CAMPO_LIVRE}\|${DADOS_PATTERN}$`)));
export type StoredGuiaRecord = z.infer<typeof guiaRecordSchema>;

/** The operadora or the number as a stored field (`CAMPO_LIVRE`). */
function escapeCampo(text: string): string {
  return text.replace(/[%|]/g, (c) => (c === '%' ? '%25' : '%7C'));
}

function unescapeCampo(field: string): string {
  return field.includes('%') ? field.replace(/%(25|7C)/g, (m) => (m === '%25' ? '%' : '|')) : field;
}

/** A checked writer's record (operadora and number already trimmed) as stored; the migration from v5 writes it too. */
export function packRecord(operadora: string, numero: string, dados: string): string {
  return `${GUIA_RECORD_VERSION}|${escapeCampo(operadora)}|${escapeCampo(numero)}|${dados}`;
}

/**
 * A stored record with another expiry day. Its fields are joined by "|" and the operadora and number escape theirs,
 * so the expiry is always the sixth field (version, operadora, number, origem, write day, expiry).
 */
export function withExpiry(stored: StoredGuiaRecord, expiraEm: string): StoredGuiaRecord {
  const fields = stored.split('|');
  fields[5] = expiraEm;
  return fields.join('|');
}

/** A checked writer's record as its stored `dados` (the migration from v4 writes it too). */
export function packDados(
  { origem, procedimentos, ...fatos }: Omit<GuiaRecordInput, 'operadora' | 'numero'>,
  gravadaEm: string,
  expiraEm: string,
): string {
  const fields = [origem, gravadaEm, expiraEm, ...fatosFields(fatos)];
  for (const p of procedimentos) fields.push(...procedimentoFields(p));
  return fields.join('|');
}

/** A record as the store gives it: its facts as fields, its procedures as the rules read them. */
export interface GuiaRecord extends GuiaRecordFatos {
  operadora: string;
  numero: string;
  origem: GuiaRecordInput['origem'];
  /** Day it was written and the day after which it is dropped (YYYY-MM-DD). */
  gravadaEm: string;
  expiraEm: string;
  /** Item = position; a lote row's guia takes this very list (never changed by the rules). */
  procedimentos: Procedimento[];
}

/** A checked stored record as the store gives it, or undefined when its operadora or number is too long. */
export function unpackRecord(stored: StoredGuiaRecord): GuiaRecord | undefined {
  const f = new StoredFields(stored);
  f.next(); // the version
  const operadora = unescapeCampo(f.next());
  const numero = unescapeCampo(f.next());
  if (operadora.length > MAX_OPERADORA || numero.length > MAX_NUMERO) return undefined;
  const origem = f.oneOf(ORIGENS)!;
  const gravadaEm = f.next();
  const expiraEm = f.next();
  const procedimentos: Procedimento[] = [];
  const record = readFatos<GuiaRecord>(f, { operadora, numero, origem, gravadaEm, expiraEm, procedimentos });
  for (let item = 1; !f.done; item++) {
    const q: Procedimento = { item, codigo: f.next() };
    const data = f.next();
    if (data) q.dataRealizacao = data;
    const tabela = f.next();
    if (tabela) q.tabela = tabela;
    const dente = f.next();
    if (dente) q.dente = dente;
    const regiao = f.next();
    if (regiao) q.regiao = regiao;
    const face = f.next();
    if (face) q.face = face;
    procedimentos.push(q);
  }
  return record;
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
  const { operadora, numero, ...rest } = given.data;
  // The day is enough (summary "since", oldest first): the clerk's calendar day, as the options page shows it and
  // as expiry counts (UTC's would date a guia kept after 21:00 in São Paulo the next day).
  const dados = packDados(rest, hojeEmSaoPaulo(agora), addDays(hoje, retencaoDias) ?? hoje);
  const parsed = guiaRecordSchema.safeParse(packRecord(operadora, numero, dados));
  return parsed.success ? parsed.data : undefined;
}
