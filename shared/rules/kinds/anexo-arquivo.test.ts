import { testRuleKind } from '../testing.ts';
import { anexoArquivo } from './anexo-arquivo.ts';

const hoje = '2026-03-10';
const MB = 1024 * 1024;
const recurso = {
  destino: 'anexo-recurso',
  maxBytes: 15 * MB,
  formatos: ['DOC', 'DOCX', 'XLS', 'PDF', 'JPEG', 'PNG', 'JPG', 'ZIP', 'RAR'],
};
const xml = { destino: 'upload-xml', maxBytes: 15 * MB, formatos: ['XML'] };

testRuleKind(anexoArquivo, {
  valid: [
    {
      name: 'exactly 15 MB PDF',
      options: recurso,
      context: { hoje, arquivos: [{ destino: 'anexo-recurso', nome: 'laudo.pdf', tamanho: 15 * MB }] },
    },
    {
      name: 'another destino is not concerned',
      options: xml,
      context: { hoje, arquivos: [{ destino: 'anexo-lote', nome: 'a.exe', tamanho: 99 * MB }] },
    },
    {
      name: 'any format when none listed',
      options: { destino: 'anexo-lote', maxBytes: 15 * MB },
      context: { hoje, arquivos: [{ destino: 'anexo-lote', nome: 'a.odt', tamanho: 1 }] },
    },
    {
      name: 'upper-case extension',
      options: xml,
      context: { hoje, arquivos: [{ destino: 'upload-xml', nome: 'LOTE.XML', tamanho: 10 }] },
    },
  ],
  invalid: [
    {
      name: 'one byte over 15 MB',
      options: recurso,
      context: { hoje, arquivos: [{ destino: 'anexo-recurso', nome: 'exame.pdf', tamanho: 15 * MB + 1 }] },
      findings: [{ message: 'O arquivo "exame.pdf" tem 15.728.641 bytes; o limite é 15.728.640 bytes' }],
    },
    {
      name: 'well over the limit, in MB',
      options: recurso,
      context: { hoje, arquivos: [{ destino: 'anexo-recurso', nome: 'exame.pdf', tamanho: 20 * MB }] },
      findings: [{ message: 'O arquivo "exame.pdf" tem 20 MB; o limite é 15 MB' }],
    },
    {
      name: 'a GIF in the recurso dropzone',
      options: recurso,
      context: { hoje, arquivos: [{ destino: 'anexo-recurso', nome: 'foto.gif', tamanho: 100 }] },
      findings: [{ message: '"foto.gif" (GIF) não é aceito aqui; formatos aceitos: DOC, DOCX' }],
    },
    {
      name: 'XML upload only takes XML',
      options: xml,
      context: { hoje, arquivos: [{ destino: 'upload-xml', nome: 'lote.zip', tamanho: 100 }] },
      findings: [{ message: 'formatos aceitos: XML' }],
    },
    {
      name: 'a file without extension',
      options: xml,
      context: { hoje, arquivos: [{ destino: 'upload-xml', nome: 'lote', tamanho: 100 }] },
      findings: [{ message: '(sem extensão)' }],
    },
    {
      name: 'accepted but not preferred format (info)',
      options: { destino: 'anexo-lote', maxBytes: 15 * MB, preferidos: ['PDF', 'JPEG', 'GIF'] },
      context: { hoje, arquivos: [{ destino: 'anexo-lote', nome: 'guia.docx', tamanho: 100 }] },
      findings: [{ message: 'a operadora prefere PDF, JPEG, GIF', severity: 'info' }],
    },
  ],
  badOptions: [
    { name: 'lower-case format', options: { ...xml, formatos: ['xml'] }, path: 'regras[0].options.formatos[0]' },
  ],
});
