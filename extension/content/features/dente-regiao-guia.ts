// Digitar Guia → Tratamento Odontológico, Passo 3 (001 § 2.1 Etapa 3: each procedure's "Referente a" Região /
// Dente): while a procedure has no dente nor região, the pack's odonto-dente-regiao warning next to its
// "Referente a", as the clerk types (FUNSSEST: "todos irão requerer a informação área/dente ou região", 003
// Q32). The wizard does not mark the field required, so the portal would take the guia without it.
import { odontoDenteRegiao } from '../../../shared/rules/kinds/odonto-dente-regiao.ts';
import { readGuiaForm } from '../adapter/read-guia-form.ts';
import { isDigitarGuia } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

export default defineFeature({
  id: 'dente-regiao-guia',
  description:
    'Digitar Guia odontológica: avisa, no "Referente a" de cada procedimento, quando falta o dente ou a região que a operadora exige.',
  include: [isDigitarGuia],
  init(_signal, api) {
    const form = readGuiaForm(api.document, api.words);
    if (form?.guia.tipo !== 'odonto') return;
    for (const f of findingsOfKinds(api.check({ guias: [form.guia] }), [odontoDenteRegiao])) {
      const anchor = form.fields.get(`denteRegiao:${f.where.item}`);
      if (anchor) api.show({ anchor, key: `dente-regiao-${f.where.item}`, items: itemsOf([f]) });
    }
  },
});
