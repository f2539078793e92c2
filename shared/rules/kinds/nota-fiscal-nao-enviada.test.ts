import { testRuleKind } from '../testing.ts';
import { notaFiscalNaoEnviada } from './nota-fiscal-nao-enviada.ts';

const hoje = '2026-03-10';
const pagamento = { dataPagamento: '2025-02-28', status: 'Aguardando Nota Fiscal', valor: 181.24 };

testRuleKind(notaFiscalNaoEnviada, {
  valid: [
    { name: 'no nota yet ("Não existem registros.")', context: { hoje, pagamento } },
    {
      name: 'nota sent: Status Em Análise',
      context: {
        hoje,
        pagamento: { ...pagamento, status: 'Em Análise', notasFiscais: [{ numero: '12121', status: 'Em Análise' }] },
      },
    },
  ],
  invalid: [
    {
      name: 'nota saved, Status empty',
      severity: 'warning',
      context: { hoje, pagamento: { ...pagamento, notasFiscais: [{ numero: '12121', status: '', valor: 181.24 }] } },
      findings: [
        { message: 'A nota fiscal 12121 foi salva mas não enviada', severity: 'warning', where: { field: 'Status' } },
      ],
    },
  ],
});
