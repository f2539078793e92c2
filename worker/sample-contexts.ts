// Contexts a draft pack is dry-run on before publishing: one per situation the rule kinds look at (a full lote,
// each tipo de guia, a recurso de glosa, files being attached, portal actions). Made-up data, no real person.
import type { RuleContextInput } from '../shared/rules/context.ts';

/** The fixed "today" of every dry run (sample contexts and XML fixtures), so its findings do not drift. */
export const DRY_RUN_HOJE = '2026-11-25';
const hoje = DRY_RUN_HOJE;

const guia = (numero: string, tipo: 'consulta' | 'sp-sadt' | 'odonto' | 'resumo-internacao', extra = {}) => ({
  numero,
  tipo,
  dataAtendimento: '2026-09-10',
  dataAutorizacao: '2026-09-01',
  dataValidadeSenha: '2026-10-01',
  senha: 'S0001',
  caraterAtendimento: '1',
  beneficiario: 'b1',
  profissional: 'p1',
  procedimentos: [
    { item: 1, codigo: '40304361', tabela: '22', dataRealizacao: '2026-09-10', quantidade: 1, valorTotal: 50 },
  ],
  ...extra,
});

export const sampleContexts: { nome: string; context: RuleContextInput }[] = [
  {
    nome: 'lote SP/SADT com 101 guias (upload de XML)',
    context: {
      hoje,
      acao: 'upload-xml',
      versaoTiss: '4.01.00',
      lote: { numero: '1001', tipoGuia: 'sp-sadt', quantidadeGuias: 101 },
      guias: Array.from({ length: 101 }, (_, i) => guia(String(5000 + i), 'sp-sadt')),
    },
  },
  {
    nome: 'lote de consultas com retorno do mesmo beneficiário',
    context: {
      hoje,
      acao: 'upload-xml',
      versaoTiss: '4.02.00',
      lote: { numero: '1002', tipoGuia: 'consulta', quantidadeGuias: 2 },
      guias: [guia('6001', 'consulta'), guia('6002', 'consulta', { dataAtendimento: '2026-09-20' })],
    },
  },
  {
    nome: 'lote com tipos de guia misturados e atendimento antigo',
    context: {
      hoje,
      acao: 'fechar-lote',
      lote: { numero: '1003', situacao: 'Aberto', quantidadeGuias: 2 },
      guias: [guia('7001', 'consulta', { dataAtendimento: '2025-01-10' }), guia('7002', 'sp-sadt')],
    },
  },
  {
    nome: 'guia odontológica sem dente/região',
    context: {
      hoje,
      acao: 'editar-guia',
      guias: [guia('8001', 'odonto', { procedimentos: [{ item: 1, codigo: '81000065', tabela: '22' }] })],
    },
  },
  {
    nome: 'internação com OPME e urgência',
    context: {
      hoje,
      acao: 'enviar-lote',
      lote: { numero: '1004', situacao: 'Fechado (envio pendente)', tipoGuia: 'resumo-internacao', quantidadeGuias: 1 },
      guias: [
        guia('9001', 'resumo-internacao', { caraterAtendimento: '2', outrasDespesas: ['08'], regimeInternacao: '1' }),
      ],
    },
  },
  {
    nome: 'adicionar guia a lote cheio',
    context: { hoje, acao: 'adicionar-guia', lote: { numero: '1005', situacao: 'Aberto', quantidadeGuias: 100 } },
  },
  {
    nome: 'anexos do lote (PDF grande e formato recusado)',
    context: {
      hoje,
      acao: 'incluir-anexo',
      lote: { numero: '1006', situacao: 'Enviado à operadora' },
      arquivos: [
        { destino: 'anexo-lote', nome: 'laudo.pdf', tamanho: 12 * 1024 * 1024 },
        { destino: 'anexo-lote', nome: 'foto.heic', tamanho: 200_000 },
      ],
    },
  },
  {
    nome: 'recurso de glosa fora do prazo e valor maior que o glosado',
    context: {
      hoje,
      acao: 'recurso-glosa',
      recurso: {
        protocoloSituacao: 'Pago',
        dataPagamento: '2026-06-01',
        itens: [{ guia: '5001', item: 1, codigoGlosa: '1705', valorGlosado: 10, valorRecursado: 20 }],
      },
    },
  },
  {
    nome: 'upload de arquivo que não é XML',
    context: { hoje, acao: 'upload-xml', arquivos: [{ destino: 'upload-xml', nome: 'lote.zip', tamanho: 1000 }] },
  },
];
