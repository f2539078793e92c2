// A recurso de glosa is accepted only up to N days after the payment. The date is the recurso page's "Data de
// Pagamento" or, where that page leaves it empty (004 § 13.7; 002 § 2.3), the lote page's "Data Pagamento"
// (004 § 9.2 b): on the lote page itself the rule counts down, quietly, since nobody is making a recurso yet.
import * as z from 'zod/mini';
import { addDays, daysBetween, formatDateBr } from '../dates.ts';
import { defineRuleKind, type RuleReport } from '../kind.ts';

export const prazoRecursoGlosa = defineRuleKind({
  meta: {
    kind: 'prazo-recurso-glosa',
    description: 'O recurso de glosa tem de ser feito até N dias após o pagamento.',
    options: z.object({
      dias: z.number().check(z.int(), z.positive()),
      /** Warn from this many days before the last day (0 = no warning). */
      avisoDias: z._default(z.number().check(z.int(), z.nonnegative()), 0),
      /** Also show the days left (info) while the deadline is further away than avisoDias. */
      contagem: z._default(z.boolean(), false),
    }),
    // Either the recurso or the paid lote: the check reads whichever the page shows.
    facts: [],
    placeholders: ['dias', 'dataPagamento', 'dataLimite', 'restam'],
    messages: {
      proximo:
        'O prazo do recurso de glosa termina em {dataLimite} ({dias} dias após o pagamento de {dataPagamento}); {restam:falta|faltam} {restam} {restam:dia|dias}.',
      contagem:
        'Recurso de glosa: até {dataLimite} ({dias} dias após o pagamento de {dataPagamento}); {restam:falta|faltam} {restam} {restam:dia|dias}.',
      encerrado:
        'O prazo para recurso de glosa deste lote terminou em {dataLimite} ({dias} dias após o pagamento de {dataPagamento}).',
    },
    defaultMessage:
      'O prazo para recurso de glosa terminou em {dataLimite} ({dias} dias após o pagamento de {dataPagamento}).',
    defaultSource: 'ipam-portal-saude-2024 § 13. Como realizar recurso de glosa?',
    glosas: ['2909'],
  },
  check(context, { dias, avisoDias, contagem }) {
    const pagamento = context.recurso?.dataPagamento ?? context.lote?.dataPagamento;
    if (!pagamento) return [];
    const limite = addDays(pagamento, dias);
    const restam = limite ? daysBetween(context.hoje, limite) : undefined;
    if (!limite || restam === undefined) return [];
    // Making a recurso: on a recurso page, or the clerk clicked Recurso de Glosa.
    const fazendoRecurso = context.recurso !== undefined || context.acao === 'recurso-glosa';
    const data = { dias, dataPagamento: formatDateBr(pagamento), dataLimite: formatDateBr(limite), restam };
    const where = { field: context.recurso?.dataPagamento ? 'Data de Pagamento' : 'Data Pagamento' };
    const report = (r: Omit<RuleReport, 'data' | 'where'>): RuleReport[] => [{ ...r, data, where }];
    if (restam < 0) return fazendoRecurso ? report({}) : report({ messageId: 'encerrado', severity: 'info' });
    if (avisoDias > 0 && restam <= avisoDias) return report({ messageId: 'proximo', severity: 'warning' });
    if (contagem) return report({ messageId: 'contagem', severity: 'info' });
    return [];
  },
});
