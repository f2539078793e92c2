import { testRuleKind } from '../testing.ts';
import { enviarAte } from './enviar-ate.ts';

const options = { situacoesLote: ['aberto', 'fechado-envio-pendente'], avisoDias: 5 };
const lote = (situacao: string, enviarAte?: string) => ({
  numero: '8502',
  situacao,
  ...(enviarAte ? { enviarAte } : {}),
});

testRuleKind(enviarAte, {
  valid: [
    { name: 'date far away', options, context: { hoje: '2026-03-01', lote: lote('Aberto', '2026-03-20') } },
    { name: 'no Enviar Até shown', options, context: { hoje: '2026-03-01', lote: lote('Aberto') } },
    {
      name: 'lote already sent: the date no longer matters',
      options,
      context: { hoje: '2026-03-01', lote: lote('Enviada para a operadora', '2026-02-01') },
    },
    {
      name: 'warning switched off',
      options: { ...options, avisoDias: 0 },
      context: { hoje: '2026-03-01', lote: lote('Aberto', '2026-03-03') },
    },
  ],
  invalid: [
    {
      name: 'date passed on an open lote: error',
      options,
      context: { hoje: '2026-03-02', lote: lote('Em Aberto', '2026-03-01') },
      findings: [
        {
          message: 'O prazo para enviar o lote 8502 terminou em 01/03/2026',
          severity: 'error',
          where: { field: 'Enviar Até (Calendário)' },
        },
      ],
    },
    {
      name: 'date passed on a closed, not yet sent lote',
      options,
      context: { hoje: '2026-04-01', lote: lote('Fechado (envio pendente)', '2026-03-01') },
      findings: [{ message: 'terminou em 01/03/2026', severity: 'error' }],
    },
    {
      name: 'three days left: warning',
      options,
      context: { hoje: '2026-02-26', lote: lote('Aberto', '2026-03-01') },
      findings: [{ message: 'Envie o lote 8502 até 01/03/2026 (Enviar Até): faltam 3 dias.', severity: 'warning' }],
    },
    {
      name: 'one day left: the words agree',
      options,
      context: { hoje: '2026-02-28', lote: lote('Aberto', '2026-03-01') },
      findings: [{ message: 'Envie o lote 8502 até 01/03/2026 (Enviar Até): falta 1 dia.', severity: 'warning' }],
    },
    {
      name: 'last day: warning',
      options,
      context: { hoje: '2026-03-01', lote: lote('Aberto', '2026-03-01') },
      findings: [{ message: 'Hoje (01/03/2026) é o último dia', severity: 'warning' }],
    },
  ],
  badOptions: [
    { name: 'unknown situação', options: { situacoesLote: ['rascunho'] }, path: 'regras[0].options.situacoesLote[0]' },
  ],
});
