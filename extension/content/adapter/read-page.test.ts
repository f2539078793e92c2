import { describe, expect, it } from 'vitest';
import { defaultPacks } from '../../../shared/packs/index.ts';
import { loadSnapshot, SNAPSHOT_HOJE } from '../testing/snapshots.ts';
import { portalWords } from './labels.ts';
import { parseOperadora } from './portal-values.ts';
import { readPortalPage } from './read-page.ts';

const words = portalWords();
const lote = (name: string, numero: number) => {
  const doc = loadSnapshot(name, `/Pagamentos/LotePagamento/Detalhes/${numero}`);
  return readPortalPage(doc, words, SNAPSHOT_HOJE);
};

describe('portal adapter on the mock portal pages', () => {
  it('reads the lote at the limit: number, situação, tipo, operadora and all 100 guias', () => {
    const page = lote('lote-aberto-100-guias', 8501);
    expect(page.operadora).toBe('331988');
    expect(page.context.lote).toMatchObject({
      numero: '8501',
      situacao: 'Aberto',
      tipoGuia: 'sp-sadt',
      quantidadeGuias: 100,
      protocolo: { situacao: 'Não enviado' },
    });
    expect(page.context.guias).toHaveLength(100);
    expect(page.context.guias![0]).toMatchObject({ numero: '71800', tipo: 'sp-sadt', valorTotal: 80 });
    expect(page.lote!.anchors.guiaRows.size).toBe(100);
    expect(page.lote!.anchors.quantidade!.textContent).toContain('Este lote já possui 100 guia');
  });

  it('reads the attached documents of the lote', () => {
    const page = lote('lote-aberto-anexos', 8504);
    expect(page.operadora).toBe('345474');
    expect(page.context.lote?.anexos).toEqual([
      {
        tipo: '04-INDICACAO CLINICA',
        nome: 'indicacao_clinica_rm.pdf',
        situacao: 'Envio Pendente',
        numero: '2456',
        data: '2026-11-18',
      },
    ]);
    expect(page.context.guias).toHaveLength(4);
  });

  it('reads a closed lote as closed', () => {
    const page = lote('lote-fechado', 8503);
    expect(page.context.lote?.situacao).toBe('Fechado (envio pendente)');
    expect(page.context.guias).toHaveLength(3);
  });

  it('reads procedures and dates of the guia whose details are open', () => {
    const page = lote('lote-datas-antigas', 8505);
    const [primeira, segunda] = page.context.guias!;
    expect(primeira!.procedimentos).toEqual([{ item: 1, codigo: '10101012', dataRealizacao: '2026-07-23' }]);
    expect(primeira!.dataAtendimento).toBe('2026-07-23');
    expect(segunda!.procedimentos).toEqual([]);
    expect(page.context.lote?.tipoGuia).toBe('consulta');
  });

  it('reads the protocolo of a sent lote', () => {
    const page = lote('lote-enviado-faturado', 8470);
    expect(page.context.lote).toMatchObject({
      situacao: 'Enviado à operadora',
      protocolo: { numero: '103', situacao: 'Faturado' },
    });
  });

  it('reads the header dates, values, operadora and NOTA FISCAL block of a paid lote (004 § 9.2 b)', () => {
    const page = lote('lote-enviado-faturado', 8470);
    expect(page.context.operadoraNome).toBe('PASA');
    expect(page.context.lote).toMatchObject({
      dataInclusao: '2026-10-06',
      dataFechamento: '2026-10-06',
      dataEnvio: '2026-10-06',
      dataPagamento: '2026-11-10',
      operadora: { nome: 'PASA', registroAns: '331988' },
      canal: 'Portal Conecta',
      notaFiscal: { situacao: 'Não exigida' },
    });
    expect(page.context.lote?.enviarAte).toBeUndefined();
    expect(page.lote!.anchors.campos.get('dataPagamento')?.textContent).toContain('10/11/2026');
  });

  it('accepts a pack synonym for a label the defaults do not know', () => {
    const doc = loadSnapshot('lote-aberto-100-guias', '/Pagamentos/LotePagamento/Detalhes/8501');
    for (const label of doc.querySelectorAll('label'))
      if (label.textContent === 'Nº Lote') label.textContent = 'Número do PEG';
    expect(readPortalPage(doc, words, SNAPSHOT_HOJE).context.lote?.numero).toBeUndefined();
    const pack = {
      ...defaultPacks[0]!,
      portal: { ...defaultPacks[0]!.portal, labels: { loteNumero: ['Número do PEG'] } },
    };
    expect(readPortalPage(doc, portalWords(pack), SNAPSHOT_HOJE).context.lote?.numero).toBe('8501');
  });
});

describe('operadora as the pages print it', () => {
  it.each([
    ['PASA | 331988', 'PASA', '331988'],
    ['IPAM - ANS nº 999991', 'IPAM', '999991'],
    ['IPAM - ANS nº 99999-1', 'IPAM', '999991'],
    ['PASA - ANS nº 33198-8', 'PASA', '331988'],
    ['PASA 331988', 'PASA', '331988'],
    ['IPAM', 'IPAM', undefined],
  ])('%s', (texto, nome, registroAns) => {
    expect(parseOperadora(texto)).toEqual({ texto, nome, ...(registroAns ? { registroAns } : {}) });
  });
});
