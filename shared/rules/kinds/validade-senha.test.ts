import { testRuleKind } from '../testing.ts';
import { validadeSenha } from './validade-senha.ts';

const hoje = '2026-06-01';
const options = { dias: 60 };

testRuleKind(validadeSenha, {
  valid: [
    {
      name: 'realizado on day 60 of the autorização',
      options,
      context: {
        hoje,
        guias: [
          {
            numero: 'S1',
            senha: 'X',
            dataAutorizacao: '2026-01-01',
            procedimentos: [{ codigo: '1', dataRealizacao: '2026-03-02' }],
          },
        ],
      },
    },
    {
      name: 'no autorização data',
      options,
      context: { hoje, guias: [{ numero: 'S1', procedimentos: [{ codigo: '1', dataRealizacao: '2026-03-02' }] }] },
    },
  ],
  invalid: [
    {
      name: 'realizado on day 61 (2026-01-01 + 60 = 2026-03-02)',
      options,
      context: {
        hoje,
        guias: [
          {
            numero: 'S1',
            dataAutorizacao: '2026-01-01',
            procedimentos: [
              { codigo: '1', item: 1, dataRealizacao: '2026-01-10' },
              { codigo: '2', item: 2, dataRealizacao: '2026-03-03' },
            ],
          },
        ],
      },
      findings: [
        {
          message: 'Guia S1: realizado em 03/03/2026, depois do fim da validade da senha (02/03/2026',
          where: { item: 2 },
        },
      ],
    },
    {
      name: 'the printed validade is earlier than the N days and wins',
      options,
      context: {
        hoje,
        guias: [
          {
            numero: 'S2',
            dataAutorizacao: '2026-01-10',
            dataValidadeSenha: '2026-02-10',
            dataAtendimento: '2026-02-11',
          },
        ],
      },
      findings: [{ message: 'validade da senha (10/02/2026' }],
    },
  ],
});
