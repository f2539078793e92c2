// Digitar Guia, SP/SADT de urgência (003 Q7: "SP/SADT Urgência com o código de pronto socorro - 10101039",
// the pack's urgencia-codigo rule): a quiet note at Caráter de Atendimento when the clerk picks urgência
// (Passo 3; the procedures come later), then the pack's finding next to the procedure lookup (Passo 4) and on
// the Resumo while the code is missing. The caráter chosen in Passo 3 is not on screen in Passo 4: the
// adapter remembers it for this wizard (read-guia-form.ts).

import { urgenciaCodigo } from '../../../shared/rules/kinds/urgencia-codigo.ts';
import { listaPt } from '../../../shared/rules/labels.ts';
import { findAction } from '../adapter/actions.ts';
import { LabelIndex } from '../adapter/dom-read.ts';
import { readGuiaForm, readResumoComPassos } from '../adapter/read-guia-form.ts';
import { isDigitarGuia } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds, optionsOfKind } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

export default defineFeature({
  id: 'urgencia-guia',
  description:
    'Digitar Guia SP/SADT de urgência: lembra, no Caráter de Atendimento, o código de pronto socorro que a operadora pede e avisa no procedimento e no Resumo enquanto ele falta.',
  include: [isDigitarGuia],
  init(_signal, api) {
    const o = optionsOfKind(api.pack, urgenciaCodigo);
    if (!o) return;
    const form = readGuiaForm(api.document, api.words);
    const guia = form?.guia ?? readResumoComPassos(api.document, api.words);
    if (!guia?.tipo || !o.tiposGuia.includes(guia.tipo) || guia.caraterAtendimento !== o.carater) return;
    const carater = form?.fields.get('caraterAtendimento');
    if (carater) {
      // Passo 3: nothing is wrong yet; say what Passo 4 needs while the choice is being made.
      api.show({
        anchor: carater,
        key: 'urgencia-carater',
        items: [
          {
            key: `urgencia|${o.codigos.join(',')}`,
            severity: 'info',
            message: `Urgência/emergência: a operadora pede o código ${listaPt(o.codigos)} (pronto socorro) entre os procedimentos (passo "Procedimentos / Itens Executados"), salvo pacote do contrato.`,
          },
        ],
      });
      return;
    }
    const findings = findingsOfKinds(api.check({ guias: [guia] }), [urgenciaCodigo]);
    if (!findings.length) return;
    const anchor =
      form?.fields.get('codigoProcedimento') ??
      new LabelIndex(api.document).read(api.words.labels.caraterAtendimento)?.element ??
      // A Resumo that does not print the Caráter (004 § 9.2 a): next to Salvar, where the guia is finished.
      findAction(api.document, 'salvarGuia')[0];
    if (anchor) api.show({ anchor, key: 'urgencia-codigo', items: itemsOf(findings) });
  },
});
