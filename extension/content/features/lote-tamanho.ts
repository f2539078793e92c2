// "N/100 guias" next to the lote's guia count, and a warning before a guia beyond the pack's limit is added.

import { contagem } from '../../../shared/plural.ts';
import { loteMaxGuias } from '../../../shared/rules/kinds/lote-max-guias.ts';
import { isLoteDetalhe } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds, optionsOfKind } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

export default defineFeature({
  id: 'lote-tamanho',
  description:
    'Mostra "N/100 guias" no lote (limite do pacote da operadora) e avisa antes de adicionar uma guia além do limite.',
  include: [isLoteDetalhe],
  init(_signal, api) {
    const read = api.page().lote;
    const quantidade = read?.lote.quantidadeGuias;
    const anchor = read?.anchors.quantidade ?? read?.anchors.situacao;
    if (!read || quantidade === undefined || !anchor) return;
    const max = optionsOfKind(api.pack, loteMaxGuias)?.max;
    const severity = max === undefined ? 'info' : quantidade > max ? 'error' : quantidade === max ? 'warning' : 'info';
    const text = max === undefined ? contagem(quantidade, 'guia', 'guias') : `${quantidade}/${max} guias`;
    // A full lote: say so before the user tries to add one more.
    const cheio = findingsOfKinds(api.check({ acao: 'adicionar-guia' }), [loteMaxGuias]);
    api.show({
      anchor,
      placement: 'inline',
      key: 'contador',
      badge: {
        text,
        severity,
        label:
          max === undefined
            ? `Este lote tem ${contagem(quantidade, 'guia', 'guias')}`
            : `Este lote tem ${quantidade} de no máximo ${max} guias`,
      },
      items: [],
    });
    // Shown before any click: up to the limit the lote itself is fine, so a full one gets a warning and the
    // click the rule's severity.
    api.show({
      anchor,
      key: 'limite',
      // Over the limit, the lote itself is wrong (the clerk's own lote): the rule's own severity, unprompted.
      items:
        max !== undefined && quantidade > max
          ? itemsOf(findingsOfKinds(api.check(), [loteMaxGuias]))
          : itemsOf(cheio).map((i) => ({ ...i, severity: 'warning' as const })),
    });
    api.onAction(['adicionarGuias'], (_action, button) => {
      // In the "GUIAS ENCONTRADAS" dialog several guias can be added at once: count what the lote would hold.
      const selecionadas = selectedRows(button);
      if (selecionadas > 1) {
        const lote = { ...read.lote, quantidadeGuias: quantidade + selecionadas };
        const findings = findingsOfKinds(api.check({ lote }), [loteMaxGuias]);
        return {
          findings,
          anchor: button,
          title: `Limite de guias por lote (com as ${selecionadas} guias selecionadas)`,
        };
      }
      const findings = findingsOfKinds(api.check({ acao: 'adicionar-guia' }), [loteMaxGuias]);
      return { findings, anchor: button, title: 'Limite de guias por lote' };
    });
  },
});

/** Rows ticked in the dialog the button belongs to (0 outside a dialog). */
function selectedRows(button: Element): number {
  const dialog = button.closest('.modal, bc-modal-evolution, [role="dialog"]');
  if (!dialog) return 0;
  return [...dialog.querySelectorAll('tbody tr')].filter(
    (r) => r.classList.contains('selected') || r.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked,
  ).length;
}
