// Pages over HTTP: login and its refusal, the notices modal after login, and the DOM facts the extension's
// adapter relies on (real ids, bc-* widgets, labels), with no test-only hooks in the markup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDENCIAIS_INVALIDAS } from './seed.ts';
import { type RunningPortal, startPortal } from './server.ts';
import { login, signedIn } from './test-client.ts';

let portal: RunningPortal;
beforeAll(async () => {
  portal = await startPortal({ port: 0 });
});
afterAll(() => portal.close());

describe('login', () => {
  it('sends a visitor without session to the login page, remembering where they were going', async () => {
    const res = await fetch(`${portal.url}/Pagamentos/LotePagamento/Detalhes/8501`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(
      '/Account/Login?ReturnUrl=%2FPagamentos%2FLotePagamento%2FDetalhes%2F8501',
    );
    const api = await fetch(`${portal.url}/api/lotes/8501`);
    expect(api.status).toBe(401);
  });

  it('shows the login form with #Email, #Senha and #btnLogin', async () => {
    const html = await (await fetch(`${portal.url}/Account/Login`)).text();
    expect(html).toMatch(/<label for="Email">E-mail<\/label>/);
    expect(html).toMatch(/<input id="Senha" name="Senha" type="password"/);
    expect(html).toMatch(/<button id="btnLogin" type="submit"[^>]*>Entrar<\/button>/);
    expect(html).not.toContain('E-mail ou senha incorretos!');
  });

  it('refuses the documented wrong pair with "E-mail ou senha incorretos!" and keeps the e-mail typed', async () => {
    const r = await login(portal, CREDENCIAIS_INVALIDAS.email, CREDENCIAIS_INVALIDAS.senha);
    expect(r.status).toBe(200);
    expect(r.cookie).toBeNull();
    expect(r.html).toContain('E-mail ou senha incorretos!');
    expect(r.html).toContain(`value="${CREDENCIAIS_INVALIDAS.email}"`);
  });

  it('accepts any other pair and lands on ReturnUrl with a session', async () => {
    const r = await login(portal, 'clinica@teste.com.br', '123');
    expect(r.status).toBe(302);
    expect(r.location).toBe('/Home/Index');
    expect(r.cookie).toMatch(/^ConectaSessao=[0-9a-f]{32}$/);
  });
});

describe('notices modal #bcInformativosModal', () => {
  it('covers the first page after login and the first lotes search, then not again', async () => {
    const c = await signedIn(portal);
    const modal = /<div id="bcInformativosModal" class="modal fade in"/;
    const home = await c.page('/Home/Index');
    expect(home.html).toMatch(modal);
    expect(home.html).toContain('>Próximo</button>');
    expect(home.html).toContain('>Fechar</button>');
    expect((await c.page('/Home/Index')).html).not.toMatch(modal);
    expect((await c.page('/Pagamentos/PesquisaLote/Index')).html).toMatch(modal);
    expect((await c.page('/Pagamentos/PesquisaLote/Index')).html).not.toMatch(modal);
  });
});

describe('DOM facts of the pages', () => {
  it('the layout carries the select2 operadora picker showing "NOME | registro ANS" and the busy text', async () => {
    const { html } = await (await signedIn(portal)).page('/Home/Index');
    expect(html).toContain('id="s2id_OperadorasCredenciadas_HandleOperadoraSelected"');
    expect(html).toMatch(/<span class="select2-chosen"[^>]*>PASA \| 331988<\/span>/);
    expect(html).toContain('name="OperadorasCredenciadas.HandleOperadoraSelected"');
    expect(html).toContain('Aguarde...');
    expect(html).toContain('<script src="/Scripts/angular.min.js"></script>');
  });

  it('switching operadora changes the picker and Novo Lote heading', async () => {
    const { cookie } = await login(portal);
    const res = await fetch(`${portal.url}/Home/SelecionarOperadora`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookie!, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'OperadorasCredenciadas.HandleOperadoraSelected': '345474' }).toString(),
    });
    expect(res.status).toBe(302);
    const html = await (
      await fetch(`${portal.url}/Pagamentos/LotePagamento/Novo`, { headers: { cookie: cookie! } })
    ).text();
    expect(html).toMatch(/<span class="select2-chosen"[^>]*>PAS SERPRO \| 345474<\/span>/);
    expect(html).toContain('PAS SERPRO - ANS nº 345474');
    expect(html).toContain('<label for="TipoGuia">Tipo de Guia*</label>');
  });

  it.each([
    [
      '/Pagamentos/LotePagamento/Detalhes/8501',
      [
        '<bc-detalhes-lote data-lote="8501"',
        'id="incluir-anexo"',
        '<bc-smart-table id="AnexosDataGrid"',
        'DOCUMENTOS ANEXADOS AO LOTE',
        // PASA's tenant: header values in read-only inputs (conecta-portal.md, last section).
        '<label class="control-label">Nº Lote</label><input type="text" class="form-control" readonly',
        '<label class="control-label">Situação do Lote</label>',
        '<label class="control-label">Enviar Até (Calendário)</label>',
        '<label class="control-label">Situação Protocolo</label>',
        'NOTA FISCAL',
        '<bc-anexo-dropzone',
        '<bc-modal-evolution',
        'Verificar situação do envio',
      ],
    ],
    [
      '/Pagamentos/PesquisaLote/Index',
      [
        'id="Filtrar"',
        'id="Protocolo"',
        'id="btn-Pesquisar"',
        'id="atualizar-situacao-lote"',
        '<bc-smart-table id="DataGrid"',
      ],
    ],
    [
      '/Guias/SpSadt/FaturamentoNovaGuiaEletiva?lote=8502',
      [
        'Guia de Faturamento de SP/SADT',
        'id="HandleTermoLookupDisplay"',
        'id="HandleTermo" name="HandleTermo" type="hidden"',
        '<bc-modal-evolution id="modal-lookup"',
        'data-lote="8502"',
        'Dados do Solicitante',
        'Procedimentos / Itens Executados',
        'Dados da Execução',
      ],
    ],
    ['/Guias/Consulta/FaturamentoNovaGuiaEletiva', ['Guia de Faturamento de Consulta', 'Dados do Contratado']],
    [
      '/Uploads/UploadXML/Novo',
      [
        '<bc-incluir-arquivo arquivo="vm.arquivo" formatos="XML"',
        'ÁREA DE INCLUSÃO (CLIQUE NA ÁREA OU ARRASTE E SOLTE O ARQUIVO)',
        'HISTÓRICO DE ARQUIVOS ENVIADOS',
      ],
    ],
    [
      '/Pagamentos/PagamentosPendentes/Index',
      [
        'PAGAMENTOS PENDENTES',
        'Ver Prévia',
        'Baixar Relatórios Prévia',
        'NOTAS FISCAIS',
        'Nova Nota Fiscal',
        'Enviar Nota Fiscal',
        '<label for="ValorNotaFiscal">Vlr. Nota*</label>',
        'formatos="DOC, DOCX, XLS, PDF, JPEG, PNG, ZIP, RAR"',
      ],
    ],
    [
      '/Faturamento/DocumentosAnexos/ComFalhaNoEnvio',
      ['Reenviar Anexo', 'Baixar Documento', 'Excluir Anexo', 'placeholder="Pesquisar"'],
    ],
  ])('%s has its known ids, bc-* widgets and labels', async (path, fatos) => {
    const { status, html } = await (await signedIn(portal)).page(path);
    expect(status).toBe(200);
    for (const fato of fatos) expect(html).toContain(fato);
  });

  it('no page carries test-only hooks the real portal would not have', async () => {
    const c = await signedIn(portal);
    const recurso = portal.state.criarRecurso(8470);
    if (!recurso.ok) throw new Error(recurso.message);
    const paths = [
      '/Home/Index',
      '/Pagamentos/PesquisaLote/Index',
      '/Pagamentos/LotePagamento/Detalhes/8504',
      '/Guias/SpSadt/FaturamentoNovaGuiaEletiva',
      '/Uploads/UploadXML/Novo',
      `/Pagamentos/RecursoGlosa/Editar/${recurso.value.numero}`,
    ];
    for (const path of paths) {
      const { html } = await c.page(path);
      expect(html, path).not.toMatch(/data-test|data-qa|data-cy/i);
    }
  });

  it('serves AngularJS 1.8.3 from node_modules and the portal script', async () => {
    const angular = await (await fetch(`${portal.url}/Scripts/angular.min.js`)).text();
    expect(angular).toContain('AngularJS v1.8.3');
    const res = await fetch(`${portal.url}/Scripts/conecta.js`);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(await res.text()).toContain("directive('bcSmartTable'");
  });

  it('answers an unknown lote with a 404 page in Portuguese', async () => {
    const r = await (await signedIn(portal)).page('/Pagamentos/LotePagamento/Detalhes/1');
    expect(r.status).toBe(404);
    expect(r.html).toContain('Página não encontrada.');
  });
});

describe('Detalhes da Guia of an autorização (004 § 6)', () => {
  it('prints Dados da Autorização (Data da Autorização, Senha, Validade) and the Nº Guia Prestador, no procedures', async () => {
    const c = await signedIn(portal);
    const { status, html } = await c.page('/Guias/Autorizacao/Detalhes/71791');
    expect(status).toBe(200);
    expect(html).toContain('71791 - Detalhes da Guia');
    expect(html).toContain('ARCELORMITTAL TUBARÃO / FUNSSEST - ANS nº 330809');
    expect(html).toContain('SITUAÇÃO: AUTORIZADA');
    for (const rotulo of ['Data da Autorização', 'Senha', 'Validade', 'Nº Guia Operadora', 'Data da Solicitação'])
      expect(html).toContain(`<label>${rotulo}</label>`);
    // 70 days ago, valid 60 days (003 Q22): the Validade printed is 10 days ago.
    const hoje = new Date(portal.state.today());
    const dia = (n: number) => new Date(hoje.getTime() + n * 86_400_000).toISOString().slice(0, 10);
    const br = (iso: string) => iso.split('-').reverse().join('/');
    expect(html).toMatch(new RegExp(`<label>Validade</label><p class="form-control-static">${br(dia(-10))}</p>`));
    expect(html).toMatch(/<label>Nº Guia Prestador<\/label><p class="form-control-static">71791<\/p>/);
    expect(html).not.toMatch(/Procedimento/);
    expect((await c.page('/Guias/Autorizacao/Detalhes/1')).status).toBe(404);
  });
});

describe('Autorização → Pesquisar Guias → Pesquisa de Guias (004 §§ 6, 8, 9.2)', () => {
  const br = (iso: string) => iso.split('-').reverse().join('/');
  const dia = (n: number) =>
    new Date(new Date(portal.state.today()).getTime() + n * 86_400_000).toISOString().slice(0, 10);

  it('is in the menu, names the header operadora and the prestador as text, and starts on the last 10 days', async () => {
    const c = await signedIn(portal);
    const home = await c.page('/Home/Index');
    expect(home.html).toMatch(/Autorização <b class="caret">/);
    expect(home.html).toMatch(
      /dropdown-header">Pesquisar Guias<\/li>\s*<li><a href="\/Guias\/PesquisaGuias\/Index">Pesquisa de Guias<\/a>/,
    );
    const { status, html } = await c.page('/Guias/PesquisaGuias/Index');
    expect(status).toBe(200);
    expect(html).toContain('GUIAS ENCONTRADAS');
    // The header starts on PASA (the picker's first choice at login).
    expect(html).toMatch(/<label>Operadora<\/label><p class="form-control-static">PASA - ANS nº 331988<\/p>/);
    expect(html).toContain('<label>Prestador</label><p class="form-control-static">CLINICA TESTE LTDA (FICTICIA)');
    for (const rotulo of [
      'Beneficiário',
      'Nº Guia Prestador',
      'Nº Guia Operadora/Senha',
      'Tipo de Guia',
      'Situação da Autorização',
      'Data da Solicitação/Digitação',
      'Até',
    ])
      expect(html).toContain(`>${rotulo}</label>`);
    expect(html).toContain(`data-de="${br(dia(-10))}" data-ate="${br(dia(0))}"`);
    for (const s of ['Em análise', 'Autorizada', 'Não solicitada (envio pendente)'])
      expect(html).toContain(`<option value="${s}">`);
  });

  it("lists the operadora's autorizações newest first, with the grid's texts, and filters them", async () => {
    const c = await signedIn(portal);
    type Linha = {
      numero: string;
      dataSolicitacao: string;
      tipo: string;
      situacao: string;
      beneficiario: string;
      operadora: string;
    };
    const lista = async (q: string) => (await c.get<{ guias: Linha[] }>(`/api/autorizacoes?${q}`)).body.guias;
    const ipam = await lista(`operadora=999991&de=${br(dia(-10))}&ate=${br(dia(0))}`);
    expect(ipam.map((g) => g.numero)).toEqual(['71905', '71904', '71892', '71855', '71850', '71847']);
    expect(ipam[1]).toEqual({
      numero: '71904',
      dataSolicitacao: `${br(dia(0))} 15:00:31`,
      tipo: 'Anexo OPME',
      situacao: 'Não solicitada (envio pendente)',
      beneficiario: '9999900000000001 - BENEFICIARIO TESTE 01',
      operadora: 'IPAM',
    });
    // FUNSSEST's senha vencida was authorised 70 days ago: listed only once the dates reach back to it.
    expect((await lista(`operadora=330809&de=${br(dia(-10))}&ate=${br(dia(0))}`)).map((g) => g.numero)).toEqual([
      '71794',
      '71793',
    ]);
    expect((await lista(`operadora=330809&de=${br(dia(-90))}`)).map((g) => g.numero)).toEqual([
      '71794',
      '71793',
      '71790',
      '71791',
    ]);
    expect((await lista('operadora=330809&situacao=Autorizada')).map((g) => g.numero)).toEqual(['71790', '71791']);
    expect((await lista('operadora=999991&tipo=Consulta')).map((g) => g.numero)).toEqual(['71847']);
    expect((await lista('operadora=330809&numero=71791')).map((g) => g.situacao)).toEqual(['Autorizada']);
    expect((await lista('operadora=330809&senha=182783301')).map((g) => g.numero)).toEqual(['71791']);
    expect((await lista('operadora=999991&beneficiario=teste 02')).map((g) => g.numero)).toEqual(['71905', '71892']);
  });

  it('opens Detalhes da Guia of any listed guia, in capitals its situação', async () => {
    const c = await signedIn(portal);
    const { status, html } = await c.page('/Guias/Autorizacao/Detalhes/71855');
    expect(status).toBe(200);
    expect(html).toContain('SITUAÇÃO: EM ANÁLISE');
    expect(html).toContain('IPAM - ANS nº 999991');
  });
});
