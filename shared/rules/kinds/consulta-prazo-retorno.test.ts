import { testRuleKind } from '../testing.ts';
import { consultaPrazoRetorno } from './consulta-prazo-retorno.ts';

const hoje = '2026-03-10';
const options = { dias: 30 };
const consulta = (numero: string, data: string, beneficiario = 'b1', profissional = 'p1') => ({
  numero,
  tipo: 'consulta' as const,
  dataAtendimento: data,
  beneficiario,
  profissional,
});

testRuleKind(consultaPrazoRetorno, {
  valid: [
    {
      name: '31 days apart',
      options,
      context: { hoje, guias: [consulta('1', '2026-01-01'), consulta('2', '2026-02-01')] },
    },
    {
      name: 'another profissional',
      options,
      context: { hoje, guias: [consulta('1', '2026-01-01'), consulta('2', '2026-01-10', 'b1', 'p2')] },
    },
    {
      name: 'another beneficiário',
      options,
      context: { hoje, guias: [consulta('1', '2026-01-01'), consulta('2', '2026-01-10', 'b2')] },
    },
    {
      name: 'no beneficiário key (e.g. the page did not show it)',
      options,
      context: {
        hoje,
        guias: [
          { numero: '1', tipo: 'consulta', dataAtendimento: '2026-01-01' },
          { numero: '2', tipo: 'consulta', dataAtendimento: '2026-01-02' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'day 30 is still retorno; order of guias does not matter',
      options,
      context: { hoje, guias: [consulta('2', '2026-01-31'), consulta('1', '2026-01-01')] },
      findings: [
        {
          message: 'Guia 2: consulta em 31/01/2026, 30 dias após a da guia 1',
          severity: 'error',
          where: { guia: '2' },
        },
      ],
    },
  ],
});
