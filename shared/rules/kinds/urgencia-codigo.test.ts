import { testRuleKind } from '../testing.ts';
import { urgenciaCodigo } from './urgencia-codigo.ts';

const hoje = '2026-03-10';
const options = { codigos: ['10101039'] };

testRuleKind(urgenciaCodigo, {
  valid: [
    {
      name: 'urgência SP/SADT with 10101039',
      options,
      context: {
        hoje,
        guias: [
          {
            numero: 'U1',
            tipo: 'sp-sadt',
            caraterAtendimento: '2',
            procedimentos: [{ codigo: '10101039' }, { codigo: '40303136' }],
          },
        ],
      },
    },
    {
      name: 'eletiva',
      options,
      context: {
        hoje,
        guias: [{ numero: 'E1', tipo: 'sp-sadt', caraterAtendimento: '1', procedimentos: [{ codigo: '40303136' }] }],
      },
    },
    {
      name: 'urgência consulta is not SP/SADT',
      options,
      context: { hoje, guias: [{ numero: 'C1', tipo: 'consulta', caraterAtendimento: '2' }] },
    },
  ],
  invalid: [
    {
      name: 'urgência SP/SADT without the pronto-socorro code',
      options,
      context: {
        hoje,
        guias: [{ numero: 'U2', tipo: 'sp-sadt', caraterAtendimento: '2', procedimentos: [{ codigo: '40303136' }] }],
      },
      findings: [{ message: 'Guia U2: atendimento de urgência sem o código 10101039' }],
    },
  ],
});
