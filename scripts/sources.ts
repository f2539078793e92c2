// The source ids of docs/sources.md (the manuals every default rule cites as "<id> § <section>"), read from
// its table so the page stays the one list: the docs generator links citations to it, a test refuses ids
// it does not list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCES_PAGE = 'docs/sources.md';

/** Ids in the first column of the table of docs/sources.md. */
export function readSourceIds(root: string): Set<string> {
  const text = readFileSync(join(root, SOURCES_PAGE), 'utf8');
  return new Set([...text.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!));
}

/** The id a citation starts with ("pasa-faturamento-2023 § Lotes" → "pasa-faturamento-2023"), if any. */
export function citedId(source: string): string | undefined {
  return /^([a-z0-9-]+) § \S/.exec(source)?.[1];
}

/** A citation in Markdown, its id linked to docs/sources.md (`toSources`: relative path from the page). */
export function linkSource(source: string, ids: ReadonlySet<string>, toSources: string): string {
  const id = citedId(source);
  return id && ids.has(id) ? `[${id}](${toSources})${source.slice(id.length)}` : source;
}
