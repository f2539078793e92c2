import { testPortal, testRuleKind } from '../testing.ts';
import { salvoNaoEnviado } from './salvo-nao-enviado.ts';

const options = {
  dias: 7,
  situacoesLote: ['aberto', 'fechado-envio-pendente', 'enviando'],
  situacoesEmEnvio: ['enviando'],
  situacoesRecurso: ['nao-enviado'],
};
const pack = { portal: { ...testPortal, situacoes: { ...testPortal.situacoes, 'nao-enviado': ['Não enviado'] } } };
const hoje = '2026-03-20';
const row = (numero: string, situacao: string, dataInclusao: string) => ({ numero, situacao, dataInclusao });

testRuleKind(salvoNaoEnviado, {
  valid: [
    {
      name: 'open lotes still within N days, sent lotes of any age',
      options,
      pack,
      context: {
        hoje,
        lotes: [
          row('8510', 'Aberto', '2026-03-13'),
          row('8501', 'Enviada para a operadora', '2026-01-02'),
          row('8480', 'Faturado', '2025-12-01'),
        ],
      },
    },
    {
      name: 'a recurso being written today',
      options,
      pack,
      context: { hoje, recurso: { numero: '77', situacao: 'Não enviado', dataInclusao: '2026-03-20' } },
    },
  ],
  invalid: [
    {
      name: 'saved lotes left for more than N days, one of them stuck in Enviando',
      options,
      pack,
      context: {
        hoje,
        lotes: [
          row('8502', 'Em Aberto', '2026-03-12'),
          row('8503', 'Fechado (envio pendente)', '2026-02-01'),
          row('8504', 'Enviando', '2026-03-01'),
          row('8505', 'Enviado à operadora', '2026-03-01'),
        ],
      },
      findings: [
        { message: 'O lote 8502 está "Em Aberto" desde a inclusão em 12/03/2026 (há 8 dias)', severity: 'error' },
        { message: 'O lote 8503 está "Fechado (envio pendente)"' },
        {
          message:
            'O lote 8504 está "Enviando" e foi incluído em 01/03/2026, há 19 dias: use "Atualizar Situação Protocolo"',
        },
      ],
      severity: 'error',
    },
    {
      name: 'a recurso saved and not sent for more than N days',
      options,
      pack,
      severity: 'warning',
      context: { hoje, recurso: { numero: '77', situacao: 'Não enviado', dataInclusao: '2026-03-01' } },
      findings: [
        {
          message: 'O recurso de glosa 77, incluído em 01/03/2026 (há 19 dias), está "Não enviado"',
          severity: 'warning',
        },
      ],
    },
  ],
  badOptions: [
    {
      name: 'unknown situação',
      options: { dias: 7, situacoesLote: ['rascunho'] },
      path: 'regras[0].options.situacoesLote[0]',
    },
  ],
});
