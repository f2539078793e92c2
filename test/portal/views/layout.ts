// Page shell shared by every signed-in page: header with the operadora select (select2 v3 markup), the
// FATURAMENTO menu, breadcrumb, the portal's own modals (notices, simple confirmation) and the busy text.
import { Html, html } from '../format.ts';
import type { Operadora } from '../state.ts';
import { operadoraRotulo } from '../viewmodels.ts';

export interface LayoutInput {
  titulo: string;
  breadcrumb: { texto: string; href?: string }[];
  conteudo: Html;
  usuario?: string;
  operadoras?: Operadora[];
  operadoraSelecionada?: string;
  informativos?: boolean;
  /** The second notices popup, `bc-modal-evolution` under body (conecta-portal.md, last section). */
  evolucao?: boolean;
  path?: string;
}

/** Synthetic notices shown in #bcInformativosModal (wording of our own; the real ones are operadora news). */
const INFORMATIVOS = [
  {
    titulo: 'Documentação obrigatória',
    texto:
      'Anexe a documentação obrigatória de cada procedimento no lote de pagamento enquanto ele estiver na situação Aberto.',
  },
  {
    titulo: 'Prazo de envio do faturamento',
    texto: 'Guias com data de atendimento superior a 90 dias não serão aceitas para faturamento.',
  },
  {
    titulo: 'Versão TISS',
    texto: 'Os arquivos XML devem ser enviados na versão 4.01.00 do padrão TISS.',
  },
];

function select2Operadora(operadoras: Operadora[], selecionada: string | undefined): Html {
  const atual = operadoras.find((o) => o.ans === selecionada) ?? operadoras[0];
  return html`<form method="post" action="/Home/SelecionarOperadora" class="bc-operadora navbar-form">
  <div class="select2-container bc-select2" id="s2id_OperadorasCredenciadas_HandleOperadoraSelected">
    <a href="javascript:void(0)" class="select2-choice" tabindex="-1">
      <span class="select2-chosen" id="select2-chosen-1">${atual ? operadoraRotulo(atual) : ''}</span>
      <abbr class="select2-search-choice-close"></abbr>
      <span class="select2-arrow" role="presentation"><b role="presentation"></b></span>
    </a>
    <label for="s2id_autogen1" class="select2-offscreen">Operadora</label>
    <input class="select2-focusser select2-offscreen" type="text" aria-haspopup="true" role="button" aria-labelledby="select2-chosen-1" id="s2id_autogen1">
    <div class="select2-drop select2-display-none select2-with-searchbox">
      <ul class="select2-results" role="listbox" id="select2-results-1">
        ${operadoras.map(
          (o) =>
            html`<li class="select2-results-dept-0 select2-result select2-result-selectable${o.ans === atual?.ans ? ' select2-highlighted' : ''}" role="presentation" data-value="${o.ans}"><div class="select2-result-label" role="option">${operadoraRotulo(o)}</div></li>`,
        )}
      </ul>
    </div>
  </div>
  <select id="OperadorasCredenciadas_HandleOperadoraSelected" name="OperadorasCredenciadas.HandleOperadoraSelected" class="select2-offscreen" tabindex="-1" title="Operadora">
    ${operadoras.map(
      (o) =>
        html`<option value="${o.ans}"${o.ans === atual?.ans ? new Html(' selected') : ''}>${operadoraRotulo(o)}</option>`,
    )}
  </select>
</form>`;
}

const MENU = html`<nav class="bc-menu" aria-label="Menu principal">
  <ul class="nav navbar-nav">
    <li><a class="bc-menu-link" href="/Home/Index">Home</a></li>
    <li class="dropdown"><a href="javascript:void(0)" class="dropdown-toggle">Faturamento <b class="caret"></b></a>
      <ul class="dropdown-menu">
        <li class="dropdown-header">Digitar Guia</li>
        <li><a href="/Guias/Consulta/FaturamentoNovaGuiaEletiva">Consulta</a></li>
        <li><a href="/Guias/SpSadt/FaturamentoNovaGuiaEletiva">SP/SADT</a></li>
        <li><a href="/Guias/Odonto/FaturamentoNovaGuiaEletiva">Tratamento Odontológico</a></li>
        <li class="divider"></li>
        <li class="dropdown-header">Lotes de Pagamento</li>
        <li><a href="/Pagamentos/PesquisaLote/Index">Pesquisar Lotes</a></li>
        <li><a href="/Pagamentos/LotePagamento/Novo">Novo Lote</a></li>
        <li><a href="/Pagamentos/PagamentosPendentes/Index">Pagamentos Pendentes</a></li>
        <li class="divider"></li>
        <li class="dropdown-header">Documentos Anexos</li>
        <li><a href="/Faturamento/DocumentosAnexos/ComFalhaNoEnvio">Com falha no Envio</a></li>
        <li class="divider"></li>
        <li><a href="/Pagamentos/PesquisaLote/PesquisaComValorGlosado">Recurso de Glosa</a></li>
      </ul>
    </li>
    <li class="dropdown"><a href="javascript:void(0)" class="dropdown-toggle">Autorização <b class="caret"></b></a>
      <ul class="dropdown-menu">
        <li class="dropdown-header">Pesquisar Guias</li>
        <li><a href="/Guias/PesquisaGuias/Index">Pesquisa de Guias</a></li>
      </ul>
    </li>
    <li class="dropdown"><a href="javascript:void(0)" class="dropdown-toggle">Uploads <b class="caret"></b></a>
      <ul class="dropdown-menu">
        <li><a href="/Uploads/UploadXML/Novo">Novo</a></li>
      </ul>
    </li>
  </ul>
</nav>`;

function informativosModal(): Html {
  return html`<div id="bcInformativosModal" class="modal fade in" tabindex="-1" role="dialog" aria-labelledby="bcInformativosModalLabel" style="display: block;" ng-controller="InformativosController as inf" ng-show="inf.aberto">
  <div class="modal-dialog modal-lg" role="document">
    <div class="modal-content">
      <div class="modal-header">
        <h4 class="modal-title" id="bcInformativosModalLabel">Informativos</h4>
      </div>
      <div class="modal-body">
        ${INFORMATIVOS.map(
          (inf, i) => html`<div class="bc-informativo${i > 0 ? ' ng-hide' : ''}" ng-show="inf.atual === ${i}">
          <h5>${inf.titulo}</h5>
          <p>${inf.texto}</p>
        </div>`,
        )}
        <p class="text-muted">{{inf.atual + 1}} de ${INFORMATIVOS.length}</p>
      </div>
      <div class="modal-footer">
        <button type="button" class="btn btn-default" ng-click="inf.proximo()" ng-disabled="inf.atual === ${INFORMATIVOS.length - 1}">Próximo</button>
        <button type="button" class="btn btn-primary" data-dismiss="modal" ng-click="inf.fechar()">Fechar</button>
      </div>
    </div>
  </div>
</div>
<div class="modal-backdrop fade in" id="bcInformativosBackdrop"></div>`;
}

/** Synthetic portal news (our own wording) in the second notices popup. */
const EVOLUCAO = [
  {
    titulo: 'Novidades do portal',
    texto: 'A pesquisa de lotes agora mostra a situação do protocolo de cada lote.',
  },
  {
    titulo: 'Documentos anexos',
    texto:
      'Confira em Faturamento > Documentos Anexos > Com falha no Envio os documentos que não chegaram à operadora.',
  },
];

function evolucaoModal(): Html {
  return html`<div class="bc-evolucao" ng-controller="EvolucaoController as evo">
<bc-modal-evolution id="bcModalEvolution" titulo="Comunicado" aberto="evo.aberto">
  ${EVOLUCAO.map(
    (n, i) =>
      html`<div class="bc-informativo${i > 0 ? ' ng-hide' : ''}" ng-show="evo.atual === ${i}"><h5>${n.titulo}</h5><p>${n.texto}</p></div>`,
  )}
  <div class="modal-footer">
    <button type="button" class="btn btn-default" ng-click="evo.proximo()" ng-disabled="evo.atual === ${EVOLUCAO.length - 1}">Próximo</button>
    <button type="button" class="btn btn-primary" ng-click="evo.fechar()">Fechar</button>
  </div>
</bc-modal-evolution>
</div>`;
}

/** The portal's generic yes/no modal; the `bcConfirmacao` service opens it. */
const CONFIRMACAO = html`<div id="simpleConfirmationModal" class="modal fade" tabindex="-1" role="dialog" aria-labelledby="simpleConfirmationModalLabel" ng-controller="ConfirmacaoController as conf" ng-class="{in: conf.estado.aberto}" ng-style="{display: conf.estado.aberto ? 'block' : 'none'}" style="display: none;">
  <div class="modal-dialog" role="document">
    <div class="modal-content">
      <div class="modal-header"><h4 class="modal-title" id="simpleConfirmationModalLabel">{{conf.estado.titulo}}</h4></div>
      <div class="modal-body"><p>{{conf.estado.mensagem}}</p></div>
      <div class="modal-footer">
        <button type="button" id="simpleConfirmationModal_btCancel" class="btn btn-default" ng-click="conf.responder(false)">Cancelar</button>
        <button type="button" id="simpleConfirmationModal_btOk" class="btn btn-primary" ng-click="conf.responder(true)">{{conf.estado.ok}}</button>
      </div>
    </div>
  </div>
</div>`;

export function layout(input: LayoutInput): string {
  const logado = input.usuario !== undefined;
  const page = html`<!DOCTYPE html>
<html lang="pt-BR" ng-app="conecta" ng-strict-di>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.titulo} - Conecta</title>
<link rel="stylesheet" href="/Content/conecta.css">
</head>
<body class="${input.informativos ? 'modal-open' : ''}">
<header class="navbar bc-navbar">
  <a class="navbar-brand" href="${logado ? '/Home/Index' : '/Account/Login'}"><span class="bc-logo-benner">benner</span> | <span class="bc-logo-conecta">conecta</span></a>
  ${logado ? select2Operadora(input.operadoras ?? [], input.operadoraSelecionada) : ''}
  ${logado ? html`<div class="bc-usuario"><span>${input.usuario}</span> <a href="/Account/Logout">Sair</a></div>` : ''}
</header>
${logado ? MENU : ''}
<main class="container bc-conteudo">
  ${
    input.breadcrumb.length
      ? html`<ol class="breadcrumb">${input.breadcrumb.map((b) =>
          b.href ? html`<li><a href="${b.href}">${b.texto}</a></li>` : html`<li class="active">${b.texto}</li>`,
        )}</ol>`
      : ''
  }
  <div class="bc-mensagens" ng-controller="MensagensController as msg" ng-cloak>
    <div ng-repeat="m in msg.lista" class="alert" ng-class="'alert-' + m.tipo" role="alert">{{m.texto}}</div>
  </div>
  ${input.conteudo}
</main>
<div class="bc-aguarde" ng-controller="AguardeController as ag" ng-show="ag.ocupado()" ng-cloak><span>Aguarde...</span></div>
${logado ? CONFIRMACAO : ''}
${input.evolucao ? evolucaoModal() : ''}
${input.informativos ? informativosModal() : ''}
<script src="/Scripts/angular.min.js"></script>
<script src="/Scripts/conecta.js"></script>
</body>
</html>`;
  return page.value;
}
