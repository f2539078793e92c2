// Faturamento > Lotes de Pagamentos > Pagamentos Pendentes (004 § 11): the prévia's BASES grid (Valor Base),
// the NOTAS FISCAIS grid (Nº Nota Fiscal | Status | Vlr. Nota) and the Nota Fiscal form (Nº Nota Fiscal,
// Serie, Vlr. Nota, Emissão). Vlr. Nota must be the prévia's Valor Base; a saved nota with no Status is not
// sent yet ("Enviar Nota fiscal"). The prévia is a dialog opened before the form: its Valor Base is kept for
// this tab by payment date (lote-pagamentos.ts) so the form can be checked once the prévia is closed.
import { notaFiscalNaoEnviada } from '../../../shared/rules/kinds/nota-fiscal-nao-enviada.ts';
import { notaFiscalValorBase } from '../../../shared/rules/kinds/nota-fiscal-valor-base.ts';
import { cellText } from '../adapter/dom-read.ts';
import { isNotaFiscal } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { lembrarValorBase, valorBaseLembrado } from '../lote-pagamentos.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

export default defineFeature({
  id: 'nota-fiscal',
  description:
    'Pagamentos Pendentes: Vlr. Nota igual ao Valor Base da prévia, e a nota fiscal salva que ainda não foi enviada ("Enviar Nota Fiscal").',
  include: [isNotaFiscal],
  init(_signal, api) {
    const read = api.page().pagamento;
    if (!read) return;
    const { dataPagamento, valorBase: naTela } = read.pagamento;
    if (dataPagamento && naTela !== undefined) lembrarValorBase(api.document, dataPagamento, naTela);
    const valorBase = naTela ?? valorBaseLembrado(api.document, dataPagamento);
    const comBase = <T extends object>(n: T) => (valorBase === undefined ? n : { valorBase, ...n });
    const pagamento = {
      ...read.pagamento,
      ...(valorBase !== undefined ? { valorBase } : {}),
      notasFiscais: read.pagamento.notasFiscais.map(comBase),
      ...(read.pagamento.notaEmEdicao ? { notaEmEdicao: comBase(read.pagamento.notaEmEdicao) } : {}),
    };
    // The form being typed: next to its Vlr. Nota.
    if (pagamento.notaEmEdicao && read.valorNota) {
      const findings = findingsOfKinds(api.check({ pagamento: { ...pagamento, notasFiscais: [] } }), [
        notaFiscalValorBase,
      ]);
      if (findings.length) api.show({ anchor: read.valorNota, key: 'nota-em-edicao', items: itemsOf(findings) });
    }
    // Each saved nota in its own row of NOTAS FISCAIS.
    const table = read.notasTable;
    if (!table) return;
    for (const nota of pagamento.notasFiscais) {
      const row = table.rows.find((r) => cellText(table, r, 'numeroNotaFiscal') === nota.numero);
      if (!row) continue;
      const { notaEmEdicao: _form, ...semForm } = pagamento;
      const findings = findingsOfKinds(api.check({ pagamento: { ...semForm, notasFiscais: [nota] } }), [
        notaFiscalValorBase,
        notaFiscalNaoEnviada,
      ]);
      const cell = row.cells[row.cells.length - 1] ?? row;
      if (findings.length)
        api.show({ anchor: cell, placement: 'append', key: `nota-${nota.numero}`, items: itemsOf(findings) });
    }
  },
});
