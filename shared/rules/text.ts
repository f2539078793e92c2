import { plural } from '../plural.ts';

// Comparing what the portal shows with what a pack says: case, accents, punctuation and spacing vary
// ("Enviado à operadora" / "ENVIADO A OPERADORA", "Em Aberto" / "Aberto").
// Pages and packs compare the same few hundred short texts again on every run (labels, headings, captions):
// each is normalised once. Long texts are not kept; the memo is emptied when it grows past its bound.
const normalised = new Map<string, string>();
const MEMO_MAX_ENTRIES = 4000;
const MEMO_MAX_LENGTH = 200;

export function normalizeText(text: string): string {
  const known = normalised.get(text);
  if (known !== undefined) return known;
  // Plain ASCII (but ^ and `, which count as diacritics) has no accents to take off: no Unicode decomposition.
  const out = (!/[\u0080-\uffff^`]/.test(text) ? text : text.normalize('NFD').replace(/\p{Diacritic}/gu, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (text.length <= MEMO_MAX_LENGTH) {
    if (normalised.size >= MEMO_MAX_ENTRIES) normalised.clear();
    normalised.set(text, out);
  }
  return out;
}

/** File extension in upper case without the dot ("laudo.final.PDF" → "PDF"); '' when none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toUpperCase() : '';
}

/** Bytes as a clerk reads them: "15 MB", "820 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace('.0', '').replace('.', ',')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Reais as the portal writes them: "R$ 1.234,50". */
export function formatReais(value: number): string {
  return `R$ ${value.toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/**
 * A marker in a pack message: `{name}` (the value) or `{name:singular|plural}` (the word that agrees with the
 * number in `name`: "falta {restam:dia|dias}"… written as "{restam:falta|faltam} {restam} {restam:dia|dias}").
 */
export const MESSAGE_MARKER = /\{(\w+)(?::([^{}|]*)\|([^{}|]*))?\}/g;

/** The names a message's markers use, in order (repeats kept). */
export function markerNames(template: string): string[] {
  return [...template.matchAll(MESSAGE_MARKER)].map((m) => m[1]!);
}

/** Replaces each marker by `value(name)` (or the word agreeing with it); a marker with no value stays as written. */
export function fillMarkers(template: string, value: (name: string) => string | number | undefined): string {
  return template.replace(MESSAGE_MARKER, (whole, name: string, one?: string, many?: string) => {
    const v = value(name);
    if (v === undefined) return whole;
    if (one === undefined || many === undefined) return String(v);
    return plural(Number(v), one, many);
  });
}
