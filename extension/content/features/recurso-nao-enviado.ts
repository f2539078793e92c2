// Recurso de glosa (004 § 13.7; 002 § 2.3: "Situação do Recurso: Não enviado", "Data Inclusão", and the
// "Enviar Recurso" button): a recurso saved but still "Não enviado" more than the pack's N days after its
// Data Inclusão — saving does not send it. Said next to Situação do Recurso; reads only that header.
import { salvoNaoEnviado } from '../../../shared/rules/kinds/salvo-nao-enviado.ts';
import { LabelIndex } from '../adapter/dom-read.ts';
import { isRecursoGlosa } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

export default defineFeature({
  id: 'recurso-nao-enviado',
  description:
    'Recurso de glosa: avisa do recurso salvo e ainda "Não enviado" há mais dias que o pacote permite (salvar não envia; "Enviar Recurso").',
  include: [isRecursoGlosa],
  init(_signal, api) {
    const recurso = api.page().context.recurso;
    if (!recurso?.situacao) return;
    const findings = findingsOfKinds(api.check(), [salvoNaoEnviado]);
    const anchor = new LabelIndex(api.document).read(api.words.labels.recursoSituacao)?.element;
    if (anchor && findings.length) api.show({ anchor, key: 'recurso-nao-enviado', items: itemsOf(findings) });
  },
});
