// Guias of some categories/types need the senha (autorização) of the operadora.
import * as z from 'zod/mini';
import { guiaNaCategoria } from '../categorias.ts';
import { tipoGuiaSchema } from '../context.ts';
import { defineRuleKind, type RuleReport } from '../kind.ts';
import { tipoGuiaLabel } from '../labels.ts';

const options = z
  .object({
    categorias: z.optional(z.array(z.string()).check(z.minLength(1))),
    tiposGuia: z.optional(z.array(tipoGuiaSchema).check(z.minLength(1))),
  })
  .check(
    z.refine((o) => o.categorias !== undefined || o.tiposGuia !== undefined, {
      message: 'informe "categorias" ou "tiposGuia"',
      path: ['categorias'],
    }),
  );

export const senhaObrigatoria = defineRuleKind({
  meta: {
    kind: 'senha-obrigatoria',
    description: 'Guias de certas categorias ou tipos precisam da senha de autorização.',
    options,
    facts: ['guias'],
    placeholders: ['guia', 'motivo'],
    messages: {},
    defaultMessage: 'Guia {guia} ({motivo}): informe a senha de autorização da operadora.',
    defaultSource:
      'funssest-conecta-2024 § 5. Perguntas e Repostas, 32 (procedimentos odontológicos necessitam de senha)',
    glosas: ['1403'],
    refs: (o) => (o.categorias ?? []).map((id, i) => ({ tipo: 'categoria' as const, id, path: ['categorias', i] })),
  },
  check(context, o, { pack }) {
    const categorias = pack.categorias.filter((c) => o.categorias?.includes(c.id));
    const out: RuleReport[] = [];
    for (const g of context.guias ?? []) {
      if (g.senha?.trim()) continue;
      const motivo =
        (g.tipo && o.tiposGuia?.includes(g.tipo) ? tipoGuiaLabel[g.tipo] : undefined) ??
        categorias.find((c) => guiaNaCategoria(c, g))?.nome;
      if (motivo)
        out.push({ data: { guia: g.numero, motivo }, where: { guia: g.numero, line: g.line, field: 'senha' } });
    }
    return out;
  },
});
