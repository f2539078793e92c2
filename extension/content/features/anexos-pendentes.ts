// Lote Detalhes, DOCUMENTOS ANEXADOS AO LOTE (004 § 9.2 b; 000 Q4–Q6: Nº Documento | Tipo Documento (000:
// Descrição) | Nome do arquivo | Data do Anexo | Situação): a document still "Envio Pendente" or failed once
// the lote has left Aberto / Fechado, in its own row, naming the way to resend it (Faturamento > Documentos
// Anexos > Com falha no Envio, 000 Q6). Reads the grid's Situação and the header's Situação do Lote only.
import { anexosPendentes } from '../../../shared/rules/kinds/anexos-pendentes.ts';
import { cellOf, cellText } from '../adapter/dom-read.ts';
import { isLoteDetalhe } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

export default defineFeature({
  id: 'anexos-pendentes',
  description:
    'Lote de pagamento já enviado: avisa na linha do documento anexo que continua "Envio Pendente" ou com falha, e como reenviá-lo.',
  include: [isLoteDetalhe],
  init(_signal, api) {
    const read = api.page().lote;
    const table = read?.anchors.anexosTable;
    if (!read || !table) return;
    // The grid lists documents in the page's order: the i-th document read is the i-th row with a type.
    const rows = table.rows.filter((row) => cellText(table, row, 'tipoDocumento'));
    read.lote.anexos.forEach((anexo, i) => {
      const row = rows[i];
      if (!row) return;
      // One document at a time, so the warning lands in its own row (guias left out: they list the same files).
      const findings = findingsOfKinds(api.check({ lote: { ...read.lote, anexos: [anexo] }, guias: [] }), [
        anexosPendentes,
      ]);
      const cell = cellOf(table, row, 'situacao') ?? cellOf(table, row, 'tipoDocumento');
      if (cell && findings.length)
        api.show({ anchor: cell, placement: 'append', key: `anexo-${anexo.numero ?? i}`, items: itemsOf(findings) });
    });
  },
});
