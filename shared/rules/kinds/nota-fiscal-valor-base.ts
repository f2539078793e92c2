// The nota fiscal's value (Vlr. Nota) is the gross value: the Valor Base shown in the payment prévia (004 § 11).
// Read on the "Nota Fiscal" form and the NOTAS FISCAIS grid of Pagamentos Pendentes, and on the lote page's
// NOTA FISCAL block where both values are known.
import * as z from 'zod/mini';
import type { NotaFiscal } from '../context.ts';
import { defineRuleKind, type RuleReport } from '../kind.ts';
import { formatReais } from '../text.ts';

const centavos = (v: number) => Math.round(v * 100);

export const notaFiscalValorBase = defineRuleKind({
  meta: {
    kind: 'nota-fiscal-valor-base',
    description: 'O Vlr. Nota da nota fiscal deve ser igual ao Valor Base da prévia de pagamento.',
    options: z.object({}),
    // The lote page's NOTA FISCAL block or the Pagamentos Pendentes flow: whichever the page shows.
    facts: [],
    placeholders: ['valor', 'valorBase', 'nota'],
    messages: {},
    defaultMessage:
      'O Vlr. Nota ({valor}) deve ser igual ao Valor Base da prévia de pagamento ({valorBase}). Corrija o Vlr. Nota para {valorBase}.',
    defaultSource: 'ipam-portal-saude-2024 § 11. Como consultar e enviar dados referente à nota fiscal',
  },
  check(context) {
    const out: RuleReport[] = [];
    const compare = (nf: NotaFiscal | undefined, valorBase: number | undefined) => {
      if (nf?.valor === undefined || valorBase === undefined || centavos(nf.valor) === centavos(valorBase)) return;
      out.push({
        data: { valor: formatReais(nf.valor), valorBase: formatReais(valorBase), nota: nf.numero ?? '' },
        where: { field: 'Vlr. Nota' },
      });
    };
    const nf = context.lote?.notaFiscal;
    compare(nf, nf?.valorBase);
    const pagamento = context.pagamento;
    if (pagamento) {
      const base = pagamento.valorBase;
      compare(pagamento.notaEmEdicao, pagamento.notaEmEdicao?.valorBase ?? base);
      // Notas already sent are the operadora's to judge; a saved one can still be edited.
      for (const n of pagamento.notasFiscais) if (!n.status?.trim()) compare(n, n.valorBase ?? base);
    }
    return out;
  },
});
