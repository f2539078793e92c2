// The value asked back in a recurso cannot exceed what was glosado.
import * as z from 'zod/mini';
import { defineRuleKind, type RuleReport } from '../kind.ts';
import { formatReais } from '../text.ts';

export const recursoValor = defineRuleKind({
  meta: {
    kind: 'recurso-valor',
    description: 'No recurso de glosa, o Vlr. Recursado não pode passar do Vlr. Glosado.',
    options: z.object({}),
    facts: ['recurso'],
    placeholders: ['guia', 'glosa', 'recursado', 'glosado'],
    // A glosa of the whole lote has no guia: said as such, not "Guia -".
    messages: {
      lote: 'Lote: o Vlr. Recursado ({recursado}) é maior que o Vlr. Glosado ({glosado}). Informe no máximo {glosado}.',
    },
    defaultMessage:
      'Guia {guia}: o Vlr. Recursado ({recursado}) é maior que o Vlr. Glosado ({glosado}). Informe no máximo {glosado}.',
    defaultSource: 'ipam-portal-saude-2024 § 13.5 Etapa 5: Recursar guia ou por procedimento',
  },
  check(context) {
    const out: RuleReport[] = [];
    for (const item of context.recurso?.itens ?? []) {
      if (item.valorRecursado === undefined || item.valorGlosado === undefined) continue;
      // Cents, so 0.1 + 0.2 style float noise never reports a recurso of exactly the glosado value.
      if (Math.round(item.valorRecursado * 100) <= Math.round(item.valorGlosado * 100)) continue;
      out.push({
        ...(item.guia ? {} : { messageId: 'lote' }),
        data: {
          guia: item.guia ?? '',
          glosa: item.codigoGlosa ?? '',
          recursado: formatReais(item.valorRecursado),
          glosado: formatReais(item.valorGlosado),
        },
        where: { guia: item.guia, item: item.item, field: 'Vlr. Recursado' },
      });
    }
    return out;
  },
});
