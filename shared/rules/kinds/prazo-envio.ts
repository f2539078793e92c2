// Guias are only accepted up to N days after the atendimento/realização; warn before the deadline passes.
import * as z from 'zod/mini';
import { addDays, daysBetween, formatDateBr } from '../dates.ts';
import { dataBase } from '../guia-datas.ts';
import { defineRuleKind, type RuleReport } from '../kind.ts';

export const prazoEnvio = defineRuleKind({
  meta: {
    kind: 'prazo-envio',
    description: 'Prazo em dias entre o atendimento (ou a realização) e o envio da cobrança.',
    options: z.object({
      maxDias: z.number().check(z.int(), z.positive()),
      base: z._default(z.enum(['atendimento', 'realizacao']), 'atendimento'),
      /** Warn this many days before the deadline (0 = no early warning). */
      avisoDias: z._default(z.number().check(z.int(), z.nonnegative()), 0),
    }),
    facts: ['guias'],
    placeholders: ['guia', 'data', 'dias', 'maxDias', 'dataLimite'],
    messages: {
      proximo: 'Guia {guia}: o prazo de {maxDias} dias contados de {data} termina em {dataLimite}; envie até lá.',
      futura: 'Guia {guia}: a data {data} é posterior a hoje; confira a data do atendimento.',
    },
    defaultMessage:
      'Guia {guia}: atendimento de {data} já tem {dias} dias; a operadora só aceita cobranças até {maxDias} dias (prazo terminou em {dataLimite}).',
    defaultSource: 'funssest-conecta-2024 § 5. Perguntas e Repostas, 9 (prazo para o envio de guia)',
    glosas: ['1701'],
  },
  check(context, { maxDias, base, avisoDias }) {
    const out: RuleReport[] = [];
    for (const g of context.guias ?? []) {
      const data = dataBase(g, base);
      if (!data) continue;
      const dias = daysBetween(data, context.hoje);
      if (dias === undefined) continue;
      const kind =
        dias < 0
          ? 'futura'
          : dias > maxDias
            ? 'vencido'
            : avisoDias > 0 && maxDias - dias <= avisoDias
              ? 'proximo'
              : '';
      // Most guias of a lote are within their window: the message's texts are made only for those reported.
      if (!kind) continue;
      const dataLimite = formatDateBr(addDays(data, maxDias) ?? data);
      const common = { guia: g.numero, data: formatDateBr(data), dias, maxDias, dataLimite };
      const where = {
        guia: g.numero,
        line: g.line,
        field: base === 'atendimento' ? 'dataAtendimento' : 'dataExecucao',
      };
      if (kind === 'futura') out.push({ messageId: 'futura', severity: 'warning', data: common, where });
      else if (kind === 'vencido') out.push({ data: common, where });
      else out.push({ messageId: 'proximo', severity: 'warning', data: common, where });
    }
    return out;
  },
});
