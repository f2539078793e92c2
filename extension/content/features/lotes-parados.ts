// Pesquisar Lotes (004 § 13.1; 002 § 2.1; conecta-portal.md: grid #DataGrid / #LotesDePagamento with Data
// Inclusão, Nº Lote, Situação Lote, …): a lote saved but left Aberto, Fechado (envio pendente) or Enviando
// for more than the pack's N days since its Data Inclusão — "Salvar não realiza o envio" (001 § 2.1) —,
// flagged in its own row. Reads only the grid's cells. Data Inclusão because it is the one date the grid
// shows (001 § 4, 002 § 2.1, 004 § 13.1; the row's detail line has Operadora, Qtd. Guias, values only):
// Data Fechamento / Data Envio are on the lote's own page, so "parado há N dias" counts from inclusion.
import { salvoNaoEnviado } from '../../../shared/rules/kinds/salvo-nao-enviado.ts';
import { cellOf } from '../adapter/dom-read.ts';
import { isPesquisaLote } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

export default defineFeature({
  id: 'lotes-parados',
  description:
    'Pesquisar Lotes: marca na linha o lote salvo e não enviado (Aberto, Fechado (envio pendente) ou Enviando) há mais dias que o pacote permite.',
  include: [isPesquisaLote],
  init(_signal, api) {
    const read = api.page().lotes;
    if (!read) return;
    for (const lote of read.lotes) {
      const row = read.rows.get(lote.numero);
      if (!row) continue;
      // One row at a time, so each finding lands in its own row.
      const findings = findingsOfKinds(api.check({ lotes: [lote] }), [salvoNaoEnviado]);
      const cell = cellOf(read.table, row, 'situacaoLote') ?? cellOf(read.table, row, 'numeroLote') ?? row.cells[0];
      if (cell && findings.length)
        api.show({ anchor: cell, placement: 'append', key: `lote-${lote.numero}`, items: itemsOf(findings) });
    }
  },
});
