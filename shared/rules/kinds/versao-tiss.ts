// The operadora accepts only some TISS versions (e.g. only 4.01.00).
import * as z from 'zod/mini';
import { defineRuleKind } from '../kind.ts';
import { listaPt } from '../labels.ts';

export const versaoTiss = defineRuleKind({
  meta: {
    kind: 'versao-tiss',
    description: 'Versões do padrão TISS que a operadora aceita.',
    options: z.object({
      versoes: z
        .array(z.string().check(z.regex(/^\d\.\d{2}\.\d{2}$/, 'versão TISS, ex.: 4.01.00')))
        .check(z.minLength(1)),
    }),
    facts: ['versaoTiss'],
    placeholders: ['versao', 'versoes'],
    messages: {},
    defaultMessage:
      'O arquivo está na versão TISS {versao}; esta operadora aceita somente {versoes}. Gere o XML na versão aceita.',
    defaultSource: 'funssest-conecta-2024 § 5. Perguntas e Repostas, 29 (versões TISS aceitas)',
    glosas: ['5028'],
  },
  check(context, { versoes }) {
    const versao = context.versaoTiss?.trim();
    if (!versao || versoes.includes(versao)) return [];
    return [
      {
        data: { versao, versoes: listaPt(versoes) },
        where: { field: 'Padrao', element: 'mensagemTISS/cabecalho/Padrao' },
      },
    ];
  },
});
