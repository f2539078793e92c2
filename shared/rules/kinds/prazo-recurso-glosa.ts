// A recurso de glosa is accepted only up to N days after the payment.
import * as z from 'zod';
import { addDays, daysBetween, formatDateBr } from '../dates.ts';
import { defineRuleKind } from '../kind.ts';

export const prazoRecursoGlosa = defineRuleKind({
  meta: {
    kind: 'prazo-recurso-glosa',
    description: 'O recurso de glosa tem de ser feito até N dias após o pagamento.',
    options: z.object({
      dias: z.number().int().positive(),
      avisoDias: z.number().int().nonnegative().default(0),
    }),
    facts: ['recurso'],
    placeholders: ['dias', 'dataPagamento', 'dataLimite', 'restam'],
    messages: {
      proximo:
        'O prazo do recurso de glosa termina em {dataLimite} ({dias} dias após o pagamento de {dataPagamento}); faltam {restam} dia(s).',
    },
    defaultMessage:
      'O prazo para recurso de glosa terminou em {dataLimite} ({dias} dias após o pagamento de {dataPagamento}).',
    defaultSource: '004_245f8e65d45c10dc.txt § 13. Como realizar recurso de glosa?',
    glosas: ['2909'],
  },
  check(context, { dias, avisoDias }) {
    const pagamento = context.recurso?.dataPagamento;
    if (!pagamento) return [];
    const limite = addDays(pagamento, dias);
    const restam = limite ? daysBetween(context.hoje, limite) : undefined;
    if (!limite || restam === undefined) return [];
    const data = { dias, dataPagamento: formatDateBr(pagamento), dataLimite: formatDateBr(limite), restam };
    const where = { field: 'Data de Pagamento' };
    if (restam < 0) return [{ data, where }];
    if (avisoDias > 0 && restam <= avisoDias) return [{ messageId: 'proximo', severity: 'warning', data, where }];
    return [];
  },
});
