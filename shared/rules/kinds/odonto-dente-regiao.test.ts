import { testRuleKind } from '../testing.ts';
import { odontoDenteRegiao } from './odonto-dente-regiao.ts';

const hoje = '2026-03-10';

testRuleKind(odontoDenteRegiao, {
  valid: [
    {
      name: 'dente or região on every item',
      context: {
        hoje,
        guias: [
          {
            numero: 'O1',
            tipo: 'odonto',
            procedimentos: [
              { codigo: '81000065', regiao: 'ASAI' },
              { codigo: '85100099', dente: '11' },
            ],
          },
        ],
      },
    },
    {
      name: 'not an odonto guia',
      context: { hoje, guias: [{ numero: 'S1', tipo: 'sp-sadt', procedimentos: [{ codigo: '40201082' }] }] },
    },
  ],
  invalid: [
    {
      name: 'second item without dente/região',
      context: {
        hoje,
        guias: [
          {
            numero: 'O1',
            tipo: 'odonto',
            line: 20,
            procedimentos: [
              { codigo: '81000065', regiao: 'ASAI' },
              { codigo: '85100099', face: 'O' },
            ],
          },
        ],
      },
      findings: [
        {
          message: 'Guia O1, item 2 (85100099): informe o dente ou a região',
          where: { guia: 'O1', item: 2, line: 20 },
        },
      ],
    },
  ],
});
