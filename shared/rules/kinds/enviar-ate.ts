// The lote page's "Enviar Até (Calendário)" (004 § 9.2 b; 001 § 3) is the operadora's last day for sending
// that lote. While the lote is not sent yet, the clerk is warned as the day nears and told once it passed.
import * as z from 'zod/mini';
import { daysBetween, formatDateBr } from '../dates.ts';
import { defineRuleKind, type PackRef } from '../kind.ts';
import { situacaoKey } from '../situacoes.ts';

export const enviarAte = defineRuleKind({
  meta: {
    kind: 'enviar-ate',
    description: 'O lote ainda não enviado tem de ser enviado até a data "Enviar Até (Calendário)" da página do lote.',
    options: z.object({
      /** Lote situações (keys of portal.situacoes) in which the lote still has to be sent. */
      situacoesLote: z.array(z.string()).check(z.minLength(1)),
      /** Warn from this many days before the date (0 = only on and after it). */
      avisoDias: z._default(z.number().check(z.int(), z.nonnegative()), 5),
    }),
    facts: ['lote'],
    placeholders: ['lote', 'dataLimite', 'restam'],
    messages: {
      proximo: 'Envie o lote {lote} até {dataLimite} (Enviar Até): {restam:falta|faltam} {restam} {restam:dia|dias}.',
      hoje: 'Hoje ({dataLimite}) é o último dia para enviar o lote {lote} (Enviar Até).',
    },
    defaultMessage:
      'O prazo para enviar o lote {lote} terminou em {dataLimite} (Enviar Até). Fale com a operadora antes de enviá-lo.',
    defaultSource: 'ipam-portal-saude-2024 § 9.2 b) Realizar o Envio do lote de pagamento (Enviar Até (Calendário))',
    refs: (o) => o.situacoesLote.map((id, i): PackRef => ({ tipo: 'situacao', id, path: ['situacoesLote', i] })),
  },
  check(context, { situacoesLote, avisoDias }, { pack }) {
    const lote = context.lote;
    if (!lote?.enviarAte || !lote.situacao) return [];
    const key = situacaoKey(pack, lote.situacao);
    if (!key || !situacoesLote.includes(key)) return [];
    const restam = daysBetween(context.hoje, lote.enviarAte);
    if (restam === undefined) return [];
    const data = { lote: lote.numero ?? '', dataLimite: formatDateBr(lote.enviarAte), restam };
    const where = { field: 'Enviar Até (Calendário)' };
    if (restam < 0) return [{ data, where }];
    if (restam === 0) return [{ messageId: 'hoje', severity: 'warning', data, where }];
    if (restam <= avisoDias) return [{ messageId: 'proximo', severity: 'warning', data, where }];
    return [];
  },
});
