// DOM tests load the mock portal's rendered pages (test/portal/snapshots/*.html, saved after AngularJS
// settled) into happy-dom. Only tests import this file; it is never part of the extension bundle.
const pages = import.meta.glob('../../../test/portal/snapshots/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The portal clock the snapshots were rendered with (test/portal/snapshot.ts). */
export const SNAPSHOT_HOJE = '2026-11-20';

export function snapshotHtml(name: string): string {
  const html = pages[`../../../test/portal/snapshots/${name}.html`];
  if (html === undefined) throw new Error(`snapshot não encontrado: ${name}`);
  return html;
}

/** Replaces the test document with a saved portal page, at the URL it was rendered from. */
export function loadSnapshot(name: string, path: string): Document {
  return loadPageHtml(snapshotHtml(name), path);
}

/** Replaces the test document with a portal page's HTML (a snapshot, or a page written for a test), at `path`. */
export function loadPageHtml(source: string, path: string): Document {
  // Stylesheet links dropped before parsing: happy-dom would try to fetch them.
  const html = source.replace(/<link\b[^>]*>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // No scripts: Angular already rendered the page.
  for (const s of parsed.querySelectorAll('script')) s.remove();
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  const happy = (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM;
  happy?.setURL(`http://127.0.0.1:5174${path}`);
  return document;
}
