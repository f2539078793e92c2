// A senha (autorização) is valid N days from its date, or until the validade the operadora printed,
// whichever comes first; procedures done after that are glosados. On the autorização's own page (004 § 6,
// which prints the senha's dates but no atendimento), a senha already past that day is said before the clerk
// attends or bills on it: a warning, not an error, since nothing wrong has been typed yet.
import * as z from 'zod/mini';
import { addDays, formatDateBr } from '../dates.ts';
import { defineRuleKind, type RuleReport } from '../kind.ts';

export const validadeSenha = defineRuleKind({
  meta: {
    kind: 'validade-senha',
    description: 'A realização tem de estar dentro da validade da senha de autorização.',
    options: z.object({ dias: z.number().check(z.int(), z.positive()) }),
    // guias (a lote, an XML, the wizard) or autorizacao (its Detalhes da Guia): either is enough.
    facts: [],
    placeholders: ['guia', 'data', 'validade', 'dias', 'item'],
    messages: {
      vencida:
        'Guia {guia}: a senha venceu em {validade} (autorizada em {data}; vale até {dias} dias). Um atendimento feito agora não é coberto por ela e a cobrança seria glosada: peça nova autorização.',
    },
    severities: (_o, ruleSeverity) => (ruleSeverity === 'info' ? ['info'] : [ruleSeverity, 'warning']),
    defaultMessage:
      'Guia {guia}: realizado em {data}, depois do fim da validade da senha ({validade}; até {dias} dias da autorização). Peça nova autorização.',
    defaultSource: 'funssest-conecta-2024 § 5. Perguntas e Repostas, 22 (validade da senha)',
    glosas: ['1405', '1414'],
  },
  check(context, { dias }) {
    const out: RuleReport[] = [];
    const a = context.autorizacao;
    if (a?.senha) {
      const validade = fimDaValidade(a.dataAutorizacao, a.dataValidadeSenha, dias);
      if (validade && context.hoje > validade)
        out.push({
          messageId: 'vencida',
          severity: 'warning',
          data: {
            guia: a.numero ?? '',
            data: a.dataAutorizacao ? formatDateBr(a.dataAutorizacao) : '',
            validade: formatDateBr(validade),
            dias,
            item: '',
          },
          where: { ...(a.numero ? { guia: a.numero } : {}), field: 'dataValidadeSenha' },
        });
    }
    for (const g of context.guias ?? []) {
      const validade = fimDaValidade(g.dataAutorizacao, g.dataValidadeSenha, dias);
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

/** The earlier of N days from the autorização and the validade printed, when either is known. */
function fimDaValidade(autorizacao: string | undefined, validade: string | undefined, dias: number) {
  const porDias = autorizacao ? addDays(autorizacao, dias) : undefined;
  return [porDias, validade].filter((d): d is string => !!d).sort()[0];
}
