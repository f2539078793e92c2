import { testRuleKind } from '../testing.ts';
import { anexosPendentes } from './anexos-pendentes.ts';

const hoje = '2026-03-10';
const options = { situacoesLote: ['enviado-operadora'] };

testRuleKind(anexosPendentes, {
  valid: [
    {
      name: 'all documents Enviado',
      options,
      context: {
        hoje,
        lote: { situacao: 'Enviado à operadora', anexos: [{ tipo: '04-INDICACAO CLINICA', situacao: 'Enviado' }] },
      },
    },
    {
      name: 'lote still open: pending is normal',
      options,
      context: {
        hoje,
        lote: { situacao: 'Aberto', anexos: [{ tipo: '04-INDICACAO CLINICA', situacao: 'Envio Pendente' }] },
      },
    },
  ],
  invalid: [
    {
      name: 'lote sent, document still Envio Pendente',
      options,
      context: {
        hoje,
        lote: {
          situacao: 'Enviado à operadora',
          anexos: [
            { tipo: '03-EXAMES COMPLEMENTARES', situacao: 'Enviado' },
            { tipo: '04-INDICACAO CLINICA', situacao: 'Envio Pendente' },
          ],
        },
      },
      findings: [
        {
          message: 'O documento "04-INDICACAO CLINICA" está "Envio Pendente" com o lote já enviado',
          severity: 'error',
        },
      ],
    },
  ],
});
