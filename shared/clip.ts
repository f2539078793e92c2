// Bounds on text that may echo the input (element names, values, file names) before it reaches an answer, a
// popup or a terminal: a 10 MB element name must not become a 40 MB response. Applied once where findings and
// summaries are finalised (shared/tiss/index.ts, shared/validate.ts), so every check is covered, old or new.
import type { Finding, FindingWhere } from './findings.ts';

/** Longest echoed value kept whole; longer ones keep their start and end with "…". */
export const CLIP_CHARS = 80;
/** Longest message/detail/path as a whole (many short echoed values still add up). */
export const CLIP_TEXT_CHARS = 2000;

/** `value` at most `max` characters: the start and the last characters, "…" between them. */
export function clip(value: string, max = CLIP_CHARS): string {
  if (value.length <= max) return value;
  const tail = Math.floor((max - 1) / 4);
  return `${value.slice(0, max - 1 - tail)}…${tail ? value.slice(-tail) : ''}`;
}

const LONG_WORD = new RegExp(`[^\\s/]{${CLIP_CHARS + 1},}`, 'g');

/**
 * A sentence or a path with every word (run of characters between spaces and "/") clipped to CLIP_CHARS
 * characters, and the whole to CLIP_TEXT_CHARS. Real words and path segments are far shorter than 80 characters.
 */
export function clipText(text: string): string {
  // Cut the whole first (with room for one long word at the end), so the regex never scans megabytes.
  const bounded = text.length > CLIP_TEXT_CHARS ? clip(text, CLIP_TEXT_CHARS + CLIP_CHARS) : text;
  return clip(
    bounded.replace(LONG_WORD, (w) => clip(w)),
    CLIP_TEXT_CHARS,
  );
}

const WHERE_TEXT = ['guia', 'field'] as const;

/** The finding with every text field bounded (message, detail, where.*, source). Returns the same object when nothing is long. */
export function clipFinding(f: Finding): Finding {
  const long = (s: string | undefined, max: number) => s !== undefined && s.length > max;
  const w = f.where;
  if (
    !long(f.message, CLIP_CHARS) &&
    !long(f.detail, CLIP_CHARS) &&
    !long(f.source, CLIP_CHARS) &&
    !long(w.element, CLIP_CHARS) &&
    !WHERE_TEXT.some((k) => long(w[k], CLIP_CHARS))
  )
    return f;
  const where: FindingWhere = { ...w };
  for (const k of WHERE_TEXT) if (where[k] !== undefined) where[k] = clip(where[k]);
  if (where.element !== undefined) where.element = clipText(where.element);
  return {
    ...f,
    message: clipText(f.message),
    where,
    ...(f.detail !== undefined ? { detail: clipText(f.detail) } : {}),
    ...(f.source !== undefined ? { source: clipText(f.source) } : {}),
  };
}

/** Every string in a record of plain values (a summary, nested objects included) clipped to CLIP_CHARS. */
export function clipStrings<T extends object>(record: T): T {
  const out = { ...record } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    if (typeof v === 'string' && v.length > CLIP_CHARS) out[k] = clip(v);
    else if (v && typeof v === 'object' && !Array.isArray(v)) out[k] = clipStrings(v);
  }
  return out as T;
}
