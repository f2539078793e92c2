// A recurso de glosa needs a justificativa for each glosa code it contests.
import * as z from 'zod/mini';
import { defineRuleKind, type RuleReport } from '../kind.ts';

export const recursoJustificativa = defineRuleKind({
  meta: {
    kind: 'recurso-justificativa',
    description: 'No recurso de glosa, cada código de glosa recursado precisa de justificativa.',
    options: z.object({ minCaracteres: z._default(z.number().check(z.int(), z.positive()), 1) }),
    facts: ['recurso'],
    placeholders: ['glosa', 'guia', 'minCaracteres'],
    // A glosa of the whole lote (or protocolo) has no guia: said as such, not "da guia -".
    messages: {
      lote: 'Glosa {glosa} do lote: escreva a justificativa do recurso (mínimo de {minCaracteres} {minCaracteres:caractere|caracteres}).',
    },
    defaultMessage:
      'Glosa {glosa} da guia {guia}: escreva a justificativa do recurso (mínimo de {minCaracteres} {minCaracteres:caractere|caracteres}).',
    defaultSource: 'pasa-recurso-glosa-2023 § 2.3 Solicitando um Recurso de Glosa',
    glosas: ['2903'],
  },
  check(context, { minCaracteres }) {
    const out: RuleReport[] = [];
    for (const item of context.recurso?.itens ?? []) {
      if (!item.codigoGlosa) continue;
      if ((item.justificativa?.trim().length ?? 0) >= minCaracteres) continue;
      out.push({
        ...(item.guia ? {} : { messageId: 'lote' }),
        data: { glosa: item.codigoGlosa, guia: item.guia ?? '', minCaracteres },
        where: { guia: item.guia, item: item.item, field: 'Justificativa' },
      });
    }
    return out;
  },
});
