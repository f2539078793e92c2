import { testRuleKind } from '../testing.ts';
import { prazoRecursoGlosa } from './prazo-recurso-glosa.ts';

const options = { dias: 60 };

testRuleKind(prazoRecursoGlosa, {
  valid: [
    {
      name: 'day 60 after payment',
      options,
      context: { hoje: '2026-03-01', recurso: { dataPagamento: '2025-12-31' } },
    },
    { name: 'payment date unknown', options, context: { hoje: '2026-03-01', recurso: {} } },
  ],
  invalid: [
    {
      name: 'day 61 after payment',
      options,
      context: { hoje: '2026-03-02', recurso: { dataPagamento: '2025-12-31' } },
      findings: [{ message: 'terminou em 01/03/2026 (60 dias após o pagamento de 31/12/2025)' }],
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
      findings: [{ message: 'faltam 2 dia(s)', severity: 'warning' }],
    },
  ],
});
