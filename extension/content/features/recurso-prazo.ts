// The recurso de glosa deadline counted from the payment (IPAM: 60 days, 004 § 13), as a countdown:
// - Lote Detalhes (004 § 9.2 b; 001 § 3 Detalhes: "Data Pagamento"): next to Data Pagamento once the lote
//   is paid; the date is also remembered for this tab (lote-pagamentos.ts).
// - Recurso de glosa (004 § 13.7; 002 § 2.3: "Data de Pagamento", "Lote Original"): next to Data de
//   Pagamento; where the page leaves it empty, as the manuals show it, the date remembered from the Lote
//   Original's page counts.
import type { RuleContextInput } from '../../../shared/rules/context.ts';
import { prazoRecursoGlosa } from '../../../shared/rules/kinds/prazo-recurso-glosa.ts';
import { LabelIndex } from '../adapter/dom-read.ts';
import { isLoteDetalhe, isRecursoGlosa } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import type { FeatureApi } from '../feature-api.ts';
import { dataPagamentoLembrada, lembrarDataPagamento } from '../lote-pagamentos.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

/** The recurso page's facts with the payment date filled from the lote page when the recurso page has none. */
export function recursoComPagamento(api: FeatureApi): RuleContextInput['recurso'] | undefined {
  const recurso = api.page().recurso?.recurso;
  if (!recurso || recurso.dataPagamento) return recurso;
  const loteOriginal = recurso.loteOriginal ?? new LabelIndex(api.document).read(api.words.labels.loteOriginal)?.value;
  const lembrada = dataPagamentoLembrada(api.document, loteOriginal);
  return lembrada ? { ...recurso, dataPagamento: lembrada } : recurso;
}

export default defineFeature({
  id: 'recurso-prazo',
  description:
    'Prazo do recurso de glosa contado da Data Pagamento: contagem na página do lote pago e nas páginas do recurso (com a data lida do lote quando o recurso não a mostra).',
  include: [isLoteDetalhe, isRecursoGlosa],
  init(_signal, api) {
    const page = api.page();
    // The adapter reads recurso facts only where a recurso page shows them (its glosas, Situação do Recurso).
    if (page.recurso && api.is(isRecursoGlosa) && !api.is(isLoteDetalhe)) {
      const recurso = recursoComPagamento(api);
      const findings = findingsOfKinds(api.check({ recurso: { ...recurso, itens: [] } }), [prazoRecursoGlosa]);
      const anchor = page.recurso.pagamento ?? page.recurso.anchors[0]?.row;
      if (anchor && findings.length) api.show({ anchor, key: 'prazo-recurso', items: itemsOf(findings) });
      return;
    }
    const read = page.lote;
    const numero = read?.lote.numero;
    const pagamento = read?.lote.dataPagamento;
    if (!read || !pagamento) return;
    if (numero) lembrarDataPagamento(api.document, numero, pagamento);
    // On the lote page nobody is making a recurso yet: the countdown counts from the lote's own date.
    const semRecurso = { recurso: undefined };
    const findings = findingsOfKinds(api.check(semRecurso), [prazoRecursoGlosa]);
    const anchor = read.anchors.campos.get('dataPagamento') ?? read.anchors.situacao;
    if (anchor && findings.length) api.show({ anchor, key: 'prazo-recurso', items: itemsOf(findings) });
    api.onAction(['recursoGlosa'], (_name, button) => ({
      findings: findingsOfKinds(api.check({ ...semRecurso, acao: 'recurso-glosa' }), [prazoRecursoGlosa]),
      anchor: button,
      title: 'Prazo do recurso de glosa',
      key: 'acao-prazo-recurso',
    }));
  },
});
