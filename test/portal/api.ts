// JSON endpoints the Angular widgets call. Input is checked with zod; every refusal carries the portal's
// pt-BR message so the page can show it the way the real portal would.
import * as z from 'zod';
import { criticarXml } from './criticas-xml.ts';
import { centavos, dataIso, reais } from './format.ts';
import { readBody, sendJson } from './http.ts';
import type { Ctx, Route } from './router.ts';
import { CNES, PRESTADOR } from './seed.ts';
import {
  type Anexo,
  type Lote,
  type Procedimento,
  type Result,
  TAMANHO_MAXIMO_ANEXO,
  type TipoGuia,
  validarArquivoAnexo,
} from './state.ts';
import { pesquisarTermos, termo } from './termos.ts';
import {
  autorizacaoListaVm,
  documentoComFalhaVm,
  guiaEncontradaVm,
  loteDetalheVm,
  loteListaVm,
  pagamentoVm,
  recursoVm,
  uploadVm,
} from './viewmodels.ts';

const MAX_JSON = 1024 * 1024;

async function jsonBody<T>(ctx: Ctx, schema: z.ZodType<T>): Promise<Result<T>> {
  let raw: unknown;
  try {
    raw = JSON.parse((await readBody(ctx.req, MAX_JSON)).toString('utf8') || '{}');
  } catch {
    return { ok: false, status: 400, message: 'Requisição inválida.' };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? 'Requisição inválida.' };
  }
  return { ok: true, value: parsed.data };
}

function reply<T>(ctx: Ctx, r: Result<T>, body: (v: T) => unknown): void {
  if (!r.ok) sendJson(ctx.res, r.status, { message: r.message });
  else sendJson(ctx.res, 200, body(r.value));
}

const loteVm = (ctx: Ctx) => (lote: Lote) => ({ lote: loteDetalheVm(ctx.state, lote) });

function header(ctx: Ctx, name: string): string {
  const v = ctx.req.headers[name];
  try {
    return decodeURIComponent(typeof v === 'string' ? v : '');
  } catch {
    return '';
  }
}

/** Reads an uploaded file body (raw bytes, name in X-File-Name); size refusals keep the portal's wording. */
async function arquivoEnviado(ctx: Ctx): Promise<Result<{ nome: string; bytes: Buffer }>> {
  const declarado = Number(ctx.req.headers['content-length'] ?? 0);
  const nome = header(ctx, 'x-file-name');
  if (declarado > TAMANHO_MAXIMO_ANEXO) {
    ctx.req.resume();
    return { ok: false, status: 413, message: `O arquivo "${nome}" excede o tamanho máximo de 15 MB.` };
  }
  const bytes = await readBody(ctx.req, TAMANHO_MAXIMO_ANEXO);
  return { ok: true, value: { nome, bytes } };
}

function decodeXml(bytes: Buffer): string {
  const head = bytes.subarray(0, 200).toString('latin1');
  const enc = /encoding=["']([\w-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  return new TextDecoder(enc === 'iso-8859-1' || enc === 'latin1' ? 'latin1' : 'utf-8').decode(bytes);
}

const profissionalSchema = z.object({
  nome: z.string().trim().min(1, 'Informe o Nome do Profissional.'),
  conselho: z.string().trim().min(1, 'Informe o Conselho Profissional.'),
  numero: z.string().trim().min(1, 'Informe o Número Registro.'),
  uf: z.string().trim().length(2, 'Informe a UF.'),
  cbo: z.string().trim().min(1, 'Informe o CBO.'),
});

const guiaSchema = z.object({
  tipo: z.enum(['sp-sadt', 'consulta', 'odonto']),
  lote: z.string().regex(/^\d*$/).optional(),
  numeroGuiaPrestador: z
    .string()
    .trim()
    .regex(/^\d{1,20}$/, 'Informe o Nº Guia Prestador (somente números).'),
  beneficiario: z.string().trim().min(1, 'Informe o Beneficiário.'),
  solicitante: profissionalSchema.optional(),
  executante: profissionalSchema,
  caraterAtendimento: z.string().optional(),
  tipoConsulta: z.string().optional(),
  procedimentos: z
    .array(
      z.object({
        codigo: z.string().trim().min(1),
        dataRealizacao: z.string(),
        quantidade: z.union([z.number(), z.string()]),
        valorUnitario: z.string(),
      }),
    )
    .min(1, 'Inclua ao menos um procedimento.'),
  anexos: z
    .array(z.object({ tipoDocumento: z.string(), nomeArquivo: z.string(), tamanho: z.number().nonnegative() }))
    .default([]),
});

function salvarGuia(ctx: Ctx, input: z.infer<typeof guiaSchema>): Result<unknown> {
  const state = ctx.state;
  const texto = input.beneficiario;
  const carteira = texto.split('|')[0]!.trim();
  const beneficiario = state.data.beneficiarios.find((b) => b.carteira === carteira || b.nome === texto.toUpperCase());
  if (!beneficiario) {
    return {
      ok: false,
      status: 400,
      message: 'Beneficiário não encontrado: informe o nome ou o número da carteirinha.',
    };
  }
  const procedimentos: Procedimento[] = [];
  for (const [i, p] of input.procedimentos.entries()) {
    const t = termo(p.codigo);
    if (!t) return { ok: false, status: 400, message: `Procedimento ${p.codigo} não encontrado na tabela.` };
    const data = dataIso(p.dataRealizacao);
    if (!data) return { ok: false, status: 400, message: `Data Realização inválida no item ${i + 1}: use dd/mm/aaaa.` };
    if (data > state.today()) {
      return { ok: false, status: 400, message: `Data Realização do item ${i + 1} não pode ser posterior a hoje.` };
    }
    const quantidade = Number(String(p.quantidade).replace(',', '.'));
    if (!Number.isFinite(quantidade) || quantidade <= 0) {
      return { ok: false, status: 400, message: `Quantidade inválida no item ${i + 1}.` };
    }
    const valor = centavos(p.valorUnitario);
    if (valor === undefined)
      return { ok: false, status: 400, message: `Vlr. Unit. Inform. inválido no item ${i + 1}.` };
    procedimentos.push({
      sequencial: i + 1,
      codigo: t.codigo,
      descricao: t.descricao,
      dataRealizacao: data,
      quantidade,
      valorUnitario: valor,
      glosas: [],
    });
  }
  // A guia typed for a lote belongs to that lote's operadora; otherwise to the one picked in the header.
  const operadora =
    (input.lote ? state.lote(Number(input.lote))?.operadora : undefined) ??
    state.operadora(ctx.sessao?.operadora ?? '') ??
    state.data.operadoras[0]!;
  const anexos: Anexo[] = [];
  for (const a of input.anexos) {
    const erro = validarArquivoAnexo(a.tipoDocumento, a.nomeArquivo, a.tamanho);
    if (erro) return { ok: false, ...erro };
    anexos.push(state.novoDocumento(a.tipoDocumento, a.nomeArquivo, a.tamanho));
  }
  const tipo: TipoGuia =
    input.tipo === 'sp-sadt' ? 'Cobrança SP/SADT' : input.tipo === 'odonto' ? 'Tratamento Odontológico' : 'Consulta';
  const r = state.salvarGuia(
    {
      tipo,
      operadora,
      beneficiario,
      ...(input.solicitante ? { solicitante: input.solicitante } : {}),
      executante: { contratado: PRESTADOR, cnes: CNES, profissional: input.executante },
      ...(input.tipoConsulta ? { tipoConsulta: input.tipoConsulta } : {}),
      ...(input.caraterAtendimento ? { caraterAtendimento: input.caraterAtendimento } : {}),
      procedimentos,
      anexos,
    },
    input.lote ? Number(input.lote) : undefined,
    input.numeroGuiaPrestador,
  );
  if (!r.ok) return r;
  return { ok: true, value: { numero: r.value.numero, lote: r.value.lote === undefined ? '' : String(r.value.lote) } };
}

const numero = (ctx: Ctx) => Number(ctx.params[0]);

const loteAcao = (path: string, acao: (ctx: Ctx) => Result<Lote>): Route => ({
  method: 'POST',
  pattern: new RegExp(`^/api/lotes/(\\d+)/${path}$`),
  handler: (ctx) => reply(ctx, acao(ctx), loteVm(ctx)),
});

export const apiRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/lotes$/,
    handler: (ctx) => {
      const q = ctx.url.searchParams;
      const f = (k: string) => (q.get(k) ?? '').trim();
      const de = dataIso(f('de'));
      const ate = dataIso(f('ate'));
      const lotes = ctx.state.data.lotes
        .filter((l) => !f('operadora') || l.operadora.ans === f('operadora'))
        .filter((l) => !f('numero') || String(l.numero) === f('numero'))
        .filter((l) => !f('protocolo') || l.protocolo === f('protocolo'))
        .filter((l) => !f('tipoGuia') || l.tipoGuia === f('tipoGuia'))
        .filter((l) => !f('situacaoProtocolo') || l.situacaoProtocolo === f('situacaoProtocolo'))
        .filter((l) => !de || l.dataInclusao >= de)
        .filter((l) => !ate || l.dataInclusao <= ate)
        .map((l) => loteListaVm(ctx.state, l))
        .filter((l) => q.get('recurso') !== '1' || l.permiteRecurso)
        .sort((a, b) => Number(b.numero) - Number(a.numero));
      sendJson(ctx.res, 200, { lotes });
    },
  },
  {
    // Pesquisa de Guias (004 § 6): the header's operadora, then the filters of the page.
    method: 'GET',
    pattern: /^\/api\/autorizacoes$/,
    handler: (ctx) => {
      const q = ctx.url.searchParams;
      const f = (k: string) => (q.get(k) ?? '').trim();
      const de = dataIso(f('de'));
      const ate = dataIso(f('ate'));
      const beneficiario = f('beneficiario').toUpperCase();
      const guias = ctx.state.data.autorizacoes
        .filter((a) => !f('operadora') || a.operadora.ans === f('operadora'))
        .filter((a) => !beneficiario || `${a.beneficiario.carteira} ${a.beneficiario.nome}`.includes(beneficiario))
        .filter((a) => !f('numero') || String(a.numero) === f('numero'))
        .filter((a) => !f('senha') || a.guiaOperadora === f('senha') || a.senha === f('senha'))
        .filter((a) => !f('tipo') || a.tipo === f('tipo'))
        .filter((a) => !f('situacao') || a.situacao === f('situacao'))
        .filter((a) => !de || a.dataSolicitacao.slice(0, 10) >= de)
        .filter((a) => !ate || a.dataSolicitacao.slice(0, 10) <= ate)
        .sort((a, b) => b.dataSolicitacao.localeCompare(a.dataSolicitacao))
        .map(autorizacaoListaVm);
      sendJson(ctx.res, 200, { guias });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/lotes\/(\d+)$/,
    handler: (ctx) => {
      const lote = ctx.state.lote(numero(ctx));
      if (!lote) return sendJson(ctx.res, 404, { message: `Lote ${numero(ctx)} não encontrado.` });
      sendJson(ctx.res, 200, loteVm(ctx)(lote));
    },
  },
  loteAcao('fechar', (ctx) => ctx.state.fecharLote(numero(ctx))),
  loteAcao('reabrir', (ctx) => ctx.state.reabrirLote(numero(ctx))),
  loteAcao('enviar', (ctx) => ctx.state.enviarLote(numero(ctx))),
  loteAcao('verificar-envio', (ctx) => ctx.state.verificarEnvio(numero(ctx))),
  loteAcao('atualizar-situacao', (ctx) => ctx.state.atualizarSituacaoProtocolo(numero(ctx))),
  {
    method: 'POST',
    pattern: /^\/api\/lotes\/(\d+)\/excluir$/,
    handler: (ctx) => reply(ctx, ctx.state.excluirLote(numero(ctx)), () => ({ ok: true })),
  },
  {
    method: 'POST',
    pattern: /^\/api\/lotes\/(\d+)\/anexos$/,
    handler: async (ctx) => {
      const lote = ctx.state.lote(numero(ctx));
      // Refuse before reading the body: a lote that takes no more anexos never receives the file.
      if (lote && !ctx.state.aceitaAnexo(lote)) {
        ctx.req.resume();
        return reply(ctx, ctx.state.incluirAnexo(lote.numero, '', '', 0), () => null);
      }
      const arquivo = await arquivoEnviado(ctx);
      if (!arquivo.ok) return reply(ctx, arquivo, () => null);
      const tipo = header(ctx, 'x-tipo-documento');
      // Only name and size are kept: the mock never stores document contents.
      const r = ctx.state.incluirAnexo(numero(ctx), tipo, arquivo.value.nome, arquivo.value.bytes.length);
      if (!r.ok) return reply(ctx, r, () => null);
      sendJson(ctx.res, 200, loteVm(ctx)(ctx.state.lote(numero(ctx))!));
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/lotes\/(\d+)\/guias$/,
    handler: async (ctx) => {
      const body = await jsonBody(ctx, z.object({ guias: z.array(z.string()).min(1, 'Selecione ao menos uma guia.') }));
      if (!body.ok) return reply(ctx, body, () => null);
      reply(ctx, ctx.state.adicionarGuias(numero(ctx), body.value.guias), loteVm(ctx));
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/guias$/,
    handler: (ctx) => {
      const tipo = ctx.url.searchParams.get('tipoGuia') ?? '';
      const operadora = ctx.url.searchParams.get('operadora') ?? '';
      const guias = ctx.state.data.guias
        .filter((g) => g.lote === undefined)
        .filter((g) => !tipo || g.tipo === tipo)
        .filter((g) => !operadora || g.operadora.ans === operadora)
        .map(guiaEncontradaVm);
      sendJson(ctx.res, 200, { guias });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/guias$/,
    handler: async (ctx) => {
      const body = await jsonBody(ctx, guiaSchema);
      if (!body.ok) return reply(ctx, body, () => null);
      reply(ctx, salvarGuia(ctx, body.value), (v) => v);
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/termos$/,
    handler: (ctx) => sendJson(ctx.res, 200, { termos: pesquisarTermos(ctx.url.searchParams.get('q') ?? '') }),
  },
  {
    method: 'POST',
    pattern: /^\/api\/lotes\/(\d+)\/recursos$/,
    handler: (ctx) => reply(ctx, ctx.state.criarRecurso(numero(ctx)), (r) => ({ numero: String(r.numero) })),
  },
  {
    method: 'GET',
    pattern: /^\/api\/recursos\/(\d+)$/,
    handler: (ctx) => {
      const r = ctx.state.recurso(numero(ctx));
      if (!r) return sendJson(ctx.res, 404, { message: `Recurso ${numero(ctx)} não encontrado.` });
      sendJson(ctx.res, 200, { recurso: recursoVm(ctx.state, r) });
    },
  },
  {
    // What the justificativa modal shows for a lote/guia/procedure: glosas, Vlr. Glosado, saved texts.
    method: 'GET',
    pattern: /^\/api\/recursos\/(\d+)\/alvo$/,
    handler: (ctx) => {
      const recurso = ctx.state.recurso(numero(ctx));
      const chave = ctx.url.searchParams.get('chave') ?? '';
      const alvo = recurso && ctx.state.alvoRecurso(recurso, chave);
      if (!recurso || !alvo) return sendJson(ctx.res, 404, { message: 'Não há glosas a recursar neste item.' });
      const salvo = recurso.justificativas.find((j) => j.chave === chave);
      const nivel = chave === 'lote' ? 'Lote' : chave.startsWith('guia:') ? 'Guia' : 'Procedimento';
      sendJson(ctx.res, 200, {
        titulo: `Justificar a Nível de ${nivel}`,
        pedeValor: nivel === 'Procedimento',
        vlrGlosado: reais(alvo.valorGlosado),
        valorRecursado: salvo ? reais(salvo.valorRecursado).replace('R$ ', '') : '',
        glosas: alvo.glosas.map((g) => ({
          codigo: g.codigo,
          descricao: g.descricao,
          justificativa: salvo?.textos[g.codigo] ?? '',
        })),
      });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/recursos\/(\d+)\/anexos$/,
    handler: async (ctx) => {
      const arquivo = await arquivoEnviado(ctx);
      if (!arquivo.ok) return reply(ctx, arquivo, () => null);
      const tipo = header(ctx, 'x-tipo-documento');
      const r = ctx.state.incluirAnexoRecurso(numero(ctx), tipo, arquivo.value.nome, arquivo.value.bytes.length);
      reply(ctx, r, () => ({ recurso: recursoVm(ctx.state, ctx.state.recurso(numero(ctx))!) }));
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/recursos\/(\d+)\/justificativas$/,
    handler: async (ctx) => {
      const body = await jsonBody(
        ctx,
        z.object({
          chave: z.string().regex(/^(lote|guia:\d+|proc:\d+:\d+)$/),
          valorRecursado: z.string().optional(),
          justificativas: z.array(z.object({ codigo: z.string(), justificativa: z.string() })),
        }),
      );
      if (!body.ok) return reply(ctx, body, () => null);
      const { chave, valorRecursado, justificativas } = body.value;
      let valor: number | undefined;
      if (valorRecursado !== undefined && valorRecursado.trim() !== '') {
        valor = centavos(valorRecursado);
        if (valor === undefined) return sendJson(ctx.res, 400, { message: 'Vlr. Recursado inválido.' });
      }
      const textos = Object.fromEntries(justificativas.map((j) => [j.codigo, j.justificativa]));
      reply(ctx, ctx.state.salvarJustificativas(numero(ctx), chave, valor, textos), (r) => ({
        recurso: recursoVm(ctx.state, r),
      }));
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/recursos\/(\d+)\/enviar$/,
    handler: (ctx) => reply(ctx, ctx.state.enviarRecurso(numero(ctx)), (r) => ({ recurso: recursoVm(ctx.state, r) })),
  },
  {
    method: 'POST',
    pattern: /^\/api\/recursos\/(\d+)\/excluir$/,
    handler: (ctx) => reply(ctx, ctx.state.excluirRecurso(numero(ctx)), (r) => ({ lote: String(r.lote) })),
  },
  {
    method: 'GET',
    pattern: /^\/api\/pagamentos$/,
    handler: (ctx) => {
      const operadora = ctx.url.searchParams.get('operadora') ?? '';
      const pagamentos = ctx.state.data.pagamentos.filter((p) => !operadora || p.operadora.ans === operadora);
      sendJson(ctx.res, 200, { pagamentos: pagamentos.map(pagamentoVm) });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/pagamentos\/(\d+)\/notas$/,
    handler: async (ctx) => {
      const body = await jsonBody(
        ctx,
        z.object({ numero: z.string(), serie: z.string(), valor: z.string(), emissao: z.string() }),
      );
      if (!body.ok) return reply(ctx, body, () => null);
      const valor = centavos(body.value.valor);
      if (valor === undefined) return sendJson(ctx.res, 400, { message: 'Vlr. Nota inválido.' });
      const emissao = dataIso(body.value.emissao);
      if (!emissao) return sendJson(ctx.res, 400, { message: 'Emissão inválida: use dd/mm/aaaa.' });
      const r = ctx.state.salvarNotaFiscal(numero(ctx), { ...body.value, valor, emissao });
      reply(ctx, r, () => ({ pagamento: pagamentoVm(ctx.state.pagamento(numero(ctx))!) }));
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/pagamentos\/(\d+)\/notas\/anexo$/,
    handler: async (ctx) => {
      const arquivo = await arquivoEnviado(ctx);
      if (!arquivo.ok) return reply(ctx, arquivo, () => null);
      const r = ctx.state.anexarNotaFiscal(numero(ctx), arquivo.value.nome, arquivo.value.bytes.length);
      reply(ctx, r, () => ({ pagamento: pagamentoVm(ctx.state.pagamento(numero(ctx))!) }));
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/pagamentos\/(\d+)\/notas\/enviar$/,
    handler: (ctx) => reply(ctx, ctx.state.enviarNotaFiscal(numero(ctx)), (p) => ({ pagamento: pagamentoVm(p) })),
  },
  {
    method: 'GET',
    pattern: /^\/api\/documentos-anexos\/com-falha$/,
    handler: (ctx) =>
      sendJson(ctx.res, 200, {
        documentos: ctx.state.documentosComFalha().map((d) => documentoComFalhaVm(d.lote, d.anexo)),
      }),
  },
  {
    method: 'POST',
    pattern: /^\/api\/documentos-anexos\/(\d+)\/reenviar$/,
    handler: (ctx) => reply(ctx, ctx.state.reenviarAnexo(numero(ctx)), () => ({ ok: true })),
  },
  {
    method: 'GET',
    pattern: /^\/api\/uploads$/,
    handler: (ctx) => sendJson(ctx.res, 200, { uploads: ctx.state.data.uploads.map(uploadVm) }),
  },
  {
    method: 'POST',
    pattern: /^\/api\/uploads$/,
    handler: async (ctx) => {
      const arquivo = await arquivoEnviado(ctx);
      if (!arquivo.ok) return reply(ctx, arquivo, () => null);
      const { nome, bytes } = arquivo.value;
      if (!/\.xml$/i.test(nome)) {
        return sendJson(ctx.res, 400, { message: 'Formato de arquivo não aceito. Formatos de arquivo aceitos: XML' });
      }
      const { criticas, numeroLote } = criticarXml(decodeXml(bytes));
      const upload = ctx.state.registrarUpload(nome, criticas, numeroLote);
      sendJson(ctx.res, 200, { upload: uploadVm(upload), mensagem: 'Arquivo(s) enviado(s) para processamento...' });
    },
  },
];
