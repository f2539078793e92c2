import { testRuleKind } from '../testing.ts';
import { senhaObrigatoria } from './senha-obrigatoria.ts';

const hoje = '2026-03-10';
const pack = {
  categorias: [
    {
      id: 'oncologia',
      nome: 'Oncologia',
      codigos: [{ codigo: '20104294' }],
      verificado: true,
      fonte: 'procedure-categories.csv',
    },
  ],
};

testRuleKind(senhaObrigatoria, {
  valid: [
    {
      name: 'odonto guia with senha',
      options: { tiposGuia: ['odonto'] },
      context: { hoje, guias: [{ numero: 'O1', tipo: 'odonto', senha: '182783294' }] },
    },
    {
      name: 'consulta is not concerned',
      options: { tiposGuia: ['odonto'] },
      context: { hoje, guias: [{ numero: 'C1', tipo: 'consulta' }] },
    },
  ],
  invalid: [
    {
      name: 'odonto guia without senha',
      options: { tiposGuia: ['odonto'] },
      context: { hoje, guias: [{ numero: 'O1', tipo: 'odonto', senha: '  ' }] },
      findings: [{ message: 'Guia O1 (Tratamento Odontológico): informe a senha', where: { field: 'senha' } }],
    },
    {
      name: 'oncology procedure without senha',
      options: { categorias: ['oncologia'] },
      pack,
      context: { hoje, guias: [{ numero: 'Q1', tipo: 'sp-sadt', procedimentos: [{ codigo: '20104294' }] }] },
      findings: [{ message: 'Guia Q1 (Oncologia)' }],
    },
  ],
  badOptions: [{ name: 'nothing to match', options: {}, path: 'regras[0].options.categorias' }],
});
