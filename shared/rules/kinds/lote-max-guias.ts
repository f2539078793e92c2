// A lote (PEG) holds at most N guias; on the portal, adding the (N+1)th guia is refused too.
import * as z from 'zod/mini';
import { defineRuleKind } from '../kind.ts';

export const loteMaxGuias = defineRuleKind({
  meta: {
    kind: 'lote-max-guias',
    description: 'Limita o número de guias por lote (também ao adicionar uma guia a um lote já cheio).',
    options: z.object({
      max: z._default(z.number().check(z.int(), z.positive()), 100),
    }),
    facts: ['lote'],
    placeholders: ['max', 'quantidade', 'lote'],
    messages: {
      adicionar:
        'O lote {lote} já tem {quantidade} {quantidade:guia|guias}; o limite é {max}. Crie um novo lote para esta guia.',
    },
    defaultMessage: 'O lote {lote} tem {quantidade} guias; o limite é {max} guias por lote. Divida em mais lotes.',
    defaultSource: 'pasa-faturamento-2023 § Lotes',
    // guiasTISS allows at most 100 guias of a type: a lower limit is the operadora's own and still worth saying.
    repeatsXsd: ({ max }) => max >= 100,
  },
  check(context, { max }) {
    const quantidade = context.lote?.quantidadeGuias ?? context.guias?.length;
    if (quantidade === undefined) return [];
    const lote = context.lote?.numero ?? '';
    if (context.acao === 'adicionar-guia') {
      return quantidade + 1 > max
        ? [{ messageId: 'adicionar', data: { max, quantidade, lote }, where: { field: 'quantidadeGuias' } }]
        : [];
    }
    return quantidade > max ? [{ data: { max, quantidade, lote }, where: { field: 'quantidadeGuias' } }] : [];
  },
});
