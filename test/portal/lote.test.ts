// Lote de pagamento behaviour over HTTP, as a clerk meets it: fechar/enviar, anexos only while Aberto,
// the 100-guia limit the portal itself enforces, Adicionar Guias and Digitar Guia → Salvar.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningPortal, startPortal } from './server.ts';
import { login, type PortalClient, signedIn } from './test-client.ts';
import type { loteDetalheVm } from './viewmodels.ts';

type LoteVm = ReturnType<typeof loteDetalheVm>;
type Msg = { message: string };

let portal: RunningPortal;
let c: PortalClient;
const hoje = new Date('2026-11-20T15:00:00Z');

beforeAll(async () => {
  portal = await startPortal({ port: 0, now: () => hoje });
});
afterAll(() => portal.close());
beforeEach(async () => {
  portal.reset();
  c = await signedIn(portal);
});

const lote = async (n: number) => (await c.get<{ lote: LoteVm }>(`/api/lotes/${n}`)).body.lote;

function guiaSpSadt(extra: Record<string, unknown> = {}) {
  return {
    tipo: 'sp-sadt',
    numeroGuiaPrestador: '90001',
    beneficiario: '9999900000000005 | BENEFICIARIO TESTE 05',
    solicitante: { nome: 'MEDICO TESTE 01', conselho: 'CRM', numero: '3233', uf: 'RS', cbo: '225125 - Médico clínico' },
    executante: { nome: 'MEDICO TESTE 01', conselho: 'CRM', numero: '3233', uf: 'RS', cbo: '225125 - Médico clínico' },
    caraterAtendimento: 'Eletivo',
    procedimentos: [{ codigo: '41101014', dataRealizacao: '18/11/2026', quantidade: '1', valorUnitario: '520,00' }],
    ...extra,
  };
}

describe('Lotes de Pagamento search', () => {
  const numeros = async (query: string) =>
    (await c.get<{ lotes: { numero: string }[] }>(`/api/lotes${query}`)).body.lotes.map((l) => l.numero);

  it('lists every lote, newest number first, and narrows by each filter', async () => {
    expect(await numeros('')).toEqual([
      '8516',
      '8515',
      '8514',
      '8513',
      '8512',
      '8511',
      '8510',
      '8505',
      '8504',
      '8503',
      '8502',
      '8501',
      '8483',
      '8470',
      '8436',
      '8435',
    ]);
    expect(await numeros('?protocolo=103')).toEqual(['8470']);
    expect(await numeros('?numero=8503')).toEqual(['8503']);
    expect(await numeros('?operadora=345474')).toEqual(['8513', '8504', '8503']);
    expect(await numeros('?tipoGuia=Consulta&situacaoProtocolo=N%C3%A3o%20enviado')).toEqual([
      '8516',
      '8511',
      '8505',
      '8435',
    ]);
    // Período de Registros: Data Inclusão between the two dates (dd/mm/aaaa), inclusive.
    expect(await numeros('?de=01%2F10%2F2026&ate=31%2F10%2F2026')).toEqual(['8515', '8510', '8483', '8470', '8436']);
    expect(await numeros('?protocolo=999')).toEqual([]);
  });
});

describe('lote situação', () => {
  it('moves Aberto → Fechado (envio pendente) → Enviando → Enviado à operadora, with a protocolo at the end', async () => {
    const fechado = await c.post<{ lote: LoteVm }>('/api/lotes/8504/fechar');
    expect(fechado.status).toBe(200);
    expect(fechado.body.lote.situacao).toBe('Fechado (envio pendente)');
    expect(fechado.body.lote.dataFechamento).toBe('20/11/2026');
    // 000 Q1–Q2: anexos are still accepted after the lote leaves Aberto.
    expect(fechado.body.lote.acoes).toMatchObject({ fechar: false, enviar: true, reabrir: true, incluirAnexo: true });

    const enviando = await c.post<{ lote: LoteVm }>('/api/lotes/8504/enviar');
    expect(enviando.body.lote.situacao).toBe('Enviando');
    expect(enviando.body.lote.mensagemEnvio).toBe(
      'O lote de pagamento foi enviado para processamento. Você será notificado quando o processamento for concluído.',
    );
    expect(enviando.body.lote.protocolo).toBe('');

    const enviado = await c.post<{ lote: LoteVm }>('/api/lotes/8504/verificar-envio');
    expect(enviado.body.lote.situacao).toBe('Enviado à operadora');
    expect(enviado.body.lote.protocolo).toMatch(/^\d+$/);
    expect(enviado.body.lote.situacaoProtocolo).toBe('Enviada para a operadora');
    expect(enviado.body.lote.anexos.map((a) => a.situacao)).toEqual(['Enviado']);
  });

  it('refuses to send a lote that was not closed, and to close one without guias', async () => {
    const r = await c.post<Msg>('/api/lotes/8504/enviar');
    expect(r.status).toBe(409);
    expect(r.body.message).toContain('feche o lote');
    expect((await lote(8504)).situacao).toBe('Aberto');

    const vazio = await c.post<Msg>('/api/lotes/8435/fechar');
    expect(vazio.status).toBe(409);
    expect(vazio.body.message).toBe('Não é possível fechar um lote sem guias.');
  });

  it('reopens a closed lote', async () => {
    const r = await c.post<{ lote: LoteVm }>('/api/lotes/8503/reabrir');
    expect(r.body.lote.situacao).toBe('Aberto');
    expect(r.body.lote.dataFechamento).toBe('');
  });

  it('moves a received protocolo into analysis on "Atualizar Situação Protocolo"', async () => {
    const r = await c.post<{ lote: LoteVm }>('/api/lotes/8436/atualizar-situacao');
    expect(r.body.lote.situacaoProtocolo).toBe('Em análise pela Operadora');
  });
});

describe('anexos do lote', () => {
  it('adds an anexo to an Aberto lote as "Envio Pendente", keeping only name and size', async () => {
    const r = await c.upload<{ lote: LoteVm }>(
      '/api/lotes/8504/anexos',
      new Uint8Array(2048),
      'laudo ressonância.pdf',
      '04-INDICACAO CLINICA',
    );
    expect(r.status).toBe(200);
    const novo = r.body.lote.anexos.at(-1)!;
    expect(novo).toMatchObject({
      tipoDocumento: '04-INDICACAO CLINICA',
      nomeArquivo: 'laudo ressonância.pdf',
      situacao: 'Envio Pendente',
      data: '20/11/2026',
    });
    expect(portal.state.lote(8504)!.anexos.at(-1)!.tamanho).toBe(2048);
  });

  it('takes anexos after the lote left Aberto, and refuses them once the protocolo is Faturado (000 Q1, Q2)', async () => {
    const fechado = await c.upload<{ lote: LoteVm }>(
      '/api/lotes/8503/anexos',
      new Uint8Array(10),
      'laudo.pdf',
      '04-INDICACAO CLINICA',
    );
    expect(fechado.status).toBe(200);
    expect(fechado.body.lote.anexos).toHaveLength(1);
    const r = await c.upload<Msg>('/api/lotes/8470/anexos', new Uint8Array(10), 'laudo.pdf', '04-INDICACAO CLINICA');
    expect(r.status).toBe(409);
    expect(r.body.message).toBe('Não é permitido incluir anexos em lotes na situação "Faturado".');
    expect((await lote(8470)).anexos).toHaveLength(1);
    expect((await lote(8470)).acoes.incluirAnexo).toBe(false);
  });

  it('refuses a file over 15 MB and one without a tipo de documento', async () => {
    const grande = await c.upload<Msg>(
      '/api/lotes/8504/anexos',
      new Uint8Array(15 * 1024 * 1024 + 1),
      'exames.pdf',
      '03-EXAMES COMPLEMENTARES',
    );
    expect(grande.status).toBe(413);
    expect(grande.body.message).toBe('O arquivo "exames.pdf" excede o tamanho máximo de 15 MB.');
    const semTipo = await c.upload<Msg>('/api/lotes/8504/anexos', new Uint8Array(10), 'exames.pdf');
    expect(semTipo.status).toBe(400);
    expect(semTipo.body.message).toBe('Selecione o tipo de documento.');
    expect((await lote(8504)).anexos).toHaveLength(1);
  });

  it('accepts a file of exactly 15 MB', async () => {
    const r = await c.upload('/api/lotes/8504/anexos', new Uint8Array(15 * 1024 * 1024), 'ok.pdf', '05-JUSTIFIC');
    expect(r.status).toBe(200);
  });
});

describe('limit of 100 guias per lote', () => {
  it('states the count the way the portal does', async () => {
    expect((await lote(8501)).mensagemGuias).toBe(
      'Este lote já possui 100 guias. Limite máximo permitido por lote é de 100 guias.',
    );
    expect((await lote(8435)).mensagemGuias).toBe(
      'Este lote já possui 0 guia. Limite máximo permitido por lote é de 100 guias.',
    );
  });

  it('refuses a 101st guia typed into a full lote and keeps the lote at 100', async () => {
    const r = await c.post<Msg>('/api/guias', guiaSpSadt({ lote: '8501' }));
    expect(r.status).toBe(409);
    expect(r.body.message).toBe(
      'Não foi possível adicionar a guia: o lote 8501 já possui 100 guias. Limite máximo permitido por lote é de 100 guias.',
    );
    expect((await lote(8501)).quantidadeGuias).toBe(100);
    expect(portal.state.guia('90001')).toBeUndefined();
  });

  it('takes the 100th guia into a lote of 99', async () => {
    const r = await c.post<{ numero: string; lote: string }>('/api/guias', guiaSpSadt({ lote: '8502' }));
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ numero: '90001', lote: '8502' });
    const l = await lote(8502);
    expect(l.quantidadeGuias).toBe(100);
    expect(l.guias.at(-1)).toMatchObject({
      numero: '90001',
      beneficiario: '9999900000000005 - BENEFICIARIO TESTE 05',
      vlrInformado: 'R$ 520,00',
    });
    // 004 § 9.2 b: the guias grid shows no procedures and no atendimento dates.
    expect(Object.keys(l.guias.at(-1)!).join(' ')).not.toMatch(/procedimento|detalhe|realizacao/i);
  });

  it('refuses adding typed guias beyond 100 through "Adicionar Guias"', async () => {
    const semLote = (await c.get<{ guias: { numero: string }[] }>('/api/guias?tipoGuia=Cobran%C3%A7a%20SP%2FSADT')).body
      .guias;
    expect(semLote.length).toBeGreaterThan(0);
    const r = await c.post<Msg>('/api/lotes/8501/guias', { guias: [semLote[0]!.numero] });
    expect(r.status).toBe(409);
    expect(r.body.message).toContain('Limite máximo permitido por lote é de 100 guias.');
  });
});

describe('Adicionar Guias and Digitar Guia', () => {
  it('lists guias without lote and adds the chosen ones to an open lote of the same tipo', async () => {
    const consultas = (await c.get<{ guias: { numero: string; tipo: string }[] }>('/api/guias?tipoGuia=Consulta')).body
      .guias;
    expect(consultas.map((g) => g.tipo)).toEqual(['Consulta']);
    const r = await c.post<{ lote: LoteVm }>('/api/lotes/8435/guias', { guias: [consultas[0]!.numero] });
    expect(r.status).toBe(200);
    expect(r.body.lote.quantidadeGuias).toBe(1);
    expect(r.body.lote.mensagemGuias).toBe(
      'Este lote já possui 1 guia. Limite máximo permitido por lote é de 100 guias.',
    );
    const depois = (await c.get<{ guias: unknown[] }>('/api/guias?tipoGuia=Consulta')).body.guias;
    expect(depois).toHaveLength(0);
  });

  it('refuses a guia of another tipo', async () => {
    const sadt = (await c.get<{ guias: { numero: string }[] }>('/api/guias?tipoGuia=Cobran%C3%A7a%20SP%2FSADT')).body
      .guias;
    const r = await c.post<Msg>('/api/lotes/8435/guias', { guias: [sadt[0]!.numero] });
    expect(r.status).toBe(409);
    expect(r.body.message).toContain('este lote aceita somente guias do tipo Consulta');
  });

  it('gives a guia typed for a lote the operadora of that lote, whatever the header picker says', async () => {
    const r = await c.post<{ lote: string }>('/api/guias', guiaSpSadt({ lote: '8504', numeroGuiaPrestador: '90002' }));
    expect(r.body.lote).toBe('8504');
    expect(portal.state.guia('90002')!.operadora.nome).toBe('PAS SERPRO');
    const page = await c.page('/Guias/SpSadt/FaturamentoNovaGuiaEletiva?lote=8504');
    expect(page.html).toContain('PAS SERPRO - ANS nº 345474');
  });

  it('saves a typed guia without lote (it is not sent to the operadora yet)', async () => {
    const r = await c.post<{ numero: string; lote: string }>('/api/guias', guiaSpSadt());
    expect(r.body).toEqual({ numero: '90001', lote: '' });
    expect(portal.state.guia('90001')!.lote).toBeUndefined();
  });

  it('refuses a Data Realização in the future, an unknown beneficiário and a repeated Nº Guia Prestador', async () => {
    const futura = await c.post<Msg>(
      '/api/guias',
      guiaSpSadt({
        procedimentos: [{ codigo: '10101012', dataRealizacao: '21/11/2026', quantidade: '1', valorUnitario: '80,00' }],
      }),
    );
    expect(futura.status).toBe(400);
    expect(futura.body.message).toBe('Data Realização do item 1 não pode ser posterior a hoje.');

    const invalida = await c.post<Msg>(
      '/api/guias',
      guiaSpSadt({
        procedimentos: [{ codigo: '10101012', dataRealizacao: '31/02/2026', quantidade: '1', valorUnitario: '80,00' }],
      }),
    );
    expect(invalida.body.message).toBe('Data Realização inválida no item 1: use dd/mm/aaaa.');

    const ninguem = await c.post<Msg>('/api/guias', guiaSpSadt({ beneficiario: 'FULANO' }));
    expect(ninguem.body.message).toBe('Beneficiário não encontrado: informe o nome ou o número da carteirinha.');

    const repetida = await c.post<Msg>('/api/guias', guiaSpSadt({ numeroGuiaPrestador: '71800' }));
    expect(repetida.status).toBe(409);
    expect(repetida.body.message).toBe('Já existe uma guia com o Nº Guia Prestador 71800.');
  });

  it('creates a Novo Lote of the chosen Tipo de Guia, Aberto and empty', async () => {
    const res = await fetch(`${portal.url}/Pagamentos/LotePagamento/Novo`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: (await login(portal)).cookie ?? '', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ TipoGuia: 'Consulta' }).toString(),
    });
    expect(res.status).toBe(302);
    const numero = Number(res.headers.get('location')!.split('/').pop());
    const novo = await lote(numero);
    expect(novo).toMatchObject({
      situacao: 'Aberto',
      tipoGuia: 'Consulta',
      quantidadeGuias: 0,
      operadora: 'PASA | 331988',
    });
  });
});

describe('clock', () => {
  it('dates a new lote by the São Paulo calendar (22:30 in Brasília is still the same day)', async () => {
    const noite = await startPortal({ port: 0, now: () => new Date('2026-11-21T01:30:00Z') });
    try {
      const r = noite.state.criarLote('331988', 'Consulta');
      if (!r.ok) throw new Error(r.message);
      expect(r.value.dataInclusao).toBe('2026-11-20');
      expect(noite.state.registrarUpload('a.xml', [], '').dataHora).toBe('2026-11-20 22:30');
    } finally {
      await noite.close();
    }
  });
});

describe('instances and reset', () => {
  it('restores the seed on reset (also over POST /__test__/reset) and keeps state per instance', async () => {
    await c.post('/api/lotes/8504/fechar');
    const outro = await startPortal({ port: 0 });
    try {
      const c2 = await signedIn(outro);
      expect((await c2.get<{ lote: LoteVm }>('/api/lotes/8504')).body.lote.situacao).toBe('Aberto');
    } finally {
      await outro.close();
    }
    expect((await lote(8504)).situacao).toBe('Fechado (envio pendente)');
    const r = await fetch(`${portal.url}/__test__/reset`, { method: 'POST' });
    expect(r.status).toBe(200);
    c = await signedIn(portal);
    expect((await lote(8504)).situacao).toBe('Aberto');
  });
});
