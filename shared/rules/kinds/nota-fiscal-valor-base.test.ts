import { testRuleKind } from '../testing.ts';
import { notaFiscalValorBase } from './nota-fiscal-valor-base.ts';

const hoje = '2026-03-10';

testRuleKind(notaFiscalValorBase, {
  valid: [
    { name: 'same value', context: { hoje, lote: { notaFiscal: { valor: 181.24, valorBase: 181.24 } } } },
    { name: 'valor not typed yet', context: { hoje, lote: { notaFiscal: { valorBase: 181.24 } } } },
  ],
  invalid: [
    {
      name: 'net value typed instead of the Valor Base',
      context: { hoje, lote: { notaFiscal: { valor: 179.07, valorBase: 181.24 } } },
      findings: [
        { message: 'O Vlr. Nota (R$ 179,07) deve ser igual ao Valor Base da prévia de pagamento (R$ 181,24)' },
      ],
    },
  ],
});
