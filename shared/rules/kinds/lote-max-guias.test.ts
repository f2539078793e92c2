import { testRuleKind } from '../testing.ts';
import { loteMaxGuias } from './lote-max-guias.ts';

const hoje = '2026-03-10';

testRuleKind(loteMaxGuias, {
  valid: [
    {
      name: 'exactly 100 guias',
      options: { max: 100 },
      context: { hoje, lote: { numero: '5632', quantidadeGuias: 100 } },
    },
    {
      name: 'adding the 100th guia to a lote of 99',
      options: { max: 100 },
      context: { hoje, acao: 'adicionar-guia', lote: { numero: '5632', quantidadeGuias: 99 } },
    },
    { name: 'empty lote', context: { hoje, lote: { quantidadeGuias: 0 } } },
    { name: 'lote without a count (nothing to check)', context: { hoje, lote: { numero: '1' } } },
  ],
  invalid: [
    {
      name: '101 guias',
      options: { max: 100 },
      context: { hoje, lote: { numero: '5632', quantidadeGuias: 101 } },
      findings: [{ message: 'O lote 5632 tem 101 guias; o limite é 100', severity: 'error' }],
    },
    {
      name: 'adding the 101st guia (portal: "Este lote já possui 100 guias")',
      context: { hoje, acao: 'adicionar-guia', lote: { numero: '7858', quantidadeGuias: 100 } },
      findings: [{ message: 'O lote 7858 já tem 100 guias; o limite é 100. Crie um novo lote' }],
    },
    {
      name: 'counts the guias when the lote gives no number',
      options: { max: 2 },
      context: { hoje, lote: {}, guias: [{ numero: '1' }, { numero: '2' }, { numero: '3' }] },
      findings: [{ message: 'tem 3 guias; o limite é 2' }],
    },
  ],
  badOptions: [
    { name: 'max not a number', options: { max: 'cem' }, path: 'regras[0].options.max' },
    { name: 'max zero', options: { max: 0 }, path: 'regras[0].options.max' },
  ],
});
