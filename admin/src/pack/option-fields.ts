// Turns a rule kind's options schema (zod → JSON Schema via z.toJSONSchema) into form fields a support person
// can fill: numbers, text, choices, yes/no, lists. Anything the generator cannot draw as a plain control
// (unions, lists of objects) falls back to a JSON box for that one field, so no option is ever uneditable.
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  title?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

interface FieldBase {
  key: string;
  /** Path from the options root, e.g. ['janela', 'dias']. */
  path: string[];
  label: string;
  help?: string;
  required: boolean;
}

export type FieldSpec =
  | (FieldBase & { control: 'number'; integer: boolean; min?: number; max?: number })
  | (FieldBase & { control: 'text' })
  | (FieldBase & { control: 'select'; options: string[] })
  | (FieldBase & { control: 'checkbox' })
  | (FieldBase & { control: 'list'; itemType: 'string' | 'number' })
  | (FieldBase & { control: 'multi'; options: string[] })
  | (FieldBase & { control: 'group'; fields: FieldSpec[] })
  | (FieldBase & { control: 'json' });

// Option keys are ASCII identifiers; support staff read Portuguese. Acronyms upper-cased, accents restored.
const WORDS: Record<string, string> = {
  tuss: 'TUSS',
  ans: 'ANS',
  xml: 'XML',
  tiss: 'TISS',
  mb: 'MB',
  kb: 'KB',
  max: 'máximo de',
  min: 'mínimo de',
  acao: 'ação',
  acoes: 'ações',
  situacao: 'situação',
  situacoes: 'situações',
  versao: 'versão',
  versoes: 'versões',
  carater: 'caráter',
  codigo: 'código',
  codigos: 'códigos',
  regiao: 'região',
  numero: 'número',
  periodo: 'período',
  apos: 'após',
  ate: 'até',
  maximo: 'máximo',
  minimo: 'mínimo',
  referencia: 'referência',
  justificativa: 'justificativa',
  reversivel: 'reversível',
  padrao: 'padrão',
};

/** "diasAposAtendimento" → "Dias apos atendimento": a readable label when the schema has no description. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((w) => WORDS[w] ?? w);
  // "Max" alone reads better as "Máximo" than "Máximo de".
  const text = words.length === 1 ? words[0]!.replace(/ de$/, '') : words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function singleType(s: JsonSchema): string | undefined {
  if (Array.isArray(s.type)) {
    const nonNull = s.type.filter((t) => t !== 'null');
    return nonNull.length === 1 ? nonNull[0] : undefined;
  }
  return s.type;
}

/** zod's `.optional()`/`.nullable()` can appear as anyOf [X, null]; unwrap to X. */
function unwrap(s: JsonSchema): JsonSchema {
  const alts = s.anyOf ?? s.oneOf;
  if (alts) {
    const real = alts.filter((a) => singleType(a) !== 'null');
    if (real.length === 1 && real[0]) return { ...real[0], description: s.description ?? real[0].description };
  }
  return s;
}

function stringChoices(s: JsonSchema): string[] | undefined {
  if (s.enum?.every((v) => typeof v === 'string')) return s.enum as string[];
  const alts = s.anyOf ?? s.oneOf;
  if (alts?.every((a) => typeof a.const === 'string')) return alts.map((a) => a.const as string);
  return undefined;
}

function field(key: string, path: string[], raw: JsonSchema, required: boolean): FieldSpec {
  const s = unwrap(raw);
  const base: FieldBase = {
    key,
    path,
    label: s.title ?? humanize(key),
    required,
    ...(s.description ? { help: s.description } : {}),
  };
  const choices = stringChoices(s);
  if (choices) return { ...base, control: 'select', options: choices };
  const t = singleType(s);
  if (t === 'integer' || t === 'number') {
    const min =
      s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (t === 'integer' ? 1 : 0) : undefined);
    const max =
      s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (t === 'integer' ? 1 : 0) : undefined);
    return {
      ...base,
      control: 'number',
      integer: t === 'integer',
      ...(min !== undefined ? { min } : {}),
      // zod puts Number.MAX_SAFE_INTEGER on every int; it is noise in a form.
      ...(max !== undefined && max < Number.MAX_SAFE_INTEGER ? { max } : {}),
    };
  }
  if (t === 'string') return { ...base, control: 'text' };
  if (t === 'boolean') return { ...base, control: 'checkbox' };
  if (t === 'array' && s.items) {
    const item = unwrap(s.items);
    const itemChoices = stringChoices(item);
    if (itemChoices) return { ...base, control: 'multi', options: itemChoices };
    const it = singleType(item);
    if (it === 'string') return { ...base, control: 'list', itemType: 'string' };
    if (it === 'number' || it === 'integer') return { ...base, control: 'list', itemType: 'number' };
  }
  if (t === 'object' && s.properties) return { ...base, control: 'group', fields: fieldsOf(s, path) };
  return { ...base, control: 'json' };
}

export function fieldsOf(schema: JsonSchema, parent: string[] = []): FieldSpec[] {
  const s = unwrap(schema);
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).map(([key, sub]) => field(key, [...parent, key], sub, required.has(key)));
}

/**
 * Options that name a pack category ("categoria", "categorias") become a choice among the categories of the
 * pack being edited, so a typo cannot point a rule at a category that does not exist.
 */
export function withCategoriaChoices(fields: FieldSpec[], categoriaIds: string[]): FieldSpec[] {
  if (categoriaIds.length === 0) return fields;
  return fields.map((f): FieldSpec => {
    if (f.key === 'categoria' && f.control === 'text') return { ...f, control: 'select', options: categoriaIds };
    if (f.key === 'categorias' && f.control === 'list' && f.itemType === 'string')
      return { ...f, control: 'multi', options: categoriaIds };
    if (f.control === 'group') return { ...f, fields: withCategoriaChoices(f.fields, categoriaIds) };
    return f;
  });
}

export function getAt(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** Immutable set; `undefined` removes the key so an emptied optional field is left out of the pack. */
export function setAt(value: unknown, path: readonly string[], next: unknown): Record<string, unknown> {
  const obj: Record<string, unknown> =
    value && typeof value === 'object' ? { ...(value as Record<string, unknown>) } : {};
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const child = rest.length ? setAt(obj[head], rest, next) : next;
  if (child === undefined) delete obj[head];
  else obj[head] = child;
  return obj;
}
