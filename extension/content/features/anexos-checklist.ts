// Per guia of the lote: the documents its procedures' categories require (pack) that are not attached yet;
// and, on Fechar Lote / Enviar Lote, one list of what is still missing across the lote (anexos per guia,
// guias past their date window) before the portal's confirmation. The lote page shows no procedures
// (004 § 9.2 b): a guia is checked through the facts kept when it was typed or its XML checked
// (guia-facts.ts); the others are named as not checked, with how to check them.
import type { Finding } from '../../../shared/findings.ts';
import { contagem, plural } from '../../../shared/plural.ts';
import { anexosObrigatorios } from '../../../shared/rules/kinds/anexos-obrigatorios.ts';
import { prazoEnvio } from '../../../shared/rules/kinds/prazo-envio.ts';
import { validadeSenha } from '../../../shared/rules/kinds/validade-senha.ts';
import { listaGuias } from '../../../shared/rules/labels.ts';
import { cellOf } from '../adapter/dom-read.ts';
import { isLoteDetalhe } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { guiaConferida } from '../guia-facts.ts';
import { findingsOfKinds, rulesOfKind } from '../pack-view.ts';
import { byGuia, itemsOf } from '../warn.ts';

// Documents attached but not sent are said in their own row of the anexos grid (anexos-pendentes.ts).
const KINDS = [anexosObrigatorios];
/** Guias past their window also stop a lote: listed with the anexos when it is closed or sent. */
const JANELAS = [prazoEnvio, validadeSenha];
const TITULO = 'O que falta no lote';
/** Numbers named in the summary; the rest are counted. */
const MAX_NOMEADAS = 10;

export default defineFeature({
  id: 'anexos-checklist',
  description:
    'Lista, em cada guia do lote, os anexos exigidos pelas categorias dos procedimentos que ainda não foram anexados, diz quantas guias foram conferidas, e avisa em Fechar/Enviar Lote.',
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
    // Which guias the checks saw whole: those whose kept facts were joined in (guia-facts.ts).
    const guias = api.page().context.guias ?? [];
    const naoConferidas = guias.filter((g) => !guiaConferida(g)).map((g) => g.numero);
    const porGuia =
      rulesOfKind(api.pack, anexosObrigatorios).some((r) => r.options.categoria !== undefined) ||
      JANELAS.some((k) => rulesOfKind(api.pack, k).length > 0);
    const anchor = read.anchors.quantidade ?? read.anchors.guiasTable?.table;
    // Only where guia facts can be kept (the extension, not a bare page read): else there is nothing to suggest.
    if (api.env.guiaFacts && porGuia && guias.length && anchor) {
      const nomeadas = listaGuias(naoConferidas.slice(0, MAX_NOMEADAS));
      const mais = naoConferidas.length > MAX_NOMEADAS ? ` e mais ${naoConferidas.length - MAX_NOMEADAS}` : '';
      const message = naoConferidas.length
        ? `Guias conferidas (anexos, prazos e senha): ${guias.length - naoConferidas.length} de ${guias.length}; ${naoConferidas.length} de ${contagem(guias.length, 'guia', 'guias')} ainda ${plural(naoConferidas.length, 'não conferida', 'não conferidas')} (${nomeadas}${mais}). Para conferir uma guia, abra-a no Digitar Guia e salve, ou verifique o XML do lote no ícone da extensão.`
        : `Guias conferidas (anexos, prazos e senha): ${guias.length} de ${guias.length}.`;
      api.show({ anchor, key: 'conferencia', items: [{ key: 'conferencia', severity: 'info', message }] });
    }
    api.onAction(['fecharLote', 'enviarLote'], (name, button) => {
      const acao = name === 'fecharLote' ? 'fecharLote' : 'enviarLote';
      const foraDoPrazo = findingsOfKinds(api.check(), JANELAS).filter((f) => f.severity === 'error');
      const semConferir: Finding[] =
        api.env.guiaFacts && naoConferidas.length
          ? [
              {
                rule: 'anexos-checklist/nao-conferidas',
                kind: 'anexos-checklist',
                severity: 'info',
                message: `${contagem(naoConferidas.length, 'guia', 'guias')} ${plural(naoConferidas.length, 'não conferida', 'não conferidas')}: a extensão não tem os procedimentos e datas delas.`,
                where: {},
              },
            ]
          : [];
      return {
        findings: [...faltando(acao === 'fecharLote' ? 'fechar-lote' : 'enviar-lote'), ...foraDoPrazo, ...semConferir],
        anchor: button,
        title: `${TITULO}: confira antes de ${acao === 'fecharLote' ? 'fechar' : 'enviar'} o lote`,
      };
    });
  },
});
