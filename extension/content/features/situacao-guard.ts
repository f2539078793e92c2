// Says why Incluir Anexo, Recurso de Glosa, adding guias or editing are not possible in the lote's (or the
// protocolo's) current situação — next to the button, before the user tries (the portal only greys it out).
import type { Acao } from '../../../shared/rules/context.ts';
import { findAction } from '../adapter/actions.ts';
import { isLoteDetalhe, isPesquisaLote } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds } from '../pack-view.ts';
import type { ActionName } from '../selectors.ts';
import { anchorForButton, itemsOf } from '../warn.ts';

const KIND = 'situacao-permitida';
const ACOES: Partial<Record<ActionName, Acao>> = {
  incluirAnexo: 'incluir-anexo',
  recursoGlosa: 'recurso-glosa',
  adicionarGuias: 'adicionar-guia',
  editarGuia: 'editar-guia',
};
const TITULO = 'Ação não permitida nesta situação';

export default defineFeature({
  id: 'situacao-guard',
  description:
    'Explica, ao lado do botão, por que Incluir Anexo, Recurso de Glosa, adicionar ou alterar guias não é possível na situação do lote ou do protocolo.',
  include: [isLoteDetalhe, isPesquisaLote],
  init(_signal, api) {
    if (!api.page().lote) return;
    const names = Object.keys(ACOES) as ActionName[];
    const findingsFor = (name: ActionName) => findingsOfKinds(api.pack, api.check({ acao: ACOES[name]! }), [KIND]);
    for (const name of names) {
      const findings = findingsFor(name);
      if (!findings.length) continue;
      // One warning per toolbar, even when the page repeats the button.
      const anchors = new Set(findAction(api.document, name).map(anchorForButton));
      for (const anchor of anchors)
        api.show({ anchor, key: `${name}-${[...anchors].indexOf(anchor)}`, title: TITULO, items: itemsOf(findings) });
    }
    api.onAction(names, (name, button) => ({
      findings: findingsFor(name),
      anchor: button,
      title: TITULO,
      key: `${name}-0`,
    }));
  },
});
