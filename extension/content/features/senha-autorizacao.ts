// Autorização → Pesquisar Guias → Detalhes (004 § 6: "Dados da Autorização: Data da Autorização … Senha …
// Validade"): a senha already past its validade — the earlier of the Validade printed and the pack's N days
// from the autorização (FUNSSEST 60, 003 Q22) — said next to the Validade before the clerk attends or bills on
// it. The page shows no procedures (004 § 6), so whether the procedure's category needs a senha is not
// checked here; Digitar Guia shows no senha field (001 § 2.1), so it is not checked there either.
import { validadeSenha } from '../../../shared/rules/kinds/validade-senha.ts';
import { isGuiaAutorizacao } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { itemsOf } from '../warn.ts';

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
  },
});
