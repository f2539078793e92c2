import { describe, expect, it } from 'vitest';
import type { RulePackInput } from '../pack-schema.ts';
import { testRuleKind } from '../testing.ts';
import { anexosObrigatorios } from './anexos-obrigatorios.ts';

const hoje = '2026-03-10';
const pack: Partial<RulePackInput> = {
  tiposDocumento: [
    '03-EXAMES COMPLEMENTARES',
    '04-INDICACAO CLINICA',
    '07-ANATOMO',
    '19-JUSTIFICATIVA TÉCNICA PARA O PROCEDIMENTO',
  ],
  categorias: [
    {
      id: 'endoscopia',
      nome: 'Endoscopia/Colonoscopia',
      codigos: [{ prefixo: '40201' }, { prefixo: '40202' }],
      verificado: true,
      fonte: 'procedure-categories.csv',
    },
  ],
};
const options = {
  categoria: 'endoscopia',
  documentos: [
    { nome: 'Pedido médico', tipos: ['04-INDICACAO CLINICA'] },
    { nome: 'Laudo do exame', tipos: ['03-EXAMES COMPLEMENTARES'] },
    { nome: 'Anátomo patológico', tipos: ['07-ANATOMO'], condicao: 'se-houver' },
  ],
};
const colonoscopia = { numero: 'E1', line: 12, procedimentos: [{ codigo: '40201082' }] };

testRuleKind(anexosObrigatorios, {
  valid: [
    {
      name: 'all documents attached to the lote',
      options,
      pack,
      context: {
        hoje,
        acao: 'enviar-lote',
        lote: {
          anexos: [{ tipo: '04-INDICACAO CLINICA' }, { tipo: '03-EXAMES COMPLEMENTARES' }, { tipo: '07-ANATOMO' }],
        },
        guias: [colonoscopia],
      },
    },
    {
      name: 'attached per guia, different case/accents',
      options,
      pack,
      context: {
        hoje,
        acao: 'fechar-lote',
        guias: [
          {
            ...colonoscopia,
            anexos: [{ tipo: '04-Indicação Clínica' }, { tipo: '03-exames complementares' }, { tipo: '07-ANATOMO' }],
          },
        ],
      },
    },
    {
      name: 'a type name cut off by the portal column still counts',
      options: {
        categoria: 'endoscopia',
        documentos: [{ nome: 'Justificativa', tipos: ['19-JUSTIFICATIVA TÉCNICA PARA O PROCEDIMENTO'] }],
      },
      pack,
      context: {
        hoje,
        acao: 'enviar-lote',
        lote: { anexos: [{ tipo: '19-JUSTIFICATIVA TÉCNICA PARA' }] },
        guias: [colonoscopia],
      },
    },
    {
      name: 'no guia in the category',
      options,
      pack,
      context: { hoje, acao: 'enviar-lote', guias: [{ numero: 'C1', procedimentos: [{ codigo: '10101012' }] }] },
    },
    { name: 'action not concerned', options, pack, context: { hoje, acao: 'incluir-anexo', guias: [colonoscopia] } },
  ],
  invalid: [
    {
      name: 'laudo missing (error) and anátomo "se houver" missing (warning)',
      options,
      pack,
      context: {
        hoje,
        acao: 'enviar-lote',
        lote: { anexos: [{ tipo: '04-INDICACAO CLINICA' }] },
        guias: [colonoscopia],
      },
      findings: [
        {
          message: 'Guia E1 (Endoscopia/Colonoscopia): falta o anexo obrigatório "Laudo do exame"',
          severity: 'error',
          where: { guia: 'E1', line: 12 },
        },
        { message: 'falta o anexo "Anátomo patológico" — obrigatório se houver', severity: 'warning' },
      ],
    },
    {
      name: 'an anexo without a type, or with a too short one, does not count',
      options: {
        categoria: 'endoscopia',
        documentos: [{ nome: 'Laudo do exame', tipos: ['03-EXAMES COMPLEMENTARES'] }],
      },
      pack,
      context: { hoje, acao: 'enviar-lote', lote: { anexos: [{ tipo: '' }, { tipo: '03' }] }, guias: [colonoscopia] },
      findings: [{ message: 'falta o anexo obrigatório "Laudo do exame"' }],
    },
    {
      name: 'after an XML upload: one reminder for all guias of the category',
      options,
      pack,
      context: { hoje, acao: 'upload-xml', guias: [colonoscopia, { ...colonoscopia, numero: 'E2' }] },
      findings: [
        {
          message:
            'Guias E1 e E2 (Endoscopia/Colonoscopia): depois de enviar, anexe ao lote Pedido médico, Laudo do exame e Anátomo patológico (se houver)',
          severity: 'info',
        },
      ],
    },
    {
      name: 'documents without a portal type can only be reminded (warning)',
      options: { tiposGuia: ['resumo-internacao'], documentos: [{ nome: 'Relatório médico constando diagnóstico' }] },
      context: {
        hoje,
        acao: 'enviar-lote',
        guias: [
          { numero: 'I1', tipo: 'resumo-internacao' },
          { numero: 'I2', tipo: 'resumo-internacao' },
        ],
      },
      findings: [
        {
          message: 'Guias I1 e I2 (Resumo de Internação): confira se anexou Relatório médico constando diagnóstico',
          severity: 'warning',
          where: { guia: 'I1' },
        },
      ],
    },
  ],
  badOptions: [
    {
      name: 'unknown categoria',
      options: { ...options, categoria: 'endoscopias' },
      pack,
      path: 'regras[0].options.categoria',
    },
    {
      name: 'neither categoria nor tiposGuia',
      options: { documentos: options.documentos },
      pack,
      path: 'regras[0].options.categoria',
    },
    {
      name: 'a document type the pack does not list (the portal would never show it)',
      options: { ...options, documentos: [{ nome: 'Pedido médico', tipos: ['04-INDICAÇÃO CLÍNICA', '4-INDICACAO'] }] },
      pack,
      path: 'regras[0].options.documentos[0].tipos[1]',
    },
    {
      name: 'no documentos',
      options: { categoria: 'endoscopia', documentos: [] },
      pack,
      path: 'regras[0].options.documentos',
    },
  ],
});

describe('severities the docs show', () => {
  it('a document with no portal type or with a condition never gives more than a warning', () => {
    const o = (documentos: { nome: string; tipos?: string[]; condicao?: 'se-houver' }[]) =>
      anexosObrigatorios.meta.options.parse({ categoria: 'x', documentos });
    expect(anexosObrigatorios.meta.severities?.(o([{ nome: 'Laudo' }]), 'error')).toEqual(['warning', 'info']);
    expect(
      anexosObrigatorios.meta.severities?.(
        o([
          { nome: 'Laudo', tipos: ['LAUDO'] },
          { nome: 'AP', condicao: 'se-houver' },
        ]),
        'error',
      ),
    ).toEqual(['error', 'warning', 'info']);
  });
});
