// What the tests of pages written from the manuals share (paginas-manuais*.test.ts): open a page with the real
// content script, find what a clerk sees in it, and swap a wizard's step in place as the portal does.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { type ContentRun, runContentOn, shownText } from '../../../extension/content/testing/run-content.ts';
import { loadPageHtml } from '../../../extension/content/testing/snapshots.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** A TISS file of test/fixtures/tiss as the clerk would pick it. */
export const fixture = (file: string) =>
  new File([readFileSync(join(here, '../../fixtures/tiss', file))], file.split('/').pop()!, { type: 'text/xml' });

/**
 * The pages of folder `pasta` (next to this file): `abrir` runs the content script on one, at `path` (routes the
 * manuals do not give are guesses, see README.md); the run is stopped and the tab's session cleared after each test.
 */
export function paginasDe(pasta: string) {
  let run: ContentRun | undefined;
  afterEach(() => {
    run?.stop();
    run = undefined;
    sessionStorage.clear();
  });
  const pagina = (nome: string) => readFileSync(join(here, pasta, `${nome}.html`), 'utf8');
  async function abrir(nome: string, path: string, extra: Parameters<typeof runContentOn>[5] = {}) {
    // A second page in the same test is the clerk navigating in the same tab: the session stays.
    run?.stop();
    run = await runContentOn(() => loadPageHtml(pagina(nome), path), {}, undefined, undefined, extra);
    return run;
  }
  /** The wizard shows one step at a time in the same page: step `nome`'s `seletor` replaces the current one's. */
  async function passo(r: ContentRun, nome: string, seletor: string) {
    const html = pagina(nome).replace(/<link\b[^>]*>/g, '');
    const novo = new DOMParser().parseFromString(html, 'text/html').querySelector(seletor)!;
    r.document
      .querySelector(seletor)!
      .replaceChildren(...[...novo.childNodes].map((n) => r.document.importNode(n, true)));
    await r.settle();
  }
  return { pagina, abrir, passo };
}

/** The warnings shown inside `el` (a row, a field's block). */
export const dentro = (r: ContentRun, el: Element | null | undefined) =>
  el
    ? r
        .hosts()
        .filter((h) => el.contains(h))
        .map(shownText)
    : [];
// No \b before: a box's title runs into its text ("Ação não permitida nesta situaçãoErro: …").
export const erros = (r: ContentRun) => r.texts().filter((t) => /Erro\b/.test(t));
/** The smallest element whose own text is `texto` (a label, a caption). */
export function porTexto(r: ContentRun, texto: string, seletor = '*'): Element {
  const el = [...r.document.querySelectorAll(seletor)].find((e) => e.textContent?.trim() === texto);
  if (!el) throw new Error(`não encontrado: ${texto}`);
  return el;
}
/** The row with a cell reading `texto`. */
export const linhaCom = (r: ContentRun, texto: string) =>
  [...r.document.querySelectorAll('tr')].find((tr) => [...tr.cells].some((c) => c.textContent?.trim() === texto));
export const clicar = (el: Element) => (el as HTMLElement).click();
