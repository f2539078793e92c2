// Which Conecta page is this? Predicates over the URL (MVC routes /{Area}/{Controller}/{Action}) and over
// what the page holds (Benner `bc-*` directives, known ids), because the portal changes pages in place and
// the same widget (the anexo dialog) appears on several routes.
import { normalizeText } from '../../shared/rules/text.ts';
import { BC, IDS } from './selectors.ts';

export interface PageInfo {
  document: Document;
  url: URL;
}
export type PagePredicate = (page: PageInfo) => boolean;

const has = (page: PageInfo, selector: string) => page.document.querySelector(selector) !== null;
const byId = (page: PageInfo, id: string) => page.document.getElementById(id) !== null;
const path = (page: PageInfo) => page.url.pathname.toLowerCase();
/** The page's section headings and grid columns, normalised: read once per page question set (one run). */
const headingsOf = new WeakMap<PageInfo, Set<string>>();

/**
 * Where pages print a section's title: heading tags, a fieldset's legend, a grid's column, and the blocks that
 * Bootstrap and hand-made pages style as titles (`panel-heading`, `modal-title`, `secao-titulo`…): the manuals
 * show the words, not the markup.
 */
const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'th', 'caption'];
const HEADING_ATTRIBUTES = ['[role=heading]', '[class*="heading"]', '[class*="title"]', '[class*="titulo"]'];

/** The page's section headings and grid columns, normalised, read once per page question set (one run). */
function headings(page: PageInfo): Set<string> {
  let shown = headingsOf.get(page);
  if (!shown) {
    shown = new Set();
    const add = (els: Iterable<Element>) => {
      for (const el of els) shown!.add(normalizeText(el.textContent ?? ''));
    };
    // One query per tag and per attribute test, not one list of them all: Chromium matches a selector list
    // against every element of the page (a 100-guia lote), where a lone tag is a plain walk by name.
    for (const tag of HEADING_TAGS) add(page.document.getElementsByTagName(tag));
    for (const selector of HEADING_ATTRIBUTES) add(page.document.querySelectorAll(selector));
    headingsOf.set(page, shown);
  }
  return shown;
}

/** A section heading or grid column the page prints (routes of these pages are not known, their words are). */
const hasHeading = (page: PageInfo, texts: readonly string[]) => {
  const shown = headings(page);
  return texts.some((t) => shown.has(normalizeText(t)));
};

/** Lote de pagamento details (Nº Lote, Situação do Lote, guias, anexos); the route first, the DOM query after. */
export const isLoteDetalhe: PagePredicate = (page) =>
  /\/pagamentos\/.*lote.*\/detalhes/.test(path(page)) || has(page, 'bc-detalhes-lote');

/** Lotes search grid (Pesquisar Lotes): `#DataGrid` on one tenant, `#LotesDePagamento` on another. */
export const isPesquisaLote: PagePredicate = (page) =>
  (/\/pagamentos\/pesquisalote(\/|$)/.test(path(page)) || has(page, '#LotesDePagamento')) && !isLoteDetalhe(page);

/** Uploads → Novo: the XML upload area. */
export const isUploadXml: PagePredicate = (page) =>
  /\/uploads\/uploadxml\/novo/.test(path(page)) || has(page, 'bc-incluir-arquivo');

/**
 * The wizard's title as the manuals print it on every step, "Guia de Faturamento Odontológico - Passo 1 de 5"
 * (001 § 2.1) and "Guia de Faturamento de SP/SADT - Passo 4 de 6" (004 § 9.2 a); the autorização wizard's reads "Guia
 * de Autorização …" (004 §§ 3–4), which is not a cobrança.
 */
const TITULO_FATURAMENTO = `${normalizeText('Guia de Faturamento')} `;
const hasTituloFaturamento = (page: PageInfo) => {
  for (const t of headings(page)) if (t.startsWith(TITULO_FATURAMENTO)) return true;
  return false;
};

/**
 * Digitar Guia wizard (Consulta, SP/SADT …): its route (the notes give SP/SADT's, `/Guias/SpSadt/…NovaGuiaEletiva`;
 * the other types' are guessed alike), or its title, which every manual figure shows.
 */
export const isDigitarGuia: PagePredicate = (page) =>
  /\/guias\/[^/]+\/\w*(nova|digitar)/.test(path(page)) || hasTituloFaturamento(page);

/** Autorização → Pesquisar Guias → Detalhes (004 § 6): found by its section heading, its route is not known. */
export const isGuiaAutorizacao: PagePredicate = (page) => hasHeading(page, ['Dados da Autorização']);

/**
 * Autorização → Pesquisar Guias → Pesquisa de Guias (004 §§ 6, 8, 9.2): its "GUIAS ENCONTRADAS" heading (route not
 * known); the lote page's "Adicionar Guias" dialog bears the same title.
 */
export const isPesquisaGuias: PagePredicate = (page) => hasHeading(page, ['GUIAS ENCONTRADAS']) && !isLoteDetalhe(page);

/** Recurso de glosa (guias/procedimentos glosados, justificativas). */
export const isRecursoGlosa: PagePredicate = (page) =>
  /recursoglosa|recurso-glosa|pesquisacomvalorglosado/.test(path(page)) ||
  // One selector per query: a list of them is matched against every element of the page (a 100-guia lote's
  // grid), where a lone tag or id is looked up directly.
  has(page, BC.justificarGlosa) ||
  byId(page, IDS.guiasGlosadas) ||
  byId(page, IDS.procedimentosGlosados);

/** Lotes de Pagamento > Pagamentos Pendentes, where the nota fiscal is typed and sent (004 § 11). */
export const isNotaFiscal: PagePredicate = (page) =>
  /\/pagamentospendentes|notafiscal/.test(path(page)) || hasHeading(page, ['PAGAMENTOS PENDENTES']);

/** Faturamento > Documentos Anexos > Com falha no Envio (000 Q6). */
export const isDocumentosComFalha: PagePredicate = (page) =>
  /\/documentosanexos\/.*falha/.test(path(page)) || hasHeading(page, ['Motivo de Falha']);

/** An "Anexo de Documentos" dialog is on the page (lote or recurso). */
export const hasAnexoDialog: PagePredicate = (page) => has(page, 'bc-anexo-dropzone');

/** Any portal page. */
export const isPortal: PagePredicate = () => true;
