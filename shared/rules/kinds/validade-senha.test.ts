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
    {
      name: "autorização page (004 § 6): the senha's last day is today",
      options,
      context: { hoje, autorizacao: { numero: '71790', senha: true, dataAutorizacao: '2026-04-02' } },
    },
    {
      name: 'autorização page with no senha printed (not authorised yet): nothing to say about its validade',
      options,
      context: { hoje, autorizacao: { numero: '71790', senha: false, dataAutorizacao: '2026-01-02' } },
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
    {
      name: 'autorização page: 60 days from 2026-04-01 ended on 2026-05-31, a warning (nothing typed wrong yet)',
      options,
      context: { hoje, autorizacao: { numero: '71791', senha: true, dataAutorizacao: '2026-04-01' } },
      findings: [
        {
          message: 'Guia 71791: a senha venceu em 31/05/2026 (autorizada em 01/04/2026; vale até 60 dias)',
          severity: 'warning',
          where: { guia: '71791', field: 'dataValidadeSenha' },
        },
      ],
    },
    {
      name: 'autorização page: the printed Validade earlier than the N days wins',
      options,
      context: {
        hoje,
        autorizacao: { numero: '71792', senha: true, dataAutorizacao: '2026-05-01', dataValidadeSenha: '2026-05-20' },
      },
      findings: [{ message: 'a senha venceu em 20/05/2026' }],
    },
  ],
});
