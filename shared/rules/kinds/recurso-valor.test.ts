import { testRuleKind } from '../testing.ts';
import { recursoValor } from './recurso-valor.ts';

const hoje = '2026-03-10';

testRuleKind(recursoValor, {
  valid: [
    {
      name: 'recursado = glosado',
      context: { hoje, recurso: { itens: [{ guia: '52476', valorGlosado: 100, valorRecursado: 100 }] } },
    },
    {
      name: 'partial recurso',
      context: { hoje, recurso: { itens: [{ guia: '52476', valorGlosado: 100, valorRecursado: 80 }] } },
    },
    {
      name: 'float noise (0.1 + 0.2)',
      context: { hoje, recurso: { itens: [{ valorGlosado: 0.3, valorRecursado: 0.1 + 0.2 }] } },
    },
  ],
  invalid: [
    {
      name: 'recursado above glosado',
      context: { hoje, recurso: { itens: [{ guia: '52477', valorGlosado: 35, valorRecursado: 35.01 }] } },
      findings: [{ message: 'Guia 52477: o Vlr. Recursado (R$ 35,01) é maior que o Vlr. Glosado (R$ 35,00)' }],
    },
    {
      name: 'a glosa of the whole lote (no guia) is said to be of the lote',
      context: { hoje, recurso: { itens: [{ valorGlosado: 10, valorRecursado: 12 }] } },
      findings: [{ message: 'Lote: o Vlr. Recursado (R$ 12,00) é maior que o Vlr. Glosado (R$ 10,00)' }],
    },
  ],
});
