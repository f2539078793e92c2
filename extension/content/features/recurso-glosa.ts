// Recurso de glosa: a justificativa for every glosa code contested, Vlr. Recursado not above Vlr. Glosado,
// and (on Salvar/Enviar) the deadline counted from the payment date — next to the field concerned.
import type { Finding } from '../../../shared/findings.ts';
import { prazoRecursoGlosa } from '../../../shared/rules/kinds/prazo-recurso-glosa.ts';
import { recursoJustificativa } from '../../../shared/rules/kinds/recurso-justificativa.ts';
import { recursoValor } from '../../../shared/rules/kinds/recurso-valor.ts';
import type { RecursoItemAnchors } from '../adapter/read-recurso.ts';
import { isRecursoGlosa } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';
import { recursoComPagamento } from './recurso-prazo.ts';

const ITEM_KINDS = [recursoJustificativa, recursoValor];
const PRAZO_KINDS = [prazoRecursoGlosa];

function anchorFor(f: Finding, a: RecursoItemAnchors): Element | undefined {
  if (f.where.field === 'Justificativa') return a.justificativa ?? a.row;
  return a.valor ?? a.justificativa ?? a.row;
}

export default defineFeature({
  id: 'recurso-glosa',
  description:
    'No recurso de glosa, confere a justificativa de cada glosa, que o Vlr. Recursado não passe do glosado e o prazo desde o pagamento.',
  include: [isRecursoGlosa],
  init(_signal, api) {
    const read = api.page().recurso;
    if (!read) return;
    // One item at a time, so each finding lands next to its own field or row.
    read.recurso.itens.forEach((item, i) => {
      const findings = findingsOfKinds(api.check({ recurso: { ...read.recurso, itens: [item] } }), ITEM_KINDS);
      const byAnchor = new Map<Element, Finding[]>();
      for (const f of findings) {
        const anchor = anchorFor(f, read.anchors[i] ?? {});
        if (anchor) byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), f]);
      }
      for (const [anchor, list] of byAnchor) api.show({ anchor, key: `item-${i}`, items: itemsOf(list) });
    });
    // The deadline's countdown next to Data de Pagamento is recurso-prazo's; here it is said again on the click.
    api.onAction(['salvarJustificativas', 'enviarRecurso'], (_name, button) => ({
      findings: [
        ...findingsOfKinds(api.check(), ITEM_KINDS),
        ...findingsOfKinds(api.check({ recurso: recursoComPagamento(api) }), PRAZO_KINDS),
      ],
      anchor: button,
      title: 'Recurso de glosa: confira antes de salvar ou enviar',
    }));
  },
});
