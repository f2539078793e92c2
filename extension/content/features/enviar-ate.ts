// Lote Detalhes (004 § 9.2 b "Detalhes": "Enviar Até (Calendário):"; 001 § 3 Detalhes): the operadora's last
// day for sending the lote, next to the field while the lote is not sent, and again when the clerk clicks
// Fechar Lote or Enviar Lote. Reads only the header the page shows: Situação do Lote and Enviar Até.
import { enviarAte } from '../../../shared/rules/kinds/enviar-ate.ts';
import { isLoteDetalhe } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

export default defineFeature({
  id: 'enviar-ate',
  description: 'Lote de pagamento: prazo "Enviar Até (Calendário)" ao lado do campo e em Fechar/Enviar Lote.',
  include: [isLoteDetalhe],
  init(_signal, api) {
    const read = api.page().lote;
    if (!read?.lote.enviarAte) return;
    const anchor = read.anchors.campos.get('enviarAte') ?? read.anchors.situacao;
    const findings = findingsOfKinds(api.check(), [enviarAte]);
    if (anchor && findings.length) api.show({ anchor, key: 'enviar-ate', items: itemsOf(findings) });
    api.onAction(['fecharLote', 'enviarLote'], (name, button) => ({
      findings: findingsOfKinds(api.check({ acao: name === 'fecharLote' ? 'fechar-lote' : 'enviar-lote' }), [
        enviarAte,
      ]),
      anchor: button,
      title: 'Prazo de envio do lote (Enviar Até)',
      key: 'acao-enviar-ate',
    }));
  },
});
