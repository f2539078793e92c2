// A second consulta of the same beneficiário with the same profissional within the retorno window is a
// retorno, which is not billed. Beneficiário/profissional are opaque in-memory keys; nothing is shown of them.
import * as z from 'zod/mini';
import { guiaNaCategoria } from '../categorias.ts';
import type { Guia } from '../context.ts';
import { daysBetween, formatDateBr } from '../dates.ts';
import { dataBase } from '../guia-datas.ts';
import { defineRuleKind, type RuleReport } from '../kind.ts';

export const consultaPrazoRetorno = defineRuleKind({
  meta: {
    kind: 'consulta-prazo-retorno',
    description: 'Avisa quando uma consulta do mesmo beneficiário com o mesmo profissional cai no prazo de retorno.',
    options: z.object({
      dias: z.number().check(z.int(), z.positive()),
      /** Category that identifies consultas besides guias of type Consulta. */
      categoria: z.optional(z.string()),
    }),
    facts: ['guias'],
    placeholders: ['guia', 'guiaAnterior', 'dias', 'intervalo', 'data'],
    messages: {},
    defaultMessage:
      'Guia {guia}: consulta em {data}, {intervalo} {intervalo:dia|dias} após a da guia {guiaAnterior} com o mesmo beneficiário e profissional — pode ser retorno (prazo de {dias} dias), que não deve ser cobrado.',
    defaultSource: 'ipam-portal-saude-2024 § 3. Como solicitar guia de consulta?',
    glosas: ['1601', '1823'],
    refs: (o) => (o.categoria ? [{ tipo: 'categoria', id: o.categoria, path: ['categoria'] }] : []),
  },
  check(context, o, { pack }) {
    const categoria = o.categoria ? pack.categorias.find((c) => c.id === o.categoria) : undefined;
    const isConsulta = (g: Guia) => g.tipo === 'consulta' || (categoria !== undefined && guiaNaCategoria(categoria, g));
    const consultas = (context.guias ?? [])
      .map((g) => ({ g, data: dataBase(g, 'atendimento') }))
      .filter(
        (c): c is { g: Guia; data: string } => !!c.data && !!c.g.beneficiario && !!c.g.profissional && isConsulta(c.g),
      )
      .sort((a, b) => a.data.localeCompare(b.data));
    const last = new Map<string, { g: Guia; data: string }>();
    const out: RuleReport[] = [];
    for (const c of consultas) {
      const key = `${c.g.beneficiario}\u0000${c.g.profissional}`;
      const prev = last.get(key);
      const intervalo = prev ? daysBetween(prev.data, c.data) : undefined;
      if (prev && intervalo !== undefined && intervalo <= o.dias)
        out.push({
          data: { guia: c.g.numero, guiaAnterior: prev.g.numero, dias: o.dias, intervalo, data: formatDateBr(c.data) },
          where: { guia: c.g.numero, line: c.g.line, field: 'dataAtendimento' },
        });
      else last.set(key, c);
    }
    return out;
  },
});
