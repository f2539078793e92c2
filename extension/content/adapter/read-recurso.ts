// Recurso de glosa: the glosas tables (guia / procedimento, valor glosado, recursado) and the justificativa
// dialog (`bc-modal-justificar-glosa`: one Justificativas[i].Justificativa per glosa code, #ValorRecursado).
import type { RuleContext } from '../../../shared/rules/context.ts';
import { BC, IDS } from '../selectors.ts';
import { cellText, findTable, isShown, LabelIndex } from './dom-read.ts';
import type { PortalWords } from './labels.ts';
import { cleanText, parseDataBr, parseValorBr } from './text.ts';

type Recurso = NonNullable<RuleContext['recurso']>;
type RecursoItem = Recurso['itens'][number];

export interface RecursoRead {
  recurso: Recurso;
  /** Per item index in `recurso.itens`: the element a warning belongs to. */
  anchors: Element[];
}

export function readRecurso(doc: Document, index: LabelIndex, words: PortalWords): RecursoRead | undefined {
  const itens: RecursoItem[] = [];
  const anchors: Element[] = [];
  const dialog = doc.querySelector(BC.justificarGlosa);
  if (dialog && isShown(dialog)) readDialog(dialog, words, itens, anchors);
  if (!itens.length) {
    // "Glosas" tells the glosas table from the lote's guias table (both have Nº Guia and Vlr. Glosado).
    const guias =
      findTable(doc.getElementById(IDS.guiasGlosadas)?.parentElement ?? doc, words.headings, [
        'numeroGuia',
        'glosas',
        'valorGlosado',
      ]) ?? undefined;
    for (const row of guias?.rows ?? []) {
      const guia = cellText(guias!, row, 'numeroGuia');
      if (!guia) continue;
      const valorGlosado = parseValorBr(cellText(guias!, row, 'valorGlosado'));
      const valorRecursado = parseValorBr(cellText(guias!, row, 'valorRecursado'));
      itens.push({
        guia,
        ...(valorGlosado !== undefined ? { valorGlosado } : {}),
        ...(valorRecursado !== undefined ? { valorRecursado } : {}),
      });
      anchors.push(row);
    }
  }
  const situacao = index.read(words.labels.protocoloSituacao);
  const pagamento = parseDataBr(index.read(words.labels.dataPagamento)?.value);
  if (!itens.length && !situacao) return undefined;
  return {
    recurso: {
      ...(situacao?.value ? { protocoloSituacao: situacao.value } : {}),
      ...(pagamento ? { dataPagamento: pagamento } : {}),
      itens,
    },
    anchors,
  };
}

function readDialog(dialog: Element, words: PortalWords, itens: RecursoItem[], anchors: Element[]): void {
  const index = new LabelIndex(dialog);
  const valorGlosado = parseValorBr(index.read(words.labels.valorGlosado)?.value);
  const recursadoInput = dialog.querySelector<HTMLInputElement>(`#${IDS.valorRecursado}`);
  const valorRecursado = recursadoInput ? parseValorBr(recursadoInput.value) : undefined;
  const justificativas = [
    ...dialog.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('[name$=".Justificativa"]'),
  ];
  if (!justificativas.length && recursadoInput) justificativas.push(recursadoInput);
  justificativas.forEach((field, i) => {
    const codigoGlosa = glosaCodeNear(field);
    const isText = field.name.endsWith('.Justificativa');
    itens.push({
      ...(codigoGlosa ? { codigoGlosa } : {}),
      // The valor applies to the guia/procedimento as a whole: state it once, on the first item.
      ...(i === 0 && valorGlosado !== undefined ? { valorGlosado } : {}),
      ...(i === 0 && valorRecursado !== undefined ? { valorRecursado } : {}),
      ...(isText ? { justificativa: cleanText(field.value) } : {}),
    });
    anchors.push(field);
  });
}

/** "1714: VALOR DO SERVIÇO SUPERIOR…" printed before the justificativa field. */
function glosaCodeNear(field: Element): string | undefined {
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
