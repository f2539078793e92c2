// A reminder when the lote goes out: the physical/required documents must reach the operadora within N days.
import * as z from 'zod/mini';
import { acaoSchema } from '../context.ts';
import { addDays, formatDateBr } from '../dates.ts';
import { defineRuleKind } from '../kind.ts';

export const prazoDocumentos = defineRuleKind({
  meta: {
    kind: 'prazo-documentos',
    description: 'Lembra, ao enviar, o prazo em dias para a documentação chegar à operadora.',
    options: z.object({
      dias: z.number().check(z.int(), z.positive()),
      acoes: z._default(z.array(acaoSchema).check(z.minLength(1)), ['upload-xml', 'enviar-lote']),
    }),
    facts: ['acao'],
    placeholders: ['dias', 'dataLimite', 'lote'],
    messages: {},
    defaultMessage:
      'Depois deste envio, a documentação do lote deve chegar à operadora em até {dias} dias (até {dataLimite}).',
    defaultSource: 'serpro-comunicado-anexos-2020 § COMUNICADO (envio da conta física em até 90 dias)',
  },
  check(context, { dias, acoes }) {
    if (!context.acao || !acoes.includes(context.acao)) return [];
    // A recurso de glosa is not a billed lote: no conta física follows it.
    if (context.lote?.tipoGuia === 'recurso-glosa') return [];
    const limite = addDays(context.hoje, dias);
    if (!limite) return [];
    return [{ data: { dias, dataLimite: formatDateBr(limite), lote: context.lote?.numero ?? '' } }];
  },
});
