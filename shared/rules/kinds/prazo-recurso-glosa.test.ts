import { testRuleKind } from '../testing.ts';
import { prazoRecursoGlosa } from './prazo-recurso-glosa.ts';

const options = { dias: 60 };
const loteFaturado = { numero: '8501', situacao: 'Faturado', dataPagamento: '2025-12-31' };

testRuleKind(prazoRecursoGlosa, {
  valid: [
    {
      name: 'day 60 after payment',
      options,
      context: { hoje: '2026-03-01', recurso: { dataPagamento: '2025-12-31' } },
    },
    { name: 'payment date unknown', options, context: { hoje: '2026-03-01', recurso: {} } },
    {
      name: 'lote not paid: nothing about recurso',
      options,
      context: { hoje: '2026-03-01', lote: { situacao: 'Aberto' } },
    },
    { name: 'paid lote, no countdown asked', options, context: { hoje: '2026-01-10', lote: loteFaturado } },
  ],
  invalid: [
    {
      name: 'day 61 after payment',
      options,
      context: { hoje: '2026-03-02', recurso: { dataPagamento: '2025-12-31' } },
      findings: [{ message: 'terminou em 01/03/2026 (60 dias após o pagamento de 31/12/2025)', severity: 'error' }],
    },
    {
      name: 'leap year: 2024-01-01 + 60 = 2024-03-01',
      options,
      context: { hoje: '2024-03-02', recurso: { dataPagamento: '2024-01-01' } },
      findings: [{ message: 'terminou em 01/03/2024' }],
    },
    {
      name: 'warning when few days remain',
      options: { dias: 60, avisoDias: 5 },
      context: { hoje: '2026-02-27', recurso: { dataPagamento: '2025-12-31' } },
      findings: [{ message: 'faltam 2 dias', severity: 'warning' }],
    },
    {
      name: 'recurso page without its own date: the lote’s Data Pagamento counts',
      options: { dias: 60, avisoDias: 10 },
      context: { hoje: '2026-02-24', recurso: {}, lote: loteFaturado },
      findings: [{ message: 'termina em 01/03/2026', severity: 'warning', where: { field: 'Data Pagamento' } }],
    },
    {
      name: 'paid lote 55 days after payment: 5 days left',
      options: { dias: 60, avisoDias: 10, contagem: true },
      context: { hoje: '2026-02-24', lote: loteFaturado },
      findings: [{ message: 'faltam 5 dias', severity: 'warning' }],
    },
    {
      name: 'paid lote, deadline far: countdown as info',
      options: { dias: 60, avisoDias: 10, contagem: true },
      context: { hoje: '2026-01-10', lote: loteFaturado },
      findings: [
        {
          message: 'Recurso de glosa: até 01/03/2026 (60 dias após o pagamento de 31/12/2025); faltam 50 dias.',
          severity: 'info',
        },
      ],
    },
    {
      name: 'deadline passed, seen on the lote page: info, nobody is making a recurso',
      options,
      context: { hoje: '2026-03-05', lote: loteFaturado },
      findings: [{ message: 'deste lote terminou em 01/03/2026', severity: 'info' }],
    },
    {
      name: 'deadline passed and the clerk clicks Recurso de Glosa: error',
      options,
      context: { hoje: '2026-03-05', lote: loteFaturado, acao: 'recurso-glosa' },
      findings: [{ message: 'O prazo para recurso de glosa terminou em 01/03/2026', severity: 'error' }],
    },
  ],
});
