// Recurso de glosa (only for a protocolo "Faturado", justificativa per glosa code, Vlr. Recursado ≤ glosado)
// and Uploads → Novo (XML only, 15 MB, críticas in the history), over HTTP.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningPortal, startPortal } from './server.ts';
import { type PortalClient, signedIn } from './test-client.ts';
import type { recursoVm, uploadVm } from './viewmodels.ts';

type RecursoVm = ReturnType<typeof recursoVm>;
type Msg = { message: string };

let portal: RunningPortal;
let c: PortalClient;
beforeAll(async () => {
  portal = await startPortal({ port: 0 });
});
afterAll(() => portal.close());
beforeEach(async () => {
  portal.reset();
  c = await signedIn(portal);
});

async function novoRecurso(): Promise<string> {
  const r = await c.post<{ numero: string }>('/api/lotes/8470/recursos');
  expect(r.status).toBe(200);
  return r.body.numero;
}

describe('recurso de glosa', () => {
  it('is refused while the protocolo is not Faturado', async () => {
    const r = await c.post<Msg>('/api/lotes/8483/recursos');
    expect(r.status).toBe(409);
    expect(r.body.message).toBe(
      'O recurso de glosa só pode ser solicitado para protocolos na situação "Faturado". Situação atual do protocolo: "Liberado para Faturamento".',
    );
  });

  it('lists the lote search "para recursar" with only the lotes that allow it', async () => {
    const r = await c.get<{ lotes: { numero: string }[] }>('/api/lotes?recurso=1');
    expect(r.body.lotes.map((l) => l.numero)).toEqual(['8512', '8470']);
  });

  it('opens on a Faturado protocolo with its guias, glosa codes and amounts', async () => {
    const numero = await novoRecurso();
    const { body } = await c.get<{ recurso: RecursoVm }>(`/api/recursos/${numero}`);
    expect(body.recurso).toMatchObject({
      situacao: 'Não enviado',
      nivel: 'Em digitação',
      origem: 'Portal Conecta',
      lote: '8470',
      protocoloOriginal: '103',
      vlrGlosado: 'R$ 200,00',
      vlrRecursado: 'R$ 0,00',
    });
    expect(body.recurso.guias.map((g) => g.glosas)).toEqual(['1705', '1714, 2607']);
    expect(body.recurso.guias[1]!.procedimentos).toHaveLength(1);
    const page = await c.page(`/Pagamentos/RecursoGlosa/Editar/${numero}`);
    for (const fato of [
      '<bc-smart-table id="GuiasGlosadasTable"',
      '<bc-smart-table id="ProcedimentosGlosadosTable"',
      'id="bcRecursar"',
      'Recursar Procedimento',
      '<bc-modal-justificar-glosa',
      'GUIAS COM GLOSAS A RECURSAR',
    ]) {
      expect(page.html).toContain(fato);
    }
  });

  it('asks one justificativa per glosa code and refuses a Vlr. Recursado above the glosado', async () => {
    const numero = await novoRecurso();
    const guia = portal.state.lote(8470)!.guias[1]!;
    const chave = `proc:${guia}:1`;
    const alvo = await c.get<{ titulo: string; vlrGlosado: string; glosas: { codigo: string; descricao: string }[] }>(
      `/api/recursos/${numero}/alvo?chave=${encodeURIComponent(chave)}`,
    );
    expect(alvo.body.titulo).toBe('Justificar a Nível de Procedimento');
    expect(alvo.body.vlrGlosado).toBe('R$ 100,00');
    expect(alvo.body.glosas.map((g) => `${g.codigo}: ${g.descricao}`)).toEqual([
      '1714: VALOR DO SERVIÇO SUPERIOR AO VALOR DE TABELA',
      '2607: COBRANÇA DE HONORÁRIOS EM DUPLICIDADE.',
    ]);

    const acima = await c.post<Msg>(`/api/recursos/${numero}/justificativas`, {
      chave,
      valorRecursado: 'R$ 100,01',
      justificativas: [
        { codigo: '1714', justificativa: 'Valor conforme contrato.' },
        { codigo: '2607', justificativa: 'Não houve duplicidade.' },
      ],
    });
    expect(acima.status).toBe(400);
    expect(acima.body.message).toBe('O Vlr. Recursado não pode ser maior que o Vlr. Glosado.');

    const faltando = await c.post<Msg>(`/api/recursos/${numero}/justificativas`, {
      chave,
      valorRecursado: '80,00',
      justificativas: [{ codigo: '1714', justificativa: 'Valor conforme contrato.' }],
    });
    expect(faltando.body.message).toBe('Informe a justificativa da glosa 2607.');

    const ok = await c.post<{ recurso: RecursoVm }>(`/api/recursos/${numero}/justificativas`, {
      chave,
      valorRecursado: '80,00',
      justificativas: [
        { codigo: '1714', justificativa: 'Valor conforme contrato.' },
        { codigo: '2607', justificativa: 'Não houve duplicidade.' },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.recurso.vlrRecursado).toBe('R$ 80,00');
    expect(ok.body.recurso.guias[1]!.vlrRecursado).toBe('R$ 80,00');
  });

  it('is sent ("Enviando") and then can no longer be changed or deleted; it cannot be sent empty', async () => {
    const numero = await novoRecurso();
    const vazio = await c.post<Msg>(`/api/recursos/${numero}/enviar`);
    expect(vazio.status).toBe(409);
    expect(vazio.body.message).toBe('Informe ao menos uma justificativa antes de enviar o recurso.');
    await c.post(`/api/recursos/${numero}/justificativas`, {
      chave: 'lote',
      justificativas: ['1705', '1714', '2607'].map((codigo) => ({ codigo, justificativa: 'Conforme contrato.' })),
    });
    const enviado = await c.post<{ recurso: RecursoVm }>(`/api/recursos/${numero}/enviar`);
    expect(enviado.body.recurso).toMatchObject({ situacao: 'Enviando', vlrRecursado: 'R$ 200,00', podeEditar: false });
    expect((await c.post<Msg>(`/api/recursos/${numero}/excluir`)).status).toBe(409);
  });

  it('accepts anexos only in the listed formats', async () => {
    const numero = await novoRecurso();
    const exe = await c.upload<Msg>(`/api/recursos/${numero}/anexos`, new Uint8Array(5), 'programa.exe', '05-JUSTIFIC');
    expect(exe.status).toBe(400);
    expect(exe.body.message).toBe(
      'Formato de arquivo não aceito. Formatos de arquivo aceitos: DOC, DOCX, XLS, PDF, JPEG, PNG, JPG, ZIP, RAR',
    );
    const pdf = await c.upload<{ recurso: RecursoVm }>(
      `/api/recursos/${numero}/anexos`,
      new Uint8Array(5),
      'justificativa.pdf',
      '05-JUSTIFIC',
    );
    expect(pdf.body.recurso.anexos.map((a) => [a.tipoDocumento, a.situacao])).toEqual([
      ['05-JUSTIFIC', 'Envio Pendente'],
    ]);
  });
});

describe('Uploads → Novo', () => {
  type Upload = ReturnType<typeof uploadVm>;
  const fixture = readFileSync(new URL('../fixtures/tiss/valid/consulta-3-guias.xml', import.meta.url));

  it('takes a TISS XML, answers "Arquivo(s) enviado(s) para processamento..." and lists it first with 0 críticas', async () => {
    const r = await c.upload<{ upload: Upload; mensagem: string }>('/api/uploads', fixture, 'lote-8435.xml');
    expect(r.status).toBe(200);
    expect(r.body.mensagem).toBe('Arquivo(s) enviado(s) para processamento...');
    const historico = (await c.get<{ uploads: Upload[] }>('/api/uploads')).body.uploads;
    expect(historico[0]).toMatchObject({ arquivo: 'lote-8435.xml', criticas: '0', numeroLote: '000000000101' });
    expect(historico).toHaveLength(3);
  });

  it('lists críticas for a malformed XML and for a TISS version the portal does not accept', async () => {
    const quebrado = await c.upload<{ upload: Upload }>(
      '/api/uploads',
      new TextEncoder().encode('<?xml version="1.0"?>\n<ans:mensagemTISS>\n<ans:cabecalho>\n</ans:mensagemTISS>'),
      'quebrado.xml',
    );
    expect(quebrado.body.upload.criticas).toBe('1');
    expect(quebrado.body.upload.mensagensCriticas[0]).toMatch(/^Arquivo XML mal formado \(linha 4, coluna \d+\)/);

    const antigo = await c.upload<{ upload: Upload }>(
      '/api/uploads',
      new TextEncoder().encode(fixture.toString('latin1').replace('<ans:Padrao>4.01.00', '<ans:Padrao>3.05.00')),
      'antigo.xml',
    );
    expect(antigo.body.upload.mensagensCriticas).toEqual([
      'Versão do Padrão TISS 3.05.00 não aceita. Versões aceitas: 4.01.00, 4.02.00.',
    ]);
  });

  it('refuses files that are not XML and files over 15 MB', async () => {
    const pdf = await c.upload<Msg>('/api/uploads', new Uint8Array(10), 'lote.pdf');
    expect(pdf.status).toBe(400);
    expect(pdf.body.message).toBe('Formato de arquivo não aceito. Formatos de arquivo aceitos: XML');
    const grande = await c.upload<Msg>('/api/uploads', new Uint8Array(15 * 1024 * 1024 + 1), 'grande.xml');
    expect(grande.status).toBe(413);
    expect(grande.body.message).toBe('O arquivo "grande.xml" excede o tamanho máximo de 15 MB.');
    expect((await c.get<{ uploads: Upload[] }>('/api/uploads')).body.uploads).toHaveLength(2);
  });
});
