import { testRuleKind } from '../testing.ts';
import { prazoEnvio } from './prazo-envio.ts';

const options = { maxDias: 90 };

testRuleKind(prazoEnvio, {
  valid: [
    {
      name: 'day 90 is still on time',
      options,
      context: { hoje: '2026-04-01', guias: [{ numero: 'G1', dataAtendimento: '2026-01-01' }] },
    },
    {
      name: 'across 29 February of a leap year: 2024-01-01 + 90 days = 2024-03-31',
      options,
      context: { hoje: '2024-03-31', guias: [{ numero: 'G1', dataAtendimento: '2024-01-01' }] },
    },
    {
      name: 'guia without dates is left alone',
      options,
      context: { hoje: '2026-04-01', guias: [{ numero: 'G1' }] },
    },
    {
      name: 'realização base uses the earliest procedimento date',
      options: { maxDias: 90, base: 'realizacao' },
      context: {
        hoje: '2026-04-01',
        guias: [
          {
            numero: 'G1',
            dataAtendimento: '2025-12-01',
            procedimentos: [
              { codigo: '1', dataRealizacao: '2026-01-05' },
              { codigo: '2', dataRealizacao: '2026-01-01' },
            ],
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'day 91 is late',
      options,
      context: { hoje: '2026-04-02', guias: [{ numero: 'G1', dataAtendimento: '2026-01-01', line: 30 }] },
      findings: [
        {
          message:
            'Guia G1: atendimento de 01/01/2026 já tem 91 dias; a operadora só aceita cobranças até 90 dias (prazo terminou em 01/04/2026)',
          severity: 'error',
          where: { guia: 'G1', line: 30 },
        },
      ],
    },
    {
      name: 'leap year: 2024-01-01 is 91 days before 2024-04-01',
      options,
      context: { hoje: '2024-04-01', guias: [{ numero: 'G1', dataAtendimento: '2024-01-01' }] },
      findings: [{ message: 'já tem 91 dias' }],
    },
    {
      name: 'no atendimento date: falls back on the earliest realização',
      options,
      context: {
        hoje: '2026-04-02',
        guias: [{ numero: 'G2', procedimentos: [{ codigo: '10101012', dataRealizacao: '2026-01-01' }] }],
      },
      findings: [{ message: 'Guia G2' }],
    },
    {
      name: 'early warning in the last days',
      options: { maxDias: 90, avisoDias: 10 },
      context: { hoje: '2026-03-25', guias: [{ numero: 'G1', dataAtendimento: '2026-01-01' }] },
      findings: [{ message: 'termina em 01/04/2026', severity: 'warning' }],
    },
    {
      name: 'a date after today',
      options,
      context: { hoje: '2026-03-25', guias: [{ numero: 'G1', dataAtendimento: '2026-03-26' }] },
      findings: [{ message: 'posterior a hoje', severity: 'warning' }],
    },
  ],
  badOptions: [{ name: 'maxDias missing', options: {}, path: 'regras[0].options.maxDias' }],
});
