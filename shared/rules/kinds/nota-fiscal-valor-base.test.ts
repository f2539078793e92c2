import { testRuleKind } from '../testing.ts';
import { notaFiscalValorBase } from './nota-fiscal-valor-base.ts';

const hoje = '2026-03-10';
const pagamento = { dataPagamento: '2025-02-28', status: 'Aguardando Nota Fiscal', valor: 181.24, valorBase: 181.24 };

testRuleKind(notaFiscalValorBase, {
  valid: [
    { name: 'same value', context: { hoje, lote: { notaFiscal: { valor: 181.24, valorBase: 181.24 } } } },
    { name: 'valor not typed yet', context: { hoje, lote: { notaFiscal: { valorBase: 181.24 } } } },
    {
      name: 'Nota Fiscal form with the Valor Base typed',
      context: { hoje, pagamento: { ...pagamento, notaEmEdicao: { numero: '12121', valor: 181.24 } } },
    },
    {
      name: 'Valor Base not known on this page',
      context: { hoje, pagamento: { status: 'Aguardando Nota Fiscal', notaEmEdicao: { valor: 179.07 } } },
    },
    {
      name: 'a nota already sent (Em Análise) is not re-judged',
      context: {
        hoje,
        pagamento: { ...pagamento, notasFiscais: [{ numero: '12121', status: 'Em Análise', valor: 179.07 }] },
      },
    },
  ],
  invalid: [
    {
      name: 'net value typed instead of the Valor Base',
      context: { hoje, lote: { notaFiscal: { valor: 179.07, valorBase: 181.24 } } },
      findings: [
        { message: 'O Vlr. Nota (R$ 179,07) deve ser igual ao Valor Base da prévia de pagamento (R$ 181,24)' },
      ],
    },
    {
      name: 'Nota Fiscal form (Pagamentos Pendentes) with the Valor Líquido typed',
      context: { hoje, pagamento: { ...pagamento, notaEmEdicao: { numero: '12121', valor: 179.07 } } },
      findings: [{ message: 'O Vlr. Nota (R$ 179,07)', where: { field: 'Vlr. Nota' } }],
    },
    {
      name: 'a saved, not sent nota with another value',
      context: { hoje, pagamento: { ...pagamento, notasFiscais: [{ numero: '12121', status: '', valor: 180 }] } },
      findings: [{ message: 'O Vlr. Nota (R$ 180,00)' }],
    },
  ],
});
