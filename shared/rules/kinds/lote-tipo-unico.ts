// One guia type per lote: the portal creates a lote for one Tipo de Guia, and the TISS XSD's guiasTISS is
// a choice of one guia type.
import * as z from 'zod/mini';
import type { TipoGuia } from '../context.ts';
import { defineRuleKind, type RuleReport } from '../kind.ts';
import { listaPt, tipoGuiaLabel } from '../labels.ts';

export const loteTipoUnico = defineRuleKind({
  meta: {
    kind: 'lote-tipo-unico',
    description: 'Um lote só pode ter guias de um mesmo tipo (Consulta, SP/SADT, Internação…).',
    options: z.object({}),
    facts: ['guias'],
    placeholders: ['tipos', 'guia', 'tipo', 'tipoLote'],
    messages: {
      diferenteDoLote: 'A guia {guia} é de {tipo}, mas este lote é de {tipoLote}. Inclua-a num lote de {tipo}.',
    },
    defaultMessage:
      'O lote mistura guias de {tipos}; cada lote aceita um só tipo de guia. Separe-as em lotes por tipo.',
    defaultSource: 'ipam-portal-saude-2024 § 9.2 b) Realizar o Envio do lote de pagamento',
    glosas: ['1304'],
    // guiasTISS is an XSD choice of one guia type.
    repeatsXsd: () => true,
  },
  check(context) {
    const guias = context.guias ?? [];
    const tipoLote = context.lote?.tipoGuia;
    if (tipoLote) {
      const out: RuleReport[] = [];
      for (const g of guias) {
        if (g.tipo && g.tipo !== tipoLote)
          out.push({
            messageId: 'diferenteDoLote',
            data: { guia: g.numero, tipo: tipoGuiaLabel[g.tipo], tipoLote: tipoGuiaLabel[tipoLote] },
            where: { guia: g.numero, line: g.line, field: 'Tipo de Guia' },
          });
      }
      return out;
    }
    const tipos = [...new Set(guias.map((g) => g.tipo).filter((t): t is TipoGuia => t !== undefined))];
    if (tipos.length <= 1) return [];
    const second = guias.find((g) => g.tipo === tipos[1]);
    return [
      {
        data: { tipos: listaPt(tipos.map((t) => tipoGuiaLabel[t])) },
        where: { guia: second?.numero, line: second?.line, field: 'Tipo de Guia' },
      },
    ];
  },
});
