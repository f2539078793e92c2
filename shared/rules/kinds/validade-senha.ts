// A senha (autorização) is valid N days from its date, or until the validade the operadora printed,
// whichever comes first; procedures done after that are glosados.
import * as z from 'zod';
import { addDays, formatDateBr } from '../dates.ts';
import { defineRuleKind, type RuleReport } from '../kind.ts';

export const validadeSenha = defineRuleKind({
  meta: {
    kind: 'validade-senha',
    description: 'A realização tem de estar dentro da validade da senha de autorização.',
    options: z.object({ dias: z.number().int().positive() }),
    facts: ['guias'],
    placeholders: ['guia', 'data', 'validade', 'dias', 'item'],
    messages: {},
    defaultMessage:
      'Guia {guia}: realizado em {data}, depois do fim da validade da senha ({validade}; até {dias} dias da autorização). Peça nova autorização.',
    defaultSource: 'funssest-conecta-2024 § 5. Perguntas e Repostas, 22 (validade da senha)',
    glosas: ['1405', '1414'],
  },
  check(context, { dias }) {
    const out: RuleReport[] = [];
    for (const g of context.guias ?? []) {
      const porDias = g.dataAutorizacao ? addDays(g.dataAutorizacao, dias) : undefined;
      const limites = [porDias, g.dataValidadeSenha].filter((d): d is string => !!d).sort();
      const validade = limites[0];
      if (!validade) continue;
      const datas = g.procedimentos.length
        ? g.procedimentos.map((p, i) => ({ data: p.dataRealizacao ?? g.dataAtendimento, item: p.item ?? i + 1 }))
        : [{ data: g.dataAtendimento, item: undefined }];
      const late = datas.find((d) => d.data !== undefined && d.data > validade);
      if (!late?.data) continue;
      out.push({
        data: {
          guia: g.numero,
          data: formatDateBr(late.data),
          validade: formatDateBr(validade),
          dias,
          item: late.item ?? '',
        },
        where: { guia: g.numero, line: g.line, item: late.item, field: 'dataValidadeSenha' },
      });
    }
    return out;
  },
});
