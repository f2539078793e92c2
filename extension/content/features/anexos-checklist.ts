// Per guia of the lote: the documents its procedures' categories require (pack) that are not attached yet;
// and, on Fechar Lote / Enviar Lote, the full list of what is missing before the lote leaves. The lote page
// shows no procedures (004 § 9.2 b): they come from `context.guias` as known guia records fill it
// (ContentEnvironment.guiaFacts); for a guia with no known procedures this feature says nothing.
import type { Finding } from '../../../shared/findings.ts';
import { anexosObrigatorios } from '../../../shared/rules/kinds/anexos-obrigatorios.ts';
import { cellOf } from '../adapter/dom-read.ts';
import { isLoteDetalhe } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { byGuia, itemsOf } from '../warn.ts';

// Documents attached but not sent are said in their own row of the anexos grid (anexos-pendentes.ts).
const KINDS = [anexosObrigatorios];
const TITULO = 'Anexos obrigatórios';

export default defineFeature({
  id: 'anexos-checklist',
  description:
    'Lista, em cada guia do lote, os anexos exigidos pelas categorias dos procedimentos que ainda não foram anexados, e avisa em Fechar/Enviar Lote.',
  include: [isLoteDetalhe],
  init(_signal, api) {
    const read = api.page().lote;
    if (!read) return;
    const faltando = (acao: 'fechar-lote' | 'enviar-lote'): Finding[] => findingsOfKinds(api.check({ acao }), KINDS);
    const { guiasTable, guiaRows } = read.anchors;
    if (guiasTable) {
      for (const [guia, findings] of byGuia(faltando('fechar-lote'))) {
        const row = guiaRows.get(guia);
        const cell = row && cellOf(guiasTable, row, 'numeroGuia');
        if (cell) api.show({ anchor: cell, placement: 'append', key: `guia-${guia}`, items: itemsOf(findings) });
      }
    }
    api.onAction(['fecharLote', 'enviarLote'], (name, button) => ({
      findings: faltando(name === 'fecharLote' ? 'fechar-lote' : 'enviar-lote'),
      anchor: button,
      title: `${TITULO}: confira antes de ${name === 'fecharLote' ? 'fechar' : 'enviar'} o lote`,
    }));
  },
});
