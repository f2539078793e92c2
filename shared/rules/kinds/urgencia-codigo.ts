// Urgência/emergência in SP/SADT is billed with the pronto-socorro code (unless a contracted package applies).
import * as z from 'zod/mini';
import { tipoGuiaSchema } from '../context.ts';
import { defineRuleKind, type RuleReport } from '../kind.ts';
import { listaPt } from '../labels.ts';

export const urgenciaCodigo = defineRuleKind({
  meta: {
    kind: 'urgencia-codigo',
    description: 'Atendimento de urgência/emergência deve trazer o código de pronto-socorro indicado pela operadora.',
    options: z.object({
      codigos: z.array(z.string().check(z.regex(/^\d+$/))).check(z.minLength(1)),
      tiposGuia: z._default(z.array(tipoGuiaSchema).check(z.minLength(1)), ['sp-sadt']),
      /** dm_caraterAtendimento value meaning urgência/emergência. */
      carater: z._default(z.string(), '2'),
    }),
    facts: ['guias'],
    placeholders: ['guia', 'codigos'],
    messages: {},
    defaultMessage:
      'Guia {guia}: atendimento de urgência sem o código {codigos} (consulta em pronto socorro). Use-o, salvo pacote contratado.',
    defaultSource: 'funssest-conecta-2024 § 5. Perguntas e Repostas, 7 (senhas de urgência)',
  },
  check(context, o) {
    const out: RuleReport[] = [];
    for (const g of context.guias ?? []) {
      if (!g.tipo || !o.tiposGuia.includes(g.tipo) || g.caraterAtendimento !== o.carater) continue;
      if (g.procedimentos.some((p) => o.codigos.includes(p.codigo))) continue;
      out.push({
        data: { guia: g.numero, codigos: listaPt(o.codigos) },
        where: { guia: g.numero, line: g.line, field: 'codigoProcedimento' },
      });
    }
    return out;
  },
});
