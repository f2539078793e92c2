// Pagamentos Pendentes with the nota fiscal (004 § 11) and Documentos Anexos > Com falha no Envio (000 Q6),
// over HTTP: what the pages list and the transitions the manuals describe.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningPortal, startPortal } from './server.ts';
import { type PortalClient, signedIn } from './test-client.ts';
import type { documentoComFalhaVm, pagamentoVm } from './viewmodels.ts';

type PagamentoVm = ReturnType<typeof pagamentoVm>;
type Msg = { message: string };

let portal: RunningPortal;
let c: PortalClient;
const hoje = new Date('2026-11-20T12:00:00-03:00');
beforeAll(async () => {
  portal = await startPortal({ port: 0, now: () => hoje });
});
afterAll(() => portal.close());
beforeEach(async () => {
  portal.reset();
  c = await signedIn(portal);
});

const pagamentos = async () =>
  (await c.get<{ pagamentos: PagamentoVm[] }>('/api/pagamentos?operadora=999991')).body.pagamentos;

describe('Pagamentos Pendentes and the nota fiscal (004 § 11)', () => {
  it("lists IPAM's payments awaiting a nota fiscal, with the prévia's Valor Base", async () => {
    const [aguardando, salva] = await pagamentos();
    expect(aguardando).toMatchObject({
      dataPagamento: '28/11/2026',
      status: 'Aguardando Nota Fiscal',
      valorPagamento: 'R$ 181,24',
      notas: [],
    });
    expect(aguardando!.bases[0]).toMatchObject({ valorBase: 'R$ 181,24', irrf: 'R$ 2,17', liquido: 'R$ 179,07' });
    expect(salva!.notas).toEqual([
      { numero: '12121', status: '', valor: 'R$ 250,00', serie: '1', emissao: '19/11/2026', anexo: 'nf_12121.pdf' },
    ]);
    expect((await c.get<{ pagamentos: unknown[] }>('/api/pagamentos?operadora=331988')).body.pagamentos).toEqual([]);
  });

  it('saves the nota, takes its PDF and sends it: the nota and the payment go "Em Análise"', async () => {
    const semArquivo = await c.post<Msg>('/api/pagamentos/1/notas/enviar');
    expect(semArquivo.status).toBe(409);
    const salva = await c.post<{ pagamento: PagamentoVm }>('/api/pagamentos/1/notas', {
      numero: '12122',
      serie: '1',
      valor: '181,24',
      emissao: '19/11/2026',
    });
    expect(salva.status).toBe(200);
    expect(salva.body.pagamento.notas).toMatchObject([{ numero: '12122', status: '', valor: 'R$ 181,24' }]);
    const sem = await c.post<Msg>('/api/pagamentos/1/notas/enviar');
    expect(sem.body.message).toBe('Anexe o arquivo da nota fiscal antes de enviá-la.');
    const txt = await c.upload<Msg>('/api/pagamentos/1/notas/anexo', new Uint8Array(10), 'nota.txt');
    expect(txt.status).toBe(400);
    expect(txt.body.message).toContain('DOC, DOCX, XLS, PDF, JPEG, PNG, ZIP, RAR');
    expect((await c.upload('/api/pagamentos/1/notas/anexo', new Uint8Array(10), 'nota.pdf')).status).toBe(200);
    const enviada = await c.post<{ pagamento: PagamentoVm }>('/api/pagamentos/1/notas/enviar');
    expect(enviada.body.pagamento).toMatchObject({ status: 'Em Análise', notas: [{ status: 'Em Análise' }] });
  });

  it('refuses a nota without its required fields', async () => {
    const r = await c.post<Msg>('/api/pagamentos/1/notas', {
      numero: '',
      serie: '1',
      valor: '1,00',
      emissao: '19/11/2026',
    });
    expect(r.status).toBe(400);
    expect(r.body.message).toBe('O campo Nº Nota Fiscal é obrigatório.');
  });
});

describe('Documentos Anexos > Com falha no Envio (000 Q6)', () => {
  it('lists the failed document of lote 8513 and resends it', async () => {
    const lista = async () =>
      (await c.get<{ documentos: ReturnType<typeof documentoComFalhaVm>[] }>('/api/documentos-anexos/com-falha')).body
        .documentos;
    expect(await lista()).toEqual([
      {
        numero: '2451',
        tipoGuia: 'Cobrança SP/SADT',
        guiaOuLote: '8513',
        tipoDocumento: '04-INDICACAO CLINICA',
        data: '09/11/2026',
        motivo: 'Não encontrada tipo de documento válido com código 114.',
      },
    ]);
    expect((await c.post('/api/documentos-anexos/2451/reenviar')).status).toBe(200);
    expect(await lista()).toEqual([]);
    expect(portal.state.lote(8513)!.anexos.map((a) => a.situacao)).toEqual(['Enviado', 'Enviado']);
  });
});
