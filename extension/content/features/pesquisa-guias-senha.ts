// Autorização → Pesquisar Guias → Pesquisa de Guias (004 § 6 "GUIAS ENCONTRADAS" … Situação "Autorizada"; § 9.2
// Opção 1: from here the clerk marks an authorised guia and clicks "Gerar cobrança Consulta ou SADT ou
// internação"): an Autorizada row whose senha is already past its validade, said in its row before the clerk
// bills on it. The grid prints no senha dates (004 § 6), so only the rows whose Detalhes da Guia was opened are
// checked: senha-autorizacao keeps the senha's dates there (lib/guia-records, origem "autorizacao"). Rows with no
// such record say nothing. The pack's validade-senha rule decides (FUNSSEST 60 days, 003 Q22), as on Detalhes.
import { validadeSenha } from '../../../shared/rules/kinds/validade-senha.ts';
import { normalizeText } from '../../../shared/rules/text.ts';
import type { GuiaRecord } from '../../lib/guia-records/schema.ts';
import { cellOf } from '../adapter/dom-read.ts';
import { isPesquisaGuias } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { operadoraDoPack } from '../guia-facts.ts';
import { findingsOfKinds, rulesOfKind } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

const AUTORIZADA = normalizeText('Autorizada');

export default defineFeature({
  id: 'pesquisa-guias-senha',
  description:
    'Pesquisa de Guias: marca na linha a guia Autorizada cuja senha já venceu, pela validade lida quando os Detalhes dela foram abertos.',
  include: [isPesquisaGuias],
  async init(signal, api) {
    const read = api.page().pesquisaGuias;
    const store = api.env.guiaRecords;
    if (!read || !store || !api.pack || !rulesOfKind(api.pack, validadeSenha).length) return;
    const operadora = operadoraDoPack(api.pack);
    const autorizadas = read.guias.filter((g) => g.situacao && normalizeText(g.situacao) === AUTORIZADA);
    if (!autorizadas.length) return;
    // One storage read for the whole grid, not one per row.
    const numeros = autorizadas.map((g) => g.numero);
    const records = await store
      .lookup(operadora, numeros, api.hoje, 'autorizacao')
      .catch(() => new Map<string, GuiaRecord>());
    if (signal.aborted) return;
    for (const guia of autorizadas) {
      const record = records.get(guia.numero);
      if (!record?.senha) continue;
      const findings = findingsOfKinds(
        api.check({
          autorizacao: {
            numero: guia.numero,
            senha: true,
            ...(record.dataAutorizacao ? { dataAutorizacao: record.dataAutorizacao } : {}),
            ...(record.dataValidadeSenha ? { dataValidadeSenha: record.dataValidadeSenha } : {}),
          },
        }),
        [validadeSenha],
      );
      const row = read.rows.get(guia.numero);
      const cell = row && (cellOf(read.table, row, 'situacao') ?? cellOf(read.table, row, 'numeroGuia'));
      if (cell && findings.length)
        api.show({ anchor: cell, placement: 'append', key: `senha-${guia.numero}`, items: itemsOf(findings) });
    }
  },
});
