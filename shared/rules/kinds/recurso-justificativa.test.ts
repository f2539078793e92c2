import { testRuleKind } from '../testing.ts';
import { recursoJustificativa } from './recurso-justificativa.ts';

const hoje = '2026-03-10';

testRuleKind(recursoJustificativa, {
  valid: [
    {
      name: 'every glosa justified',
      context: {
        hoje,
        recurso: { itens: [{ guia: '52476', codigoGlosa: '1714', justificativa: 'Valor conforme contrato.' }] },
      },
    },
  ],
  invalid: [
    {
      name: 'second glosa code of the guia without justificativa',
      context: {
        hoje,
        recurso: {
          itens: [
            { guia: '52476', codigoGlosa: '1714', justificativa: 'Valor conforme contrato.' },
            { guia: '52476', codigoGlosa: '2607', justificativa: '   ' },
          ],
        },
      },
      findings: [
        {
          message: 'Glosa 2607 da guia 52476: escreva a justificativa',
          where: { guia: '52476', field: 'Justificativa' },
        },
      ],
    },
    {
      name: 'minimum length from the pack',
      options: { minCaracteres: 10 },
      context: { hoje, recurso: { itens: [{ guia: '1', codigoGlosa: '1705', justificativa: 'Teste' }] } },
      findings: [{ message: 'mínimo de 10 caracteres' }],
    },
    {
      name: 'a glosa of the whole lote (no guia) is said to be of the lote',
      context: { hoje, recurso: { itens: [{ codigoGlosa: '1705', justificativa: '' }] } },
      findings: [{ message: 'Glosa 1705 do lote: escreva a justificativa' }],
    },
  ],
});
