import { testRuleKind } from '../testing.ts';
import { versaoTiss } from './versao-tiss.ts';

const hoje = '2026-03-10';
const options = { versoes: ['4.01.00'] };

testRuleKind(versaoTiss, {
  valid: [{ name: '4.01.00', options, context: { hoje, versaoTiss: '4.01.00' } }],
  invalid: [
    {
      name: '4.00.01 (valid TISS, refused by the operadora)',
      options,
      context: { hoje, versaoTiss: '4.00.01' },
      findings: [
        {
          message: 'O arquivo está na versão TISS 4.00.01; esta operadora aceita somente 4.01.00',
          where: { field: 'Padrao' },
        },
      ],
    },
  ],
  badOptions: [{ name: 'version text', options: { versoes: ['4.1'] }, path: 'regras[0].options.versoes[0]' }],
});
