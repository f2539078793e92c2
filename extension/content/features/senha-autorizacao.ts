// Autorização → Pesquisar Guias → Detalhes (004 § 6: "Dados da Autorização: Data da Autorização … Senha …
// Validade"): a senha already past its validade — the earlier of the Validade printed and the pack's N days
// from the autorização (FUNSSEST 60, 003 Q22) — said next to the Validade before the clerk attends or bills on
// it. The page shows no procedures (004 § 6), so whether the procedure's category needs a senha is not
// checked here; Digitar Guia shows no senha field (001 § 2.1), so it is not checked there either.
// The page shows the autorização's Nº Guia Prestador, which the cobrança references in Passo 1 (Nº Guia
// Prestador Ref.): its senha and dates are kept (lib/guia-records, origem "autorizacao"; never the senha itself
// nor the beneficiário) for guia-registro to add to the cobrança's record, so the lote page checks its validade.

import { validadeSenha } from '../../../shared/rules/kinds/validade-senha.ts';
import { recordInputFromAutorizacao } from '../../lib/guia-records/from-guia.ts';
import { isGuiaAutorizacao } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import type { ContentEnvironment } from '../feature-api.ts';
import { opcoesDeGravacao, operadoraDoPack } from '../guia-facts.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

/**
 * Per content script (a page opened): what was last kept from the page, and how many record changes had been heard
 * then. A re-run after an unrelated change of the page writes nothing; after a change of the records (erased in the
 * options, or this page's own write) the autorização is read back and kept again only if it is gone.
 */
const kept = new WeakMap<ContentEnvironment, { key: string; changes: number }>();

export default defineFeature({
  id: 'senha-autorizacao',
  description: 'Detalhes da guia autorizada: avisa, ao lado da Validade, quando a senha já venceu.',
  include: [isGuiaAutorizacao],
  init(_signal, api) {
    const read = api.page().autorizacao;
    if (!read) return;
    const findings = findingsOfKinds(api.check(), [validadeSenha]);
    if (findings.length)
      api.show({ anchor: read.anchor, key: 'senha-validade', title: 'Validade da senha', items: itemsOf(findings) });
    const { numero, senha } = read.autorizacao;
    const store = api.env.guiaRecords;
    if (!store || !api.pack || !numero || !senha) return;
    const input = recordInputFromAutorizacao({ ...read.autorizacao, numero }, operadoraDoPack(api.pack));
    const key = JSON.stringify(input);
    const env = api.env;
    const changes = env.guiaRecordChanges ?? 0;
    const last = kept.get(env);
    if (last?.key === key && last.changes === changes) return;
    kept.set(env, { key, changes });
    const keep = () => store.save([input], opcoesDeGravacao(api.hoje, api.settings));
    const done =
      last?.key === key
        ? store.autorizacao(input.operadora, numero, api.hoje).then((held) => (held ? 0 : keep()))
        : keep();
    void done.catch(() => kept.delete(env));
  },
});
