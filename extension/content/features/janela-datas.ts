// Date windows from the pack (prazo de envio, validade da senha, retorno de consulta): next to the date in
// the Digitar Guia wizard, and on each row of the lote's guias table, where the guias' kept facts
// (guia-facts.ts) give the dates the page does not show, and the senha the pack requires.

import { consultaPrazoRetorno } from '../../../shared/rules/kinds/consulta-prazo-retorno.ts';
import { prazoEnvio } from '../../../shared/rules/kinds/prazo-envio.ts';
import { senhaObrigatoria } from '../../../shared/rules/kinds/senha-obrigatoria.ts';
import { validadeSenha } from '../../../shared/rules/kinds/validade-senha.ts';
import { cellOf } from '../adapter/dom-read.ts';
import { readGuiaForm } from '../adapter/read-guia-form.ts';
import { isDigitarGuia, isLoteDetalhe } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { guiaConferida } from '../guia-facts.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { byGuia, itemsOf } from '../warn.ts';

const KINDS = [prazoEnvio, validadeSenha, consultaPrazoRetorno];

export default defineFeature({
  id: 'janela-datas',
  description:
    'Avisa, ao lado da data, quando uma guia está fora do prazo da operadora (envio, validade da senha, retorno), no Digitar Guia e na tabela de guias do lote.',
  include: [isLoteDetalhe, isDigitarGuia],
  init(_signal, api) {
    const lote = api.page().lote;
    if (lote?.anchors.guiasTable) {
      const table = lote.anchors.guiasTable;
      // Senha: only for guias whose facts are known (a row alone says nothing about its senha).
      const conferidas = new Set((api.page().context.guias ?? []).filter(guiaConferida).map((g) => g.numero));
      const senha = findingsOfKinds(api.check(), [senhaObrigatoria]).filter(
        (f) => f.where.guia !== undefined && conferidas.has(f.where.guia),
      );
      for (const [guia, findings] of byGuia([...findingsOfKinds(api.check(), KINDS), ...senha])) {
        const row = lote.anchors.guiaRows.get(guia);
        const cell = row && (cellOf(table, row, 'dataAtendimento') ?? cellOf(table, row, 'numeroGuia'));
        if (cell) api.show({ anchor: cell, placement: 'append', key: `guia-${guia}`, items: itemsOf(findings) });
      }
      return;
    }
    const form = readGuiaForm(api.document, api.words);
    if (!form) return;
    const findings = findingsOfKinds(api.check({ guias: [form.guia] }), KINDS);
    const byField = new Map<Element, typeof findings>();
    for (const f of findings) {
      const anchor = (f.where.field && form.fields.get(f.where.field)) || form.fields.values().next().value;
      if (anchor) byField.set(anchor, [...(byField.get(anchor) ?? []), f]);
    }
    let i = 0;
    for (const [anchor, list] of byField) api.show({ anchor, key: `campo-${i++}`, items: itemsOf(list) });
  },
});
