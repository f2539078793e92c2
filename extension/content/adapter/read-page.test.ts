import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultPacks } from '../../../shared/packs/index.ts';
import { isPesquisaGuias } from '../conecta-pages.ts';
import { loadPageHtml, loadSnapshot, SNAPSHOT_HOJE } from '../testing/snapshots.ts';
import { controlValue } from './dom-read.ts';
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
      // PAS SERPRO's tenant prints 000 Q1's grid: Nº Documento | Descrição | Data do Anexo | Situação.
      { tipo: '04-INDICACAO CLINICA', situacao: 'Envio Pendente', numero: '2456', data: '2026-11-18' },
    ]);
    expect(page.context.guias).toHaveLength(4);
  });

  it('reads a closed lote as closed', () => {
    const page = lote('lote-fechado', 8503);
    expect(page.context.lote?.situacao).toBe('Fechado (envio pendente)');
    expect(page.context.guias).toHaveLength(3);
  });

  it('reads no procedures and no atendimento dates: the lote page shows neither (004 § 9.2 b)', () => {
    const page = lote('lote-datas-antigas', 8505);
    expect(page.context.guias).toHaveLength(3);
    for (const g of page.context.guias!) {
      expect(g.procedimentos).toEqual([]);
      expect(g.dataAtendimento).toBeUndefined();
    }
    expect(page.context.lote?.tipoGuia).toBe('consulta');
  });

  it('reads the protocolo of a sent lote', () => {
    const page = lote('lote-enviado-faturado', 8470);
    expect(page.context.lote).toMatchObject({
      situacao: 'Enviado à operadora',
      protocolo: { numero: '103', situacao: 'Faturado' },
    });
  });

  it("reads no recurso on a paid lote page: its Situação Protocolo and Data Pagamento are the lote's", () => {
    // A recurso in the facts would tell the rules the clerk is making one (prazo-recurso-glosa turns loud).
    for (const [name, numero] of [
      ['lote-enviado-faturado', 8470],
      ['lote-ipam-pago', 8512],
    ] as const) {
      const page = lote(name, numero);
      expect(page.context.lote?.dataPagamento).toBeDefined();
      expect(page.context.recurso).toBeUndefined();
      expect(page.recurso).toBeUndefined();
    }
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
    // PASA's tenant: the header values are read-only inputs.
    expect(controlValue(page.lote!.anchors.campos.get('dataPagamento')!)).toBe('10/11/2026');
  });

  it('reads the header as text on another tenant: IPAM, paid 55 days ago (004 § 13.3)', () => {
    const page = lote('lote-ipam-pago', 8512);
    expect(page.operadora).toBe('999991');
    expect(page.context.lote).toMatchObject({
      situacao: 'Enviado à operadora',
      dataPagamento: '2026-09-26',
      protocolo: { numero: '107', situacao: 'Pagamento efetuado' },
      operadora: { nome: 'IPAM', registroAns: '999991' },
    });
  });

  it('reads Enviar Até (Calendário) and the operadora written "NOME - ANS nº 123456"', () => {
    expect(lote('lote-enviar-ate-vencido', 8510).context.lote?.enviarAte).toBe('2026-11-18');
    const funssest = lote('lote-funssest-101-guias', 8514);
    expect(funssest.operadora).toBe('330809');
    expect(funssest.context.operadoraNome).toBe('ARCELORMITTAL TUBARÃO / FUNSSEST');
    expect(funssest.context.lote?.quantidadeGuias).toBe(101);
    expect(funssest.context.guias).toHaveLength(101);
  });

  it('reads the document situações of a sent lote (000 Q4–Q5)', () => {
    const page = lote('lote-serpro-envio-pendente', 8513);
    expect(page.context.lote?.anexos.map((a) => [a.numero, a.tipo, a.situacao])).toEqual([
      ['2450', '03-EXAMES COMPLEMENTARES', 'Enviado'],
      ['2451', '04-INDICACAO CLINICA', 'Envio Pendente'],
    ]);
    expect(page.context.lote?.dataEnvio).toBe('2026-11-10');
  });

  it('reads the lote page with the second notices popup (bc-modal-evolution) over it', () => {
    const page = lote('lote-fechado-evolucao', 8503);
    expect(page.context.lote).toMatchObject({ numero: '8503', situacao: 'Fechado (envio pendente)' });
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

describe('Autorização → Pesquisar Guias → Pesquisa de Guias (004 §§ 6, 8, 9.2)', () => {
  const pagina = (doc: Document) => ({ document: doc, url: new URL(doc.location.href) });

  it('reads each row: Nº Guia Prestador, Tipo, Situação and the day of Data Solicit/Digitação; never the beneficiário', () => {
    const doc = loadSnapshot('pesquisa-guias-funssest', '/Guias/PesquisaGuias/Index');
    const page = readPortalPage(doc, words, SNAPSHOT_HOJE);
    expect(page.operadora).toBe('330809');
    expect(page.pesquisaGuias?.guias).toEqual([
      { numero: '71794', tipo: 'Consulta', situacao: 'Não solicitada (envio pendente)', dataSolicitacao: '2026-11-19' },
      { numero: '71793', tipo: 'SP/SADT', situacao: 'Em análise', dataSolicitacao: '2026-11-18' },
      { numero: '71790', tipo: 'SP/SADT', situacao: 'Autorizada', dataSolicitacao: '2026-10-31' },
      { numero: '71791', tipo: 'SP/SADT', situacao: 'Autorizada', dataSolicitacao: '2026-09-11' },
    ]);
    expect(page.pesquisaGuias?.rows.get('71791')?.textContent).toContain('71791');
    expect(JSON.stringify(page.context)).not.toMatch(/BENEFICIARIO|99999/);
    expect(isPesquisaGuias(pagina(doc))).toBe(true);
  });

  it("is not the lote page's Adicionar Guias dialog, titled GUIAS ENCONTRADAS too (no Situação column there)", () => {
    const doc = loadSnapshot('lote-aberto-99-guias', '/Pagamentos/LotePagamento/Detalhes/8502');
    expect(doc.body.textContent).toContain('GUIAS ENCONTRADAS');
    expect(readPortalPage(doc, words, SNAPSHOT_HOJE).pesquisaGuias).toBeUndefined();
    expect(isPesquisaGuias(pagina(doc))).toBe(false);
  });
});

describe('Faturamento pages around the lote', () => {
  it('Pesquisar Lotes on the IPAM tenant (#LotesDePagamento, 004 § 13.1): lote, situação and Data Inclusão', () => {
    const doc = loadSnapshot('pesquisa-lote-ipam', '/Pagamentos/PesquisaLote/Index');
    const page = readPortalPage(doc, words, SNAPSHOT_HOJE);
    expect(page.context.lotes).toContainEqual({
      numero: '8512',
      situacao: 'Enviado à operadora',
      dataInclusao: '2026-09-01',
      protocolo: '107',
      situacaoProtocolo: 'Pagamento efetuado',
      tipoGuia: 'consulta',
      operadora: 'IPAM',
    });
  });

  it('Pesquisar Lotes on the PASA tenant (#DataGrid, no Operadora column, 002 § 2.1)', () => {
    const doc = loadSnapshot('pesquisa-lote', '/Pagamentos/PesquisaLote/Index');
    const lotes = readPortalPage(doc, words, SNAPSHOT_HOJE).context.lotes!;
    expect(lotes.find((l) => l.numero === '8515')).toEqual({
      numero: '8515',
      situacao: 'Fechado (envio pendente)',
      dataInclusao: '2026-10-31',
      situacaoProtocolo: 'Não enviado',
      tipoGuia: 'sp-sadt',
    });
    expect(lotes.every((l) => l.operadora === undefined)).toBe(true);
  });

  it('Com falha no Envio (000 Q6): document, lote and reason', () => {
    const doc = loadSnapshot('documentos-com-falha', '/Faturamento/DocumentosAnexos/ComFalhaNoEnvio');
    expect(readPortalPage(doc, words, SNAPSHOT_HOJE).context.documentosComFalha).toEqual([
      {
        tipo: '04-INDICACAO CLINICA',
        numero: '2451',
        data: '2026-11-09',
        lote: '8513',
        motivoFalha: 'Não encontrada tipo de documento válido com código 114.',
      },
    ]);
  });

  it("Pagamentos Pendentes (004 § 11): the prévia's Valor Base, the Nota Fiscal form, a saved nota not sent", () => {
    const previa = readPortalPage(
      loadSnapshot('pagamentos-pendentes-previa', '/Pagamentos/PagamentosPendentes/Index'),
      words,
      SNAPSHOT_HOJE,
    ).context.pagamento;
    expect(previa).toMatchObject({ dataPagamento: '2026-11-28', status: 'Aguardando Nota Fiscal', valor: 181.24 });
    expect(previa?.valorBase).toBe(181.24);
    const form = readPortalPage(
      loadSnapshot('pagamentos-pendentes-nova-nota', '/Pagamentos/PagamentosPendentes/Index'),
      words,
      SNAPSHOT_HOJE,
    ).context.pagamento;
    expect(form?.notaEmEdicao).toMatchObject({ numero: '12122', serie: '1', valor: 181.24, emissao: '2026-11-19' });
    const salva = readPortalPage(
      loadSnapshot('pagamentos-pendentes-nota-salva', '/Pagamentos/PagamentosPendentes/Index'),
      words,
      SNAPSHOT_HOJE,
    ).context.pagamento;
    expect(salva?.notasFiscais).toEqual([{ numero: '12121', status: '', valor: 250 }]);
  });

  it('the recurso page header (004 § 13.7): saved 20 days ago, "Não enviado", Data de Pagamento empty', () => {
    const doc = loadSnapshot('recurso-glosa-nao-enviado', '/Pagamentos/RecursoGlosa/Editar/52531');
    const page = readPortalPage(doc, words, SNAPSHOT_HOJE);
    expect(page.context.recurso).toMatchObject({
      numero: '52531',
      situacao: 'Não enviado',
      dataInclusao: '2026-10-31',
      loteOriginal: '8512',
      operadora: { nome: 'IPAM', registroAns: '999991' },
    });
    expect(page.context.recurso?.dataPagamento).toBeUndefined();
    expect(page.recurso?.situacao?.textContent).toContain('Não enviado');
  });
});

/** A page of test/dom/paginas-manuais/`pasta`, read by the adapter. */
const pagina = (nome: string, path: string, pasta = 'paginas') => {
  const file = join(
    dirname(fileURLToPath(import.meta.url)),
    '../../../test/dom/paginas-manuais',
    pasta,
    `${nome}.html`,
  );
  return readPortalPage(loadPageHtml(readFileSync(file, 'utf8'), path), words, SNAPSHOT_HOJE);
};

describe('portal adapter on pages written from the manuals alone (test/dom/paginas-manuais)', () => {
  it('finds a grid whose <thead> has a toolbar row above the headings (bc-smart-table)', () => {
    const page = pagina('lote-funssest-101-guias', '/Pagamentos/LotesPagamento/Editar/7901');
    expect(page.context.guias).toHaveLength(101);
    expect(page.context.guias![0]).toMatchObject({ numero: '90101', valorTotal: 81 });
    expect(page.context.lote).toMatchObject({
      numero: '7901',
      situacao: 'Aberto',
      operadora: { registroAns: '330809' },
    });
  });

  it('reads a details table of label rows over value rows (001 § 3)', () => {
    const page = pagina('lote-pasa-fechado', '/Pagamentos/LotesPagamento/Editar/7903');
    expect(page.operadora).toBe('331988');
    expect(page.context.lote).toMatchObject({
      numero: '7903',
      situacao: 'Fechado (envio pendente)',
      enviarAte: '2026-11-23',
      dataFechamento: '2026-11-18',
      protocolo: { situacao: 'Não enviado' },
    });
  });

  it('reads a value under its label across a <br>', () => {
    const page = pagina('recurso-glosa-ipam', '/Faturamento/RecursosGlosa/Editar/52538');
    expect(page.context.recurso).toMatchObject({
      situacao: 'Não enviado',
      dataInclusao: '2026-11-02',
      loteOriginal: '8470',
    });
  });

  it('reads a details table of <th> label, <td> value rows (000)', () => {
    const page = pagina('lote-serpro-faturado', '/Pagamentos/LotesPagamento/Editar/8513');
    expect(page.context.lote).toMatchObject({
      numero: '8513',
      situacao: 'Enviado à operadora',
      protocolo: { numero: '77120', situacao: 'Faturado' },
      operadora: { registroAns: '345474' },
    });
  });

  it('reads an empty inline "Label: " as empty, not the next pair\'s value', () => {
    const page = pagina('lote-ipam-pago', '/Pagamentos/LotesPagamento/Editar/8470');
    expect(page.context.lote?.enviarAte).toBeUndefined();
    expect(page.context.lote).toMatchObject({ dataEnvio: '2026-09-06', dataPagamento: '2026-09-30' });
  });

  it("does not take a grid's heading row of <th> cells for labels of the cells under them", () => {
    const page = pagina('pagamentos-pendentes-nota-salva', '/Faturamento/LotesPagamento/Pendentes');
    expect(page.context.lote).toBeUndefined();
    expect(page.context.pagamento).toMatchObject({ dataPagamento: '2026-11-30', valor: 181.24 });
  });
});

describe("what AngularJS hides (ng-hide) is not read: the third manual-only author's pages (paginas-3)", () => {
  it("the shown one of four ng-show situação spans; Enviar Até shown, not the hidden edit input's", () => {
    const fechado = pagina('lote-pasa-fechado', '/Pagamentos/LotePagamento/Detalhes/5712', 'paginas-3');
    expect(fechado.context.lote).toMatchObject({ situacao: 'Fechado (envio pendente)', enviarAte: '2026-11-23' });
    const vencido = pagina('lote-pasa-enviar-ate-vencido', '/Pagamentos/LotePagamento/Detalhes/5711', 'paginas-3');
    expect(vencido.context.lote).toMatchObject({ situacao: 'Aberto', enviarAte: '2026-11-18' });
    const aberto = pagina('lote-funssest-101-guias', '/Pagamentos/LotePagamento/Detalhes/7958', 'paginas-3');
    expect(aberto.context.lote?.enviarAte).toBeUndefined();
  });

  it('a grid cell without its hidden span ("Cancelada" before "Autorizada")', () => {
    const page = pagina('pesquisa-guias-funssest', '/Autorizacao/PesquisaGuias/Index', 'paginas-3');
    expect(page.pesquisaGuias?.guias.find((g) => g.numero === '71891')).toMatchObject({ situacao: 'Autorizada' });
  });

  it('the recurso\'s Situação under a small label, without the hidden "Enviado"', () => {
    const page = pagina('recurso-glosa-ipam', '/Faturamento/RecursoGlosa/Detalhes/52538', 'paginas-3');
    expect(page.context.recurso).toMatchObject({ situacao: 'Não enviado', dataInclusao: '2026-11-02' });
  });
});
