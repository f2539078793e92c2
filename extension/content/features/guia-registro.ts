// Digitar Guia → Salvar: keeps this guia's billing facts on this computer (lib/guia-records), read from the
// Resumo the clerk is saving, so the lote page can check the guia later (its anexos, dates and senha),
// where the portal shows only its number and values. Never the beneficiário nor the professionals.

import { recordInputFromGuia } from '../../lib/guia-records/from-guia.ts';
import { actionOf } from '../adapter/actions.ts';
import { readGuiaResumo } from '../adapter/read-guia-resumo.ts';
import { isDigitarGuia } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { operadoraDoPack } from '../guia-facts.ts';

export default defineFeature({
  id: 'guia-registro',
  description:
    'Ao salvar uma guia no Digitar Guia, guarda neste computador os dados de cobrança dela (sem dados do beneficiário nem de profissionais), para conferi-la depois na página do lote.',
  include: [isDigitarGuia],
  init(signal, api) {
    const store = api.env.guiaRecords;
    const pack = api.pack;
    if (!store || !pack) return;
    api.document.addEventListener(
      'click',
      (event) => {
        if (actionOf(event.target, ['salvarGuia']) !== 'salvarGuia') return;
        const guia = readGuiaResumo(api.document, api.words);
        if (!guia) return;
        // The portal may still refuse the guia: a record of a guia never saved matches no lote row and expires.
        void store
          .save([recordInputFromGuia(guia, operadoraDoPack(pack), 'digitada')], {
            hoje: api.hoje,
            ...(api.settings.guiaRetencaoDias ? { retencaoDias: api.settings.guiaRetencaoDias } : {}),
          })
          .catch(() => {});
      },
      // Capture: before the portal's own handler navigates away (a guia saved into a lote opens the lote).
      { capture: true, signal },
    );
  },
});
