// Builds demonstrativos de análise de conta (TISS 4.01.00 / 4.02.00) for tests, following the XSD's element
// order (ctm_demonstrativoAnaliseConta, ct_contaMedicaResumo): several protocolos, guias and procedimentos,
// glosas at protocolo, guia and procedimento level. The epilogo hash is computed as the TISS engine checks it.
import { HASH_SLOT, stampEpilogoHash } from '../../shared/glosas/tiss-tree.ts';
import { el as e, mensagemTiss, type XmlTree as Tree } from '../../shared/glosas/xml-writer.ts';

export interface ItemSpec {
  codigo?: string;
  descricao?: string;
  data?: string;
  informado: string;
  liberado: string;
  glosas?: [codigo: string, valor: string][];
}
export interface GuiaSpec {
  numero: string;
  operadora?: string;
  glosas?: string[];
  itens?: ItemSpec[];
  informado: string;
  liberado: string;
  glosado?: string;
}
export interface ProtocoloSpec {
  lote: string;
  protocolo: string;
  situacao?: string;
  glosa?: string;
  guias: GuiaSpec[];
  informado: string;
  liberado: string;
  glosado?: string;
}
export interface DemonstrativoSpec {
  versao?: '4.01.00' | '4.02.00';
  registroANS?: string;
  protocolos: ProtocoloSpec[];
  informado: string;
  liberado: string;
  glosado?: string;
}

const item = (i: ItemSpec, seq: number): Tree =>
  e(
    'detalhesGuia',
    e('sequencialItem', String(seq)),
    e('dataRealizacao', i.data ?? '2026-09-10'),
    e(
      'procedimento',
      e('codigoTabela', '22'),
      e('codigoProcedimento', i.codigo ?? '10101012'),
      e('descricaoProcedimento', i.descricao ?? 'Consulta em consultório'),
    ),
    e('valorInformado', i.informado),
    e('qtdExecutada', '1.0000'),
    e('valorProcessado', i.informado),
    e('valorLiberado', i.liberado),
    ...(i.glosas ?? []).map(([codigo, valor]) => e('relacaoGlosa', e('valorGlosa', valor), e('tipoGlosa', codigo))),
  );

const guia = (g: GuiaSpec): Tree =>
  e(
    'relacaoGuias',
    e('numeroGuiaPrestador', g.numero),
    g.operadora !== undefined && e('numeroGuiaOperadora', g.operadora),
    e('numeroCarteira', '0100000165000154'),
    e('dataInicioFat', '2026-09-10'),
    ...(g.glosas ?? []).map((c) => e('motivoGlosaGuia', e('codigoGlosa', c))),
    e('situacaoGuia', '6'),
    ...(g.itens ?? []).map((i, n) => item(i, n + 1)),
    e('valorInformadoGuia', g.informado),
    e('valorProcessadoGuia', g.informado),
    e('valorLiberadoGuia', g.liberado),
    g.glosado !== undefined && e('valorGlosaGuia', g.glosado),
  );

const protocolo = (p: ProtocoloSpec): Tree =>
  e(
    'dadosProtocolo',
    e('numeroLotePrestador', p.lote),
    e('numeroProtocolo', p.protocolo),
    e('dataProtocolo', '2026-09-15'),
    p.glosa !== undefined && e('GlosaProtocolo', e('codigoGlosa', p.glosa)),
    e('situacaoProtocolo', p.situacao ?? '6'),
    ...p.guias.map(guia),
    e('valorInformadoProtocolo', p.informado),
    e('valorProcessadoProtocolo', p.informado),
    e('valorLiberadoProtocolo', p.liberado),
    p.glosado !== undefined && e('valorGlosaProtocolo', p.glosado),
  );

/** The message as text (ISO-8859-1 declared) with the right epilogo hash, and its bytes. */
export function demonstrativoXml(spec: DemonstrativoSpec): { text: string; bytes: Uint8Array } {
  const registro = spec.registroANS ?? '331988';
  const text = mensagemTiss(
    e(
      'cabecalho',
      e(
        'identificacaoTransacao',
        e('tipoTransacao', 'DEMONSTRATIVO_ANALISE_CONTA'),
        e('sequencialTransacao', '219911'),
        e('dataRegistroTransacao', '2026-10-01'),
        e('horaRegistroTransacao', '10:00:00'),
      ),
      e('origem', e('registroANS', registro)),
      e('destino', e('identificacaoPrestador', e('codigoPrestadorNaOperadora', '25028022000190'))),
      e('Padrao', spec.versao ?? '4.01.00'),
    ),
    e(
      'operadoraParaPrestador',
      e(
        'demonstrativosRetorno',
        e(
          'demonstrativoAnaliseConta',
          e(
            'cabecalhoDemonstrativo',
            e('registroANS', registro),
            e('numeroDemonstrativo', '219911'),
            e('nomeOperadora', 'OPERADORA TESTE'),
            e('numeroCNPJ', '33683111000107'),
            e('dataEmissao', '2026-10-01'),
          ),
          e(
            'dadosPrestador',
            e('dadosContratado', e('codigoPrestadorNaOperadora', '25028022000190')),
            e('CNES', '9999999'),
          ),
          e('dadosConta', ...spec.protocolos.map(protocolo)),
          e('valorInformadoGeral', spec.informado),
          e('valorProcessadoGeral', spec.informado),
          e('valorLiberadoGeral', spec.liberado),
          spec.glosado !== undefined && e('valorGlosaGeral', spec.glosado),
        ),
      ),
    ),
  );
  const stamped = stampEpilogoHash(text);
  if (!stamped.ok) throw new Error(stamped.motivo);
  return { text: text.replace(HASH_SLOT, stamped.hash), bytes: stamped.bytes };
}

/** Two protocolos; glosas by procedimento, by guia (two codes on one guia) and on a whole protocolo. */
export const SAMPLE: DemonstrativoSpec = {
  protocolos: [
    {
      lote: '6994',
      protocolo: '59548',
      guias: [
        {
          numero: '52476',
          operadora: '1747802',
          itens: [
            { informado: '100.00', liberado: '20.00', glosas: [['1714', '80.00']] },
            { codigo: '40301630', descricao: 'Hemograma', informado: '30.00', liberado: '30.00' },
          ],
          informado: '130.00',
          liberado: '50.00',
          glosado: '80.00',
        },
        {
          numero: '52477',
          glosas: ['1714', '2607'],
          itens: [{ informado: '35.00', liberado: '0.00' }],
          informado: '35.00',
          liberado: '0.00',
          glosado: '35.00',
        },
        {
          numero: '52478',
          itens: [{ informado: '80.00', liberado: '80.00' }],
          informado: '80.00',
          liberado: '80.00',
          glosado: '0.00',
        },
      ],
      informado: '245.00',
      liberado: '130.00',
      glosado: '115.00',
    },
    {
      lote: '6995',
      protocolo: '59549',
      glosa: '1701',
      guias: [
        {
          numero: '52480',
          itens: [{ informado: '60.00', liberado: '0.00' }],
          informado: '60.00',
          liberado: '0.00',
          glosado: '60.00',
        },
      ],
      informado: '60.00',
      liberado: '0.00',
      glosado: '60.00',
    },
  ],
  informado: '305.00',
  liberado: '130.00',
  glosado: '175.00',
};
