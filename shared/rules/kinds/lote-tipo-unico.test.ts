import { testRuleKind } from '../testing.ts';
import { loteTipoUnico } from './lote-tipo-unico.ts';

const hoje = '2026-03-10';

testRuleKind(loteTipoUnico, {
  valid: [
    {
      name: 'all consultas',
      context: {
        hoje,
        guias: [
          { numero: '1', tipo: 'consulta' },
          { numero: '2', tipo: 'consulta' },
        ],
      },
    },
    {
      name: 'guias match the lote type',
      context: { hoje, lote: { tipoGuia: 'sp-sadt' }, guias: [{ numero: '9', tipo: 'sp-sadt' }] },
    },
    { name: 'no guia states its type', context: { hoje, guias: [{ numero: '1' }, { numero: '2' }] } },
  ],
  invalid: [
    {
      name: 'consulta and SP/SADT in one XML lote',
      context: {
        hoje,
        guias: [
          { numero: 'C1', tipo: 'consulta' },
          { numero: 'S1', tipo: 'sp-sadt', line: 40 },
        ],
      },
      findings: [{ message: 'mistura guias de Consulta e SP/SADT', where: { guia: 'S1', line: 40 } }],
    },
    {
      name: 'SP/SADT guia added to a Consulta lote on the portal',
      context: { hoje, lote: { tipoGuia: 'consulta' }, guias: [{ numero: '61699', tipo: 'sp-sadt' }] },
      findings: [{ message: 'A guia 61699 é de SP/SADT, mas este lote é de Consulta', where: { guia: '61699' } }],
    },
  ],
});
