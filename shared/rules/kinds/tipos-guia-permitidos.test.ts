import { testRuleKind } from '../testing.ts';
import { tiposGuiaPermitidos } from './tipos-guia-permitidos.ts';

const hoje = '2026-03-10';
const options = { tipos: ['consulta', 'sp-sadt', 'resumo-internacao', 'odonto'] };

testRuleKind(tiposGuiaPermitidos, {
  valid: [
    { name: 'odonto lote', options, context: { hoje, lote: { tipoGuia: 'odonto' } } },
    { name: 'SP/SADT guias', options, context: { hoje, guias: [{ numero: '1', tipo: 'sp-sadt' }] } },
    { name: 'nothing known about types', options, context: { hoje } },
  ],
  invalid: [
    {
      name: 'honorários lote',
      options,
      context: { hoje, lote: { tipoGuia: 'honorarios' } },
      findings: [{ message: 'Guias de Honorários não são recebidas' }],
    },
    {
      name: 'one finding per refused type, not per guia',
      options,
      context: {
        hoje,
        guias: [
          { numero: 'H1', tipo: 'honorarios' },
          { numero: 'H2', tipo: 'honorarios' },
        ],
      },
      findings: [
        {
          message: 'tipos aceitos: Consulta, SP/SADT, Resumo de Internação e Tratamento Odontológico',
          where: { guia: 'H1' },
        },
      ],
    },
  ],
  badOptions: [
    { name: 'empty list', options: { tipos: [] }, path: 'regras[0].options.tipos' },
    { name: 'unknown type', options: { tipos: ['sadt'] }, path: 'regras[0].options.tipos[0]' },
  ],
});
