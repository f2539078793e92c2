// Every procedimento of a guia odontológica names the dente or the região (arcada, sextante…).
import * as z from 'zod/mini';
import { defineRuleKind, type RuleReport } from '../kind.ts';

export const odontoDenteRegiao = defineRuleKind({
  meta: {
    kind: 'odonto-dente-regiao',
    description: 'Em guias odontológicas, todo procedimento informa o dente ou a região.',
    options: z.object({}),
    facts: ['guias'],
    placeholders: ['guia', 'item', 'codigo'],
    messages: {},
    defaultMessage: 'Guia {guia}, item {item} ({codigo}): informe o dente ou a região do procedimento odontológico.',
    defaultSource: 'funssest-conecta-2024 § 5. Perguntas e Repostas, 32 (área/dente ou região)',
    glosas: ['3022'],
  },
  check(context) {
    const out: RuleReport[] = [];
    for (const g of context.guias ?? []) {
      if (g.tipo !== 'odonto') continue;
      g.procedimentos.forEach((p, i) => {
        if (p.dente?.trim() || p.regiao?.trim()) return;
        const item = p.item ?? i + 1;
        out.push({
          data: { guia: g.numero, item, codigo: p.codigo },
          where: { guia: g.numero, line: g.line, item, field: 'denteRegiao' },
        });
      });
    }
    return out;
  },
});
