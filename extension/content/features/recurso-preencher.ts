// Fills the recurso de glosa form (PASA, IPAM take the recurso there: 002 § 2.3, 004 § 13.5) from the draft
// the clerk prepared in the popup from the demonstrativo: each glosa's Justificativa and the Vlr. Recursado,
// with the same safe autofill as Digitar Guia (what the clerk typed is only replaced when she asks). A draft
// value above the Vlr. Glosado on screen is refused, never typed.

import { reais } from '../../../shared/glosas/money.ts';
import { contagem, plural } from '../../../shared/plural.ts';
import { normalizeText } from '../../../shared/rules/text.ts';
import { alvoDoPortal } from '../../lib/recurso-rascunhos.ts';
import { findTable, LabelIndex } from '../adapter/dom-read.ts';
import { type FormControl, fillAll, planFill } from '../adapter/form-fields.ts';
import { dialogOpen, glosaCodeNear, selectedCell } from '../adapter/read-recurso.ts';
import { parseValorBr } from '../adapter/text.ts';
import { isRecursoGlosa } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import type { FeatureApi } from '../feature-api.ts';
import { BC, IDS } from '../selectors.ts';

/** "Justificar a Nível de Procedimento" / "de Guia" / "de Lote" (002 § 2.3, 004 § 13.5). */
function nivelDo(dialog: Element): 'item' | 'guia' | 'protocolo' | undefined {
  const text = normalizeText(dialog.textContent ?? '');
  if (text.includes('nivel de procedimento')) return 'item';
  if (text.includes('nivel de guia')) return 'guia';
  if (text.includes('nivel de lote')) return 'protocolo';
  return undefined;
}

const valorBr = (centavos: number) =>
  (centavos / 100).toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function plan(api: FeatureApi, dialog: Element) {
  const doc = api.document;
  const nivel = nivelDo(dialog);
  if (!nivel) return undefined;
  const protocolo = new LabelIndex(doc).read(['Protocolo Recursado', 'Protocolo Original'])?.value;
  const guias = findTable(doc.getElementById(IDS.guiasGlosadas)?.parentElement ?? doc, api.words.headings, [
    'numeroGuia',
    'glosas',
  ]);
  const procs = findTable(doc.getElementById(IDS.procedimentosGlosados)?.parentElement ?? doc, api.words.headings, [
    'codigo',
    'glosas',
  ]);
  const guia = nivel === 'protocolo' ? undefined : selectedCell(guias, 'numeroGuia');
  const procedimento = nivel === 'item' ? selectedCell(procs, 'codigo') : undefined;
  const alvo = alvoDoPortal(api.settings.recursoRascunhos ?? {}, protocolo, guia, procedimento);
  if (!alvo) return undefined;

  const pairs: [FormControl, string][] = [];
  for (const field of dialog.querySelectorAll<HTMLTextAreaElement>('[name$=".Justificativa"]')) {
    const codigo = glosaCodeNear(field);
    const texto = alvo.justificativas.find((j) => j.codigo === codigo)?.texto.trim();
    if (texto) pairs.push([field, texto]);
  }
  let recusado: string | undefined;
  const valor = dialog.querySelector<HTMLInputElement>(`#${IDS.valorRecursado}`);
  if (valor) {
    const glosadoNaTela = parseValorBr(new LabelIndex(dialog).read(api.words.labels.valorGlosado)?.value);
    const glosado = glosadoNaTela === undefined ? alvo.valorGlosado : Math.round(glosadoNaTela * 100);
    if (alvo.valorRecursado > glosado)
      recusado = `O rascunho traz Vlr. Recursado de ${reais(alvo.valorRecursado)}, acima do Vlr. Glosado desta tela (${reais(glosado)}): o valor não foi preenchido. Confira o demonstrativo.`;
    else pairs.push([valor, valorBr(alvo.valorRecursado)]);
  }
  return { ...planFill(pairs), recusado, anchor: dialog.querySelector('.modal-body') ?? dialog };
}

export default defineFeature({
  id: 'recurso-preencher',
  description:
    'No recurso de glosa, preenche a Justificativa de cada glosa e o Vlr. Recursado com o rascunho feito no popup a partir do demonstrativo, sem apagar o que já foi digitado sem perguntar.',
  include: [isRecursoGlosa],
  init(_signal, api) {
    const dialog = api.document.querySelector(BC.justificarGlosa);
    if (!dialog || !dialogOpen(dialog)) return;
    const p = plan(api, dialog);
    if (!p) return;
    // Planned again at click time: the dialog may have re-rendered or the clerk typed meanwhile.
    const again = () => plan(api, dialog);
    if (p.recusado)
      api.show({
        anchor: p.anchor,
        key: 'rascunho-valor',
        items: [{ key: 'valor-acima', severity: 'error', message: p.recusado }],
      });
    if (p.empty.length)
      api.show({
        anchor: p.anchor,
        key: 'rascunho',
        items: [],
        action: {
          text: `Preencher ${contagem(p.empty.length, 'campo', 'campos')} com o rascunho do recurso`,
          onClick: () => {
            fillAll(again()?.empty ?? []);
          },
        },
      });
    if (p.conflicts.length)
      api.show({
        anchor: p.anchor,
        key: 'rascunho-substituir',
        items: [
          {
            key: 'conflito',
            severity: 'info',
            message: `${contagem(p.conflicts.length, 'campo', 'campos')} já ${plural(p.conflicts.length, 'digitado', 'digitados')} com texto diferente do rascunho: ${plural(p.conflicts.length, 'mantido como está', 'mantidos como estão')}.`,
          },
        ],
        action: {
          text: `Substituir ${contagem(p.conflicts.length, 'campo', 'campos')} pelo rascunho`,
          onClick: () => {
            fillAll(again()?.conflicts ?? []);
          },
        },
      });
  },
});
