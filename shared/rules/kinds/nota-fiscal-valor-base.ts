// The nota fiscal's value (Vlr. Nota) is the gross value: the Valor Base shown in the payment prévia.
import * as z from 'zod';
import { defineRuleKind } from '../kind.ts';
import { formatReais } from '../text.ts';

export const notaFiscalValorBase = defineRuleKind({
  meta: {
    kind: 'nota-fiscal-valor-base',
    description: 'O Vlr. Nota da nota fiscal deve ser igual ao Valor Base da prévia de pagamento.',
    options: z.object({}),
    facts: ['lote'],
    placeholders: ['valor', 'valorBase'],
    messages: {},
    defaultMessage: 'O Vlr. Nota ({valor}) deve ser igual ao Valor Base da prévia de pagamento ({valorBase}).',
    defaultSource: '004_245f8e65d45c10dc.txt § 11. Como consultar e enviar dados referente à nota fiscal',
  },
  check(context) {
    const nf = context.lote?.notaFiscal;
    if (nf?.valor === undefined || nf.valorBase === undefined) return [];
    if (Math.round(nf.valor * 100) === Math.round(nf.valorBase * 100)) return [];
    return [
      { data: { valor: formatReais(nf.valor), valorBase: formatReais(nf.valorBase) }, where: { field: 'Vlr. Nota' } },
    ];
  },
});
