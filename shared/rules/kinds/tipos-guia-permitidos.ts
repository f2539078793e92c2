// The operadora only takes some guia types through the portal.
import * as z from 'zod/mini';
import { tipoGuiaSchema } from '../context.ts';
import { defineRuleKind, type RuleReport } from '../kind.ts';
import { listaPt, tipoGuiaLabel } from '../labels.ts';

export const tiposGuiaPermitidos = defineRuleKind({
  meta: {
    kind: 'tipos-guia-permitidos',
    description: 'Só aceita os tipos de guia que a operadora recebe pelo portal.',
    options: z.object({ tipos: z.array(tipoGuiaSchema).check(z.minLength(1)) }),
    facts: [],
    placeholders: ['tipo', 'permitidos', 'guia'],
    messages: {},
    defaultMessage: 'Guias de {tipo} não são recebidas por esta operadora pelo portal; tipos aceitos: {permitidos}.',
    defaultSource: 'pasa-faturamento-2023 § 2. Digitação de Guias',
    glosas: ['1301'],
  },
  check(context, { tipos }) {
    const permitidos = listaPt(tipos.map((t) => tipoGuiaLabel[t]));
    const tipoLote = context.lote?.tipoGuia;
    // A recurso de glosa is not a lote of guias; its own rules apply.
    if (tipoLote === 'recurso-glosa') return [];
    if (tipoLote)
      return tipos.includes(tipoLote)
        ? []
        : [{ data: { tipo: tipoGuiaLabel[tipoLote], permitidos, guia: '' }, where: { field: 'Tipo de Guia' } }];
    const out: RuleReport[] = [];
    const seen = new Set<string>();
    for (const g of context.guias ?? []) {
      if (!g.tipo || tipos.includes(g.tipo) || seen.has(g.tipo)) continue;
      seen.add(g.tipo);
      out.push({
        data: { tipo: tipoGuiaLabel[g.tipo], permitidos, guia: g.numero },
        where: { guia: g.numero, line: g.line, field: 'Tipo de Guia' },
      });
    }
    return out;
  },
});
