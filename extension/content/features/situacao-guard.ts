// Says why Incluir Anexo, Recurso de Glosa, adding guias or editing are not possible in the lote's (or the
// protocolo's) current situação. Unprompted, only as a quiet note (info) beside a button of the clerk's own
// work on this lote (Incluir Anexo, editing a guia); an error only when the clerk clicks the action. Nothing
// unprompted about Recurso de Glosa or Adicionar Guias: on a lote that is not faturado nor paid, or already
// sent, those are not what the clerk is doing (issue 11 § 4).
import type { Finding } from '../../../shared/findings.ts';
import type { Acao } from '../../../shared/rules/context.ts';
import { situacaoPermitida } from '../../../shared/rules/kinds/situacao-permitida.ts';
import { normalizeText } from '../../../shared/rules/text.ts';
import { findActionsByName } from '../adapter/actions.ts';
import { isShown } from '../adapter/dom-read.ts';
import { isLoteDetalhe, isPesquisaLote } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds } from '../pack-view.ts';
import type { ActionName } from '../selectors.ts';
import { anchorForButton, itemsOf } from '../warn.ts';

/** The portal's buttons this feature explains, the rule action each one is, and its name for the clerk. */
const ACOES: Partial<Record<ActionName, { acao: Acao; texto: string }>> = {
  incluirAnexo: { acao: 'incluir-anexo', texto: 'Incluir Anexo' },
  recursoGlosa: { acao: 'recurso-glosa', texto: 'Recurso de Glosa' },
  adicionarGuias: { acao: 'adicionar-guia', texto: 'Adicionar Guias' },
  editarGuia: { acao: 'editar-guia', texto: 'Alterar ou excluir' },
};
const TITULO = 'Ação não permitida nesta situação';
/** Actions explained before any click, quietly. */
const QUIETAS: readonly ActionName[] = ['incluirAnexo', 'editarGuia'];

/** An open lote greys buttons out for other reasons (a full lote, nothing selected): not a situação matter. */
function aberto(situacao: string): boolean {
  return /^(em )?aberto$/.test(normalizeText(situacao));
}

function isDisabled(button: Element): boolean {
  return button.hasAttribute('disabled') || button.classList.contains('disabled');
}

function portalDisabled(name: ActionName, situacao: string, protocolo: string | undefined): Finding {
  const onde = protocolo
    ? `o lote na situação "${situacao}" e o protocolo "${protocolo}"`
    : `o lote na situação "${situacao}"`;
  return {
    rule: 'portal/acao-desabilitada',
    kind: 'portal',
    severity: 'info',
    message: `${ACOES[name]?.texto}: o portal não permite esta ação com ${onde}.`,
    where: { field: 'Situação do Lote' },
  };
}

/** A note, not an alarm: why the button will not work is not a mistake of the clerk's. */
const quiet = (findings: readonly Finding[]): Finding[] => findings.map((f) => ({ ...f, severity: 'info' }));

export default defineFeature({
  id: 'situacao-guard',
  description:
    'Explica, ao lado do botão, por que Incluir Anexo, Recurso de Glosa, adicionar ou alterar guias não é possível na situação do lote ou do protocolo.',
  include: [isLoteDetalhe, isPesquisaLote],
  init(_signal, api) {
    if (!api.page().lote) return;
    const names = Object.keys(ACOES) as ActionName[];
    const findingsFor = (name: ActionName) =>
      findingsOfKinds(api.check({ acao: ACOES[name]!.acao }), [situacaoPermitida]);
    const lote = api.page().lote?.lote;
    const situacao = lote?.situacao;
    const onPage = findActionsByName(api.document, QUIETAS);
    for (const name of QUIETAS) {
      // Buttons of closed dialogs stay in the DOM: only what the user can see.
      const buttons = (onPage.get(name) ?? []).filter(isShown);
      if (!buttons.length) continue;
      let findings = quiet(findingsFor(name));
      // The portal greys the button out without a word; when the pack has no rule for it, say at least that.
      if (!findings.length && situacao && !aberto(situacao) && buttons.every(isDisabled))
        findings = [portalDisabled(name, situacao, lote?.protocolo?.situacao)];
      if (!findings.length) continue;
      // One note per toolbar, even when the page repeats the button.
      const anchors = new Set(buttons.map(anchorForButton));
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
