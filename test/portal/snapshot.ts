// `npm run portal:snapshots`: renders the mock portal's main pages in Chromium, waits for AngularJS to settle
// and saves the rendered DOM to test/portal/snapshots/<page>.html, so DOM tests (happy-dom) of the extension's
// adapter can load real-looking pages without a browser. Scripts are stripped (happy-dom must not run them);
// the portal clock is fixed so regenerating gives the same files.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/chromium.ts';
import { type RunningPortal, startPortal } from './server.ts';

/** "Today" of the portal when snapshots are taken (dates in the snapshots are relative to it). */
export const SNAPSHOT_NOW = new Date('2026-11-20T12:00:00-03:00');

const outDir = join(dirname(fileURLToPath(import.meta.url)), 'snapshots');

export interface SnapshotSpec {
  nome: string;
  descricao: string;
  url: string;
  /** Notices after login: both popups (true), only the second one, bc-modal-evolution ('evolucao'), or none. */
  informativos?: boolean | 'evolucao';
  publica?: boolean;
  /** Clicks/typing after the page settled, to reach a state (a dialog open, a wizard step). */
  preparar?: (page: Page) => Promise<void>;
}

const clicarTexto = (page: Page, seletor: string, texto: string) =>
  page.locator(seletor, { hasText: texto }).first().click();

/** Resolves when Angular has no pending $http/$timeout work (its own testability hook). */
export async function angularEstavel(page: Page): Promise<void> {
  await page.waitForFunction('!!(window.angular && window.angular.element(document.body).injector())');
  await page.evaluate(
    'new Promise((resolve) => window.angular.getTestability(document.body).whenStable(() => resolve(true)))',
  );
}

export const SNAPSHOTS: SnapshotSpec[] = [
  { nome: 'login', descricao: 'Login', url: '/Account/Login', publica: true },
  {
    nome: 'login-erro',
    descricao: 'Login refused ("E-mail ou senha incorretos!")',
    url: '/Account/Login',
    publica: true,
    preparar: async (page) => {
      await page.fill('#Email', 'errado@teste.com.br');
      await page.fill('#Senha', 'senha-errada');
      await Promise.all([page.waitForLoadState('load'), page.click('#btnLogin')]);
    },
  },
  {
    nome: 'home-informativos',
    descricao: 'Home right after login, notices modal open',
    url: '/Home/Index',
    informativos: true,
  },
  { nome: 'pesquisa-lote', descricao: 'Lotes de Pagamento search', url: '/Pagamentos/PesquisaLote/Index' },
  {
    nome: 'pesquisa-lote-selecionado',
    descricao: 'Lotes search with lote 8470 (Faturado) selected: toolbar and row details',
    url: '/Pagamentos/PesquisaLote/Index',
    preparar: async (page) => {
      await clicarTexto(page, '#DataGrid tr.dataGridRow', '8470');
    },
  },
  { nome: 'novo-lote', descricao: 'Novo Lote (Tipo de Guia)', url: '/Pagamentos/LotePagamento/Novo' },
  {
    nome: 'lote-aberto-100-guias',
    descricao: 'Lote 8501, Aberto, SP/SADT, 100 guias (at the limit)',
    url: '/Pagamentos/LotePagamento/Detalhes/8501',
  },
  {
    nome: 'lote-aberto-99-guias',
    descricao: 'Lote 8502, Aberto, SP/SADT, 99 guias',
    url: '/Pagamentos/LotePagamento/Detalhes/8502',
  },
  {
    nome: 'lote-aberto-anexos',
    descricao: 'Lote 8504, Aberto, PAS SERPRO, procedures needing anexos, one 04-INDICACAO CLINICA attached',
    url: '/Pagamentos/LotePagamento/Detalhes/8504',
  },
  {
    nome: 'lote-aberto-anexos-informativos',
    descricao: 'Lote 8504 right after login: the notices modal covers the page',
    url: '/Pagamentos/LotePagamento/Detalhes/8504',
    informativos: true,
  },
  {
    nome: 'lote-incluir-anexo',
    descricao: 'Lote 8504 with the Incluir Anexo dialog (bc-anexo-dropzone) open',
    url: '/Pagamentos/LotePagamento/Detalhes/8504',
    preparar: async (page) => {
      await page.click('#incluir-anexo');
    },
  },
  {
    nome: 'lote-fechado',
    descricao: 'Lote 8503, Fechado (envio pendente), PAS SERPRO (header as text, 000 anexos grid)',
    url: '/Pagamentos/LotePagamento/Detalhes/8503',
  },
  {
    nome: 'lote-datas-antigas',
    descricao: 'Lote 8505, Aberto, Consulta, atendimentos 120/95/10 days old (not on the page); first guia selected',
    url: '/Pagamentos/LotePagamento/Detalhes/8505',
    preparar: async (page) => {
      await page.locator('bc-smart-table tr.dataGridRow', { hasText: 'BENEFICIARIO TESTE 08' }).first().click();
    },
  },
  {
    nome: 'lote-enviado-faturado',
    descricao: 'Lote 8470, Enviado à operadora, protocolo 103 Faturado with glosas (recurso allowed)',
    url: '/Pagamentos/LotePagamento/Detalhes/8470',
  },
  {
    nome: 'lote-enviado-liberado',
    descricao: 'Lote 8483, protocolo 106 Liberado para Faturamento with glosas (recurso not allowed)',
    url: '/Pagamentos/LotePagamento/Detalhes/8483',
  },
  {
    nome: 'lote-vazio',
    descricao: 'Lote 8435, Aberto, Consulta, no guias ("Não existem registros.")',
    url: '/Pagamentos/LotePagamento/Detalhes/8435',
  },
  {
    nome: 'lote-confirmar-envio',
    descricao: 'Lote 8503 with the Enviar Lote confirmation (#simpleConfirmationModal) open',
    url: '/Pagamentos/LotePagamento/Detalhes/8503',
    preparar: async (page) => {
      await clicarTexto(page, 'button', 'Enviar Lote');
    },
  },
  {
    nome: 'guia-spsadt-passo-1',
    descricao: 'Digitar Guia SP/SADT for lote 8502, step 1 (beneficiário)',
    url: '/Guias/SpSadt/FaturamentoNovaGuiaEletiva?lote=8502',
  },
  {
    nome: 'guia-spsadt-procedimentos',
    descricao: 'Digitar Guia SP/SADT, step 4 with one procedure and the TUSS lookup (#modal-lookup) open',
    url: '/Guias/SpSadt/FaturamentoNovaGuiaEletiva?lote=8502',
    preparar: preencherSpSadtAteProcedimentos,
  },
  {
    nome: 'guia-odonto-procedimentos',
    descricao:
      'Digitar Guia Tratamento Odontológico (FUNSSEST), Passo 3 with 81000065 typed and its "Referente a" left empty (001 § 2.1)',
    url: '/Guias/Odonto/FaturamentoNovaGuiaEletiva',
    preparar: async (page) => {
      await escolherOperadora(page, '330809');
      await preencherSpSadtAteAtendimento(page);
      await page.selectOption('#TipoAtendimento', 'Tratamento Odontológico');
      await page.selectOption('#TipoFaturamento', 'Total');
      await page.click('button[title="Pesquisar Procedimento"]');
      await angularEstavel(page);
      await page.locator('#modal-lookup tr.dataGridRow', { hasText: '81000065' }).click();
      await page.fill('#Procedimentos_0__DataRealizacao', '17/11/2026');
      await page.fill('#Procedimentos_0__ValorUnitario', '100,00');
      await angularEstavel(page);
    },
  },
  {
    nome: 'guia-odonto-resumo',
    descricao:
      'Digitar Guia Tratamento Odontológico (FUNSSEST), Resumo: 81000065 referente à região ASAI (001 § 2.1 Etapa 6)',
    url: '/Guias/Odonto/FaturamentoNovaGuiaEletiva',
    preparar: async (page) => {
      await escolherOperadora(page, '330809');
      await preencherSpSadtAteAtendimento(page);
      await page.selectOption('#TipoAtendimento', 'Tratamento Odontológico');
      await page.selectOption('#TipoFaturamento', 'Total');
      await page.click('button[title="Pesquisar Procedimento"]');
      await angularEstavel(page);
      await page.locator('#modal-lookup tr.dataGridRow', { hasText: '81000065' }).click();
      await page.fill('#Procedimentos_0__DataRealizacao', '17/11/2026');
      await page.fill('#Procedimentos_0__ValorUnitario', '100,00');
      await page.fill('#Procedimentos_0__DenteRegiao', '01. ASAI - Arcadas Superiores e inferiores');
      await clicarTexto(page, '.bc-wizard-acoes button', 'Próximo');
      await page.fill('#Executante_Nome', 'MEDICO TESTE 01');
      await page.selectOption('#Executante_Conselho', 'CRO');
      await page.fill('#Executante_Numero', '3233');
      await page.selectOption('#Executante_Uf', 'RS');
      await page.selectOption('#Executante_Cbo', { index: 2 });
      await irPara(page, 'Resumo');
    },
  },
  {
    nome: 'guia-spsadt-resumo',
    descricao: 'Digitar Guia SP/SADT, Resumo before Salvar',
    url: '/Guias/SpSadt/FaturamentoNovaGuiaEletiva?lote=8502',
    preparar: async (page) => {
      await preencherSpSadtAteProcedimentos(page);
      await executanteAteResumo(page);
    },
  },
  {
    nome: 'guia-spsadt-atendimento-funssest',
    descricao: 'Digitar Guia SP/SADT, FUNSSEST, step 3 (Dados do Atendimento), nothing chosen yet',
    url: '/Guias/SpSadt/FaturamentoNovaGuiaEletiva',
    preparar: async (page) => {
      await escolherOperadora(page, '330809');
      await preencherSpSadtAteAtendimento(page);
    },
  },
  {
    nome: 'guia-spsadt-resumo-funssest-urgencia',
    descricao: 'Digitar Guia SP/SADT, FUNSSEST, Resumo of an urgência with one exam (41101014), no 10101039',
    url: '/Guias/SpSadt/FaturamentoNovaGuiaEletiva',
    preparar: async (page) => {
      await escolherOperadora(page, '330809');
      await preencherSpSadtAteProcedimentos(page, 'Urgência/Emergência');
      await executanteAteResumo(page);
    },
  },
  {
    nome: 'guia-consulta-passo-1',
    descricao: 'Digitar Guia de Consulta, step 1',
    url: '/Guias/Consulta/FaturamentoNovaGuiaEletiva',
  },
  { nome: 'upload-xml', descricao: 'Uploads → Novo (XML) with the history', url: '/Uploads/UploadXML/Novo' },
  {
    nome: 'lote-enviar-ate-vencido',
    descricao: 'Lote 8510, PASA, Aberto for 30 days, Enviar Até (Calendário) two days ago (header as inputs)',
    url: '/Pagamentos/LotePagamento/Detalhes/8510',
  },
  {
    nome: 'lote-enviar-ate-proximo',
    descricao: 'Lote 8511, PASA, Aberto, Enviar Até (Calendário) in three days',
    url: '/Pagamentos/LotePagamento/Detalhes/8511',
  },
  {
    nome: 'lote-ipam-pago',
    descricao: 'Lote 8512, IPAM, Pagamento efetuado, Data Pagamento 55 days ago, glosas (header as text)',
    url: '/Pagamentos/LotePagamento/Detalhes/8512',
  },
  {
    nome: 'lote-serpro-envio-pendente',
    descricao: "Lote 8513, PAS SERPRO, Enviado à operadora, one document still Envio Pendente (000's anexos grid)",
    url: '/Pagamentos/LotePagamento/Detalhes/8513',
  },
  {
    nome: 'lote-funssest-101-guias',
    descricao: 'Lote 8514, FUNSSEST, Aberto, 101 guias; Operadora written "NOME - ANS nº 330809"',
    url: '/Pagamentos/LotePagamento/Detalhes/8514',
  },
  {
    nome: 'lote-fechado-evolucao',
    descricao: 'Lote 8503 covered by the second notices popup (bc-modal-evolution)',
    url: '/Pagamentos/LotePagamento/Detalhes/8503',
    informativos: 'evolucao',
  },
  {
    nome: 'pesquisa-lote-ipam',
    descricao: 'Pesquisar Lotes on the IPAM tenant: grid #LotesDePagamento with the Operadora column',
    url: '/Pagamentos/PesquisaLote/Index',
    preparar: (page) => escolherOperadora(page, '999991'),
  },
  {
    nome: 'recurso-glosa-nao-enviado',
    descricao: 'Recurso 52531 on IPAM lote 8512, saved 20 days ago and "Não enviado"; Data de Pagamento empty',
    url: '/Pagamentos/RecursoGlosa/Editar/52531',
  },
  {
    nome: 'pagamentos-pendentes-previa',
    descricao: 'Pagamentos Pendentes (IPAM): payment awaiting its nota fiscal selected, Prévia de Pagamento open',
    url: '/Pagamentos/PagamentosPendentes/Index',
    preparar: async (page) => {
      await escolherOperadora(page, '999991');
      await page.locator('tr.dataGridRow', { hasText: 'Aguardando Nota Fiscal' }).first().click();
      await clicarTexto(page, 'button', 'Ver Prévia');
    },
  },
  {
    nome: 'pagamentos-pendentes-nova-nota',
    descricao: 'Pagamentos Pendentes (IPAM): the Nota Fiscal form open with Vlr. Nota typed',
    url: '/Pagamentos/PagamentosPendentes/Index',
    preparar: async (page) => {
      await escolherOperadora(page, '999991');
      await page.locator('tr.dataGridRow', { hasText: 'R$ 181,24' }).first().click();
      await clicarTexto(page, 'button', 'Nova Nota Fiscal');
      await page.fill('#NumeroNotaFiscal', '12122');
      await page.fill('#SerieNotaFiscal', '1');
      await page.fill('#ValorNotaFiscal', '181,24');
      await page.fill('#EmissaoNotaFiscal', '19/11/2026');
    },
  },
  {
    nome: 'pagamentos-pendentes-nota-salva',
    descricao: 'Pagamentos Pendentes (IPAM): a nota fiscal saved with its file but not sent ("Enviar Nota Fiscal")',
    url: '/Pagamentos/PagamentosPendentes/Index',
    preparar: async (page) => {
      await escolherOperadora(page, '999991');
      await page.locator('tr.dataGridRow', { hasText: 'R$ 250,00' }).first().click();
    },
  },
  {
    nome: 'autorizacao-senha-valida',
    descricao: 'Detalhes da Guia of FUNSSEST autorização 71790 (004 § 6), authorised 20 days ago, Validade in 40 days',
    url: '/Guias/Autorizacao/Detalhes/71790',
  },
  {
    nome: 'autorizacao-senha-vencida',
    descricao:
      'Detalhes da Guia of FUNSSEST autorização 71791 (004 § 6), authorised 70 days ago: senha past its Validade',
    url: '/Guias/Autorizacao/Detalhes/71791',
  },
  {
    nome: 'pesquisa-guias',
    descricao:
      'Autorização > Pesquisar Guias > Pesquisa de Guias (004 § 6) on IPAM, last 10 days: 6 guias of the figures, none selected',
    url: '/Guias/PesquisaGuias/Index',
    preparar: (page) => escolherOperadora(page, '999991'),
  },
  {
    nome: 'pesquisa-guias-selecionada',
    descricao:
      'Pesquisa de Guias on IPAM with 71847 (Consulta, Autorizada) selected: Gerar Cobrança Consulta (004 § 9.2)',
    url: '/Guias/PesquisaGuias/Index',
    preparar: async (page) => {
      await escolherOperadora(page, '999991');
      await clicarTexto(page, 'bc-smart-table tr.dataGridRow', '71847');
    },
  },
  {
    nome: 'pesquisa-guias-odonto-selecionada',
    descricao:
      'Pesquisa de Guias on IPAM with 71855 (Tratamento Odontológico, Em análise) selected: Incluir Anexo, Nova Guia de Odonto (004 § 8)',
    url: '/Guias/PesquisaGuias/Index',
    preparar: async (page) => {
      await escolherOperadora(page, '999991');
      await clicarTexto(page, 'bc-smart-table tr.dataGridRow', '71855');
    },
  },
  {
    nome: 'pesquisa-guias-funssest',
    descricao:
      'Pesquisa de Guias on FUNSSEST, Data da Solicitação from 90 days ago: 71790 (valid senha), 71791 (senha past its validade) and two not authorised',
    url: '/Guias/PesquisaGuias/Index',
    preparar: async (page) => {
      await escolherOperadora(page, '330809');
      await pesquisarGuiasDesde(page, '22/08/2026');
    },
  },
  {
    nome: 'pesquisa-guias-funssest-selecionada',
    descricao:
      'Pesquisa de Guias on FUNSSEST from 90 days ago, 71791 (SP/SADT, Autorizada, senha vencida) selected: Gerar Cobrança SADT',
    url: '/Guias/PesquisaGuias/Index',
    preparar: async (page) => {
      await escolherOperadora(page, '330809');
      await pesquisarGuiasDesde(page, '22/08/2026');
      await clicarTexto(page, 'bc-smart-table tr.dataGridRow', '71791');
    },
  },
  {
    nome: 'documentos-com-falha',
    descricao: 'Faturamento > Documentos Anexos > Com falha no Envio (000 Q6)',
    url: '/Faturamento/DocumentosAnexos/ComFalhaNoEnvio',
  },
  {
    nome: 'recurso-glosa',
    descricao: 'Recurso de glosa on lote 8470 (protocolo Faturado), first guia selected with its procedures',
    url: '/__recurso__/8470',
    preparar: async (page) => {
      await page.locator('#GuiasGlosadasTable tr.dataGridRow').first().click();
      await clicarTexto(page, 'button', 'Buscar Procedimentos');
    },
  },
  {
    nome: 'recurso-glosa-justificar',
    descricao: 'Recurso de glosa: Justificar a Nível de Procedimento (bc-modal-justificar-glosa) open',
    url: '/__recurso__/8470',
    preparar: async (page) => {
      await page.locator('#GuiasGlosadasTable tr.dataGridRow', { hasText: '1714' }).first().click();
      await clicarTexto(page, 'button', 'Buscar Procedimentos');
      await page.locator('#ProcedimentosGlosadosTable tr.dataGridRow').first().click();
      await clicarTexto(page, 'a', 'Recursar Procedimento');
    },
  },
];

/** Picks an operadora in the header (select2's hidden select; the portal reloads the page). */
export async function escolherOperadora(page: Page, ans: string): Promise<void> {
  await Promise.all([
    page.waitForLoadState('load'),
    page.waitForURL(() => true),
    page.selectOption('#OperadorasCredenciadas_HandleOperadoraSelected', ans),
  ]);
  await page.waitForLoadState('load');
  await angularEstavel(page);
}

/** Pesquisa de Guias: Data da Solicitação/Digitação from `de`, then Pesquisar. */
export async function pesquisarGuiasDesde(page: Page, de: string): Promise<void> {
  await page.fill('#DataInicial', de);
  await clicarTexto(page, '.bc-pesquisa-guias .bc-filtros-acoes button', 'Pesquisar');
  await angularEstavel(page);
}

async function irPara(page: Page, rotuloPasso: string): Promise<void> {
  for (let i = 0; i < 8; i++) {
    const atual = await page.locator('.bc-wizard-passos li.active').textContent();
    if (atual?.includes(rotuloPasso)) return;
    await clicarTexto(page, '.bc-wizard-acoes button', 'Próximo');
    await angularEstavel(page);
  }
  throw new Error(`Passo "${rotuloPasso}" não alcançado`);
}

async function preencherSpSadtAteAtendimento(page: Page): Promise<void> {
  await page.fill('#Beneficiario', '9999900000000005 | BENEFICIARIO TESTE 05');
  await clicarTexto(page, '.bc-wizard-acoes button', 'Próximo');
  await page.fill('#Solicitante_Nome', 'MEDICO TESTE 01');
  await page.selectOption('#Solicitante_Conselho', 'CRM');
  await page.fill('#Solicitante_Numero', '3233');
  await page.selectOption('#Solicitante_Uf', 'RS');
  await page.selectOption('#Solicitante_Cbo', { index: 1 });
  await clicarTexto(page, '.bc-wizard-acoes button', 'Próximo');
}

async function preencherSpSadtAteProcedimentos(page: Page, carater = 'Eletivo'): Promise<void> {
  await preencherSpSadtAteAtendimento(page);
  await page.selectOption('#CaraterAtendimento', carater);
  await page.selectOption('#TipoAtendimento', 'Exame');
  await page.selectOption('#IndicacaoAcidente', 'Não acidente');
  await page.selectOption('#RegimeAtendimento', 'Ambulatorial');
  await clicarTexto(page, '.bc-wizard-acoes button', 'Próximo');
  await page.click('button[title="Pesquisar Procedimento"]');
  await angularEstavel(page);
  await page.locator('#modal-lookup tr.dataGridRow', { hasText: '41101014' }).click();
  await page.fill('#Procedimentos_0__DataRealizacao', '18/11/2026');
  await page.fill('#Procedimentos_0__ValorUnitario', '520,00');
  await page.click('button[title="Pesquisar Procedimento"]');
  await angularEstavel(page);
}

/** From passo 4 with the lookup open: closes it, types the executante (passo 5) and goes on to the Resumo. */
async function executanteAteResumo(page: Page): Promise<void> {
  await page.click('#modal-lookup .close');
  await clicarTexto(page, '.bc-wizard-acoes button', 'Próximo');
  await page.fill('#Executante_Nome', 'MEDICO TESTE 01');
  await page.selectOption('#Executante_Conselho', 'CRM');
  await page.fill('#Executante_Numero', '3233');
  await page.selectOption('#Executante_Uf', 'RS');
  await page.selectOption('#Executante_Cbo', { index: 1 });
  await irPara(page, 'Resumo');
}

async function recursoUrl(portal: RunningPortal, lote: number): Promise<string> {
  const r = portal.state.criarRecurso(lote);
  if (!r.ok) throw new Error(r.message);
  return `/Pagamentos/RecursoGlosa/Editar/${r.value.numero}`;
}

/** page.content() serialises attributes, not what was typed: copy live values into attributes first. */
const VALORES_PARA_ATRIBUTOS = `for (const el of document.querySelectorAll('input, textarea, select')) {
  if (el.type === 'checkbox' || el.type === 'radio') el.toggleAttribute('checked', el.checked);
  else if (el.tagName === 'SELECT') for (const o of el.options) o.toggleAttribute('selected', o.selected);
  else if (el.tagName === 'TEXTAREA') el.textContent = el.value;
  else if (el.type !== 'file' && el.type !== 'password') el.setAttribute('value', el.value);
}`;

export function limparSnapshot(html: string, spec: SnapshotSpec): string {
  const semScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const cabecalho = `<!-- Snapshot of the mock Conecta portal (test/portal): ${spec.descricao}. Rendered in Chromium after AngularJS settled; portal clock ${SNAPSHOT_NOW.toISOString().slice(0, 10)}. Regenerate with npm run portal:snapshots. -->\n`;
  return cabecalho + semScripts.replace(/^<!DOCTYPE html>/i, '<!DOCTYPE html>');
}

/** `npm run portal:snapshots -- lote` renders only the snapshots whose name contains "lote". */
async function main(filtro: string | undefined): Promise<void> {
  const browser = await launchChromium();
  await mkdir(outDir, { recursive: true });
  try {
    for (const spec of SNAPSHOTS.filter((s) => !filtro || s.nome.includes(filtro))) {
      const portal = await startPortal({ port: 0, now: () => SNAPSHOT_NOW });
      try {
        const page = await browser.context.newPage();
        let destino = spec.url;
        if (destino.startsWith('/__recurso__/')) destino = await recursoUrl(portal, Number(destino.split('/')[2]));
        const url = spec.publica
          ? `${portal.url}${destino}`
          : `${portal.url}/__test__/login?informativos=${spec.informativos === 'evolucao' ? 'evolucao' : spec.informativos ? '1' : '0'}&ReturnUrl=${encodeURIComponent(destino)}`;
        await page.goto(url);
        await angularEstavel(page);
        if (spec.preparar) {
          await spec.preparar(page);
          await angularEstavel(page);
        }
        await page.evaluate(VALORES_PARA_ATRIBUTOS);
        const html = limparSnapshot(await page.content(), spec);
        await writeFile(join(outDir, `${spec.nome}.html`), html);
        console.log(`snapshots/${spec.nome}.html`);
        await page.close();
      } finally {
        await portal.close();
      }
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv[2]).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
