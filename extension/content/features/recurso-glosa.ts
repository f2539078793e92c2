// Recurso de glosa: a justificativa for every glosa code contested, Vlr. Recursado not above Vlr. Glosado,
// and the deadline counted from the payment date — next to the field, and on Salvar/Enviar.
import { isRecursoGlosa } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

const ITEM_KINDS = ['recurso-justificativa', 'recurso-valor'];
const PRAZO_KINDS = ['prazo-recurso-glosa'];

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
      const findings = findingsOfKinds(
        api.pack,
        api.check({ recurso: { ...read.recurso, itens: [item] } }),
        ITEM_KINDS,
      );
      const anchor = read.anchors[i];
      if (anchor) api.show({ anchor, key: `item-${i}`, items: itemsOf(findings) });
    });
    const prazo = findingsOfKinds(api.pack, api.check({ recurso: { ...read.recurso, itens: [] } }), PRAZO_KINDS);
    const first = read.anchors[0];
    if (first && prazo.length) api.show({ anchor: first, key: 'prazo', items: itemsOf(prazo) });
    api.onAction(['salvarJustificativas', 'enviarRecurso'], (_name, button) => ({
      findings: findingsOfKinds(api.pack, api.check(), [...ITEM_KINDS, ...PRAZO_KINDS]),
      anchor: button,
      title: 'Recurso de glosa: confira antes de salvar',
    }));
  },
});
