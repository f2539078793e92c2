// Recurso de glosa: the glosas table (guia, Glosas, Vlr. Glosado, Vlr. Recursado) and, when open, the
// justificativa dialog (`bc-modal-justificar-glosa`: Vlr. Glosado, #ValorRecursado and one
// Justificativas[i].Justificativa per glosa code).
import type { RuleContext } from '../../../shared/rules/context.ts';
import { BC, IDS } from '../selectors.ts';
import { cellOf, cellText, findTable, isShown, LabelIndex, type TableRead } from './dom-read.ts';
import type { PortalWords } from './labels.ts';
import { parseOperadora } from './portal-values.ts';
import { cleanText, parseDataBr, parseValorBr } from './text.ts';

type Recurso = NonNullable<RuleContext['recurso']>;
type RecursoItem = Recurso['itens'][number];

/** Where each fact of an item was read: a finding about "Vlr. Recursado" goes next to that field. */
export interface RecursoItemAnchors {
  row?: Element;
  valor?: Element;
  justificativa?: Element;
}

export interface RecursoRead {
  recurso: Recurso;
  anchors: RecursoItemAnchors[];
  /** "Data de Pagamento" (deadline findings). */
  pagamento?: Element;
  /** "Situação do Recurso" (a recurso saved but "Não enviado"). */
  situacao?: Element;
}

export function readRecurso(doc: Document, index: LabelIndex, words: PortalWords): RecursoRead | undefined {
  const itens: RecursoItem[] = [];
  const anchors: RecursoItemAnchors[] = [];
  // "Glosas" tells the glosas table from the lote's guias table (both have Nº Guia and Vlr. Glosado).
  const guias = findTable(doc.getElementById(IDS.guiasGlosadas)?.parentElement ?? doc, words.headings, [
    'numeroGuia',
    'glosas',
    'valorGlosado',
  ]);
  const dialog = doc.querySelector(BC.justificarGlosa);
  if (dialog && dialogOpen(dialog)) readDialog(dialog, words, selectedGuia(guias), itens, anchors);
  else if (guias) readTable(guias, itens, anchors);
  const situacao = index.read(words.labels.protocoloSituacao);
  const pagamento = index.read(words.labels.dataPagamento);
  const dataPagamento = parseDataBr(pagamento?.value);
  const situacaoRecurso = index.read(words.labels.recursoSituacao);
  // Only what a recurso page shows makes one: the lote page also prints a Situação Protocolo and a Data Pagamento,
  // which are the lote's (read-lote.ts), and a recurso in the facts means the clerk is making one.
  if (!itens.length && !guias && !situacaoRecurso) return undefined;
  // The recurso page's header (004 § 13.7; 002 § 2.3); "Nº Guia Prestador" there is the recurso's number.
  const texto = (ls: readonly string[]) => index.read(ls)?.value || undefined;
  const header = situacaoRecurso
    ? {
        numero: texto(words.labels.numeroGuia),
        situacao: situacaoRecurso.value || undefined,
        dataInclusao: parseDataBr(texto(words.labels.dataInclusao)),
        dataSituacao: parseDataBr(texto(words.labels.recursoDataSituacao)),
        dataEnvio: parseDataBr(texto(words.labels.dataEnvio)),
        loteOriginal: texto(words.labels.loteOriginal),
        operadora: parseOperadora(texto(words.labels.operadora)),
      }
    : {};
  return {
    recurso: {
      ...(situacao?.value ? { protocoloSituacao: situacao.value } : {}),
      ...(dataPagamento ? { dataPagamento } : {}),
      ...Object.fromEntries(Object.entries(header).filter(([, v]) => v !== undefined)),
      itens,
    },
    anchors,
    ...(pagamento ? { pagamento: pagamento.element } : {}),
    ...(situacaoRecurso ? { situacao: situacaoRecurso.element } : {}),
  };
}

function readTable(guias: TableRead, itens: RecursoItem[], anchors: RecursoItemAnchors[]): void {
  for (const row of guias.rows) {
    const guia = cellText(guias, row, 'numeroGuia');
    if (!guia) continue;
    const valorGlosado = parseValorBr(cellText(guias, row, 'valorGlosado'));
    const valorRecursado = parseValorBr(cellText(guias, row, 'valorRecursado'));
    itens.push({
      guia,
      ...(valorGlosado !== undefined ? { valorGlosado } : {}),
      ...(valorRecursado !== undefined ? { valorRecursado } : {}),
    });
    anchors.push({ row, valor: cellOf(guias, row, 'valorRecursado') ?? row });
  }
}

function readDialog(
  dialog: Element,
  words: PortalWords,
  guia: string | undefined,
  itens: RecursoItem[],
  anchors: RecursoItemAnchors[],
): void {
  const index = new LabelIndex(dialog);
  const valorGlosado = parseValorBr(index.read(words.labels.valorGlosado)?.value);
  const recursado = dialog.querySelector<HTMLInputElement>(`#${IDS.valorRecursado}`);
  const valorRecursado = recursado ? parseValorBr(recursado.value) : undefined;
  const fields = [...dialog.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('[name$=".Justificativa"]')];
  const base = { ...(guia ? { guia } : {}) };
  // The valor applies to the guia/procedimento as a whole: stated once, on an item of its own.
  if (recursado || valorGlosado !== undefined) {
    itens.push({
      ...base,
      ...(valorGlosado !== undefined ? { valorGlosado } : {}),
      ...(valorRecursado !== undefined ? { valorRecursado } : {}),
    });
    anchors.push({ ...(recursado ? { valor: recursado } : {}) });
  }
  for (const field of fields) {
    const codigoGlosa = glosaCodeNear(field);
    itens.push({ ...base, ...(codigoGlosa ? { codigoGlosa } : {}), justificativa: cleanText(field.value) });
    anchors.push({ justificativa: field });
  }
}

/** Nº Guia of the row ticked in the glosas table. */
function selectedGuia(guias: TableRead | undefined): string | undefined {
  return selectedCell(guias, 'numeroGuia');
}

/** The `key` column of the row ticked in a bc-smart-table (single selection). */
export function selectedCell(table: TableRead | undefined, key: string): string | undefined {
  const row = table?.rows.find(
    (r) => r.classList.contains('selected') || r.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked,
  );
  return row && table ? cellText(table, row, key) : undefined;
}

/** "1714: VALOR DO SERVIÇO SUPERIOR…" printed before the justificativa field. */
export function glosaCodeNear(field: Element): string | undefined {
  for (let el: Element | null = field; el; el = el.parentElement) {
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const m = /^\s*(\d{4})\s*:/.exec(prev.textContent ?? '');
      if (m) return m[1];
      if (prev.querySelector('[name$=".Justificativa"]')) return undefined;
    }
    if (el.matches(BC.justificarGlosa)) break;
  }
  return undefined;
}

/** A Benner modal directive is open when it is shown and its Bootstrap modal (if any) is "in". */
export function dialogOpen(el: Element): boolean {
  const modal = el.querySelector('.modal');
  return isShown(el) && (!modal || modal.classList.contains('in'));
}
