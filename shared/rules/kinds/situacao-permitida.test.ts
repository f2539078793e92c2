import { describe, expect, it } from 'vitest';
import { testRuleKind } from '../testing.ts';
import { situacaoPermitida } from './situacao-permitida.ts';

const hoje = '2026-03-10';
const anexoSoAberto = { acao: 'incluir-anexo', permitidas: ['aberto'] };
const recursoFaturado = { acao: 'recurso-glosa', alvo: 'protocolo', permitidas: ['faturado', 'pagamento-efetuado'] };

testRuleKind(situacaoPermitida, {
  valid: [
    {
      name: 'anexo while "Em Aberto" (synonym)',
      options: anexoSoAberto,
      context: { hoje, acao: 'incluir-anexo', lote: { situacao: 'Em Aberto' } },
    },
    {
      name: 'case and accents do not matter',
      options: anexoSoAberto,
      context: { hoje, acao: 'incluir-anexo', lote: { situacao: 'ABERTO' } },
    },
    {
      name: 'another action is not concerned',
      options: anexoSoAberto,
      context: { hoje, acao: 'enviar-lote', lote: { situacao: 'Enviando' } },
    },
    {
      name: 'recurso with protocolo Faturado',
      options: recursoFaturado,
      context: {
        hoje,
        acao: 'recurso-glosa',
        lote: { situacao: 'Enviado à operadora', protocolo: { situacao: 'Faturado' } },
      },
    },
    {
      name: 'forbidden list: a situação not listed is fine',
      options: { acao: 'incluir-anexo', proibidas: ['cancelado'] },
      message: '{acao}: não é possível com o {alvo} na situação "{situacao}".',
      context: { hoje, acao: 'incluir-anexo', lote: { situacao: 'Enviado à operadora' } },
    },
  ],
  invalid: [
    {
      name: 'anexo after the lote was sent',
      options: anexoSoAberto,
      context: { hoje, acao: 'incluir-anexo', lote: { situacao: 'Enviada para a operadora' } },
      findings: [
        {
          message:
            'Incluir anexo: não é possível com o lote na situação "Enviada para a operadora"; só com o lote em "Aberto"',
          where: { field: 'Situação do Lote' },
        },
      ],
    },
    {
      name: 'recurso while the protocolo is still Em análise',
      options: recursoFaturado,
      context: { hoje, acao: 'recurso-glosa', recurso: { protocoloSituacao: 'Em análise pela Operadora' } },
      findings: [
        { message: 'só com o protocolo em "Faturado" e "Pagamento efetuado"', where: { field: 'Situação Protocolo' } },
      ],
    },
    {
      name: 'forbidden situação, in the words the pack gives for its forbidden list',
      options: { acao: 'incluir-anexo', proibidas: ['cancelado'] },
      message: '{acao}: não é possível com o {alvo} na situação "{situacao}"; ligue para a central.',
      context: { hoje, acao: 'incluir-anexo', lote: { situacao: 'Cancelado' } },
      findings: [
        { message: 'Incluir anexo: não é possível com o lote na situação "Cancelado"; ligue para a central.' },
      ],
    },
  ],
  badOptions: [
    {
      name: 'unknown situação key',
      options: { acao: 'incluir-anexo', permitidas: ['em-aberto'] },
      path: 'regras[0].options.permitidas[0]',
    },
    { name: 'neither list', options: { acao: 'incluir-anexo' }, path: 'regras[0].options.permitidas' },
    { name: 'unknown action', options: { acao: 'anexar', permitidas: ['aberto'] }, path: 'regras[0].options.acao' },
  ],
});

describe('severities the docs show', () => {
  it('a note before any click, the rule’s own severity only on the click', () => {
    const o = situacaoPermitida.meta.options.parse({ acao: 'incluir-anexo', permitidas: ['aberto'] });
    expect(situacaoPermitida.meta.severities?.(o, 'error')).toEqual(['info', 'error']);
    expect(situacaoPermitida.meta.severities?.(o, 'info')).toEqual(['info']);
  });
});
