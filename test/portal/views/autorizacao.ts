// Autorização → Pesquisar Guias → Detalhes (004 § 6, the page under "Se a guia estiver autorizada, será possível
// clicar em Gerar Guia TISS"): operadora line, the guia's type before its buttons, SITUAÇÃO, then "Dados da
// Autorização" (Data da Autorização, Senha, Validade, Nº Guia Operadora, Data da Solicitação) and "Numeração da
// Guia e Identificação do Beneficiário". Labels and order as the manual prints them; the label/value markup is
// the lote page's (the manual gives text only). The manual shows no procedures on this page: the mock draws none.
import { dataBr, type Html, html } from '../format.ts';
import { type Autorizacao, type Operadora, SITUACOES_AUTORIZACAO, TIPOS_AUTORIZACAO } from '../state.ts';
import { operadoraAns } from '../viewmodels.ts';

const campo = (rotulo: string, valor: string | undefined, col = 3): Html =>
  html`<div class="bc-campo col-md-${col}"><label>${rotulo}</label><p class="form-control-static">${valor ?? ''}</p></div>`;

export function autorizacaoDetalhePage(a: Autorizacao): Html {
  return html`<section class="bc-detalhes-guia">
  <p class="bc-operadora">${operadoraAns(a.operadora)}</p>
  <div class="btn-toolbar bc-toolbar">
    <span class="bc-tipo-guia">${a.tipo}</span>
    <button type="button" class="btn btn-default">Exibir Recibo</button>
    <button type="button" class="btn btn-default">Gerar Guia TISS</button>
    <button type="button" class="btn btn-default">Atualizar Situação</button>
    <button type="button" class="btn btn-default">Incluir Anexo</button>
  </div>
  <h3 class="bc-situacao-guia">SITUAÇÃO: ${a.situacao.toUpperCase()}</h3>
  <section class="panel bc-dados-autorizacao">
    <h3 class="bc-secao">Dados da Autorização</h3>
    <div class="row">${campo('Data da Autorização', dataBr(a.dataAutorizacao))}${campo('Senha', a.senha)}${campo('Validade', dataBr(a.validade))}</div>
    <div class="row">${campo('Nº Guia Operadora', a.guiaOperadora)}${campo('Data da Solicitação', dataBr(a.dataSolicitacao.slice(0, 16)))}</div>
  </section>
  <section class="panel bc-identificacao">
    <h3 class="bc-secao">Numeração da Guia e Identificação do Beneficiário</h3>
    <div class="row">${campo('Nº Guia Prestador', String(a.numero))}${campo('Beneficiário', `${a.beneficiario.carteira} - ${a.beneficiario.nome}`, 6)}</div>
    <div class="row">${campo('Nº Guia Prestador Ref. (Solicitação Internação ou SADT)', '-', 6)}${campo('Tipo de Identificação do Beneficiário', 'CartãoIdentificacaoFisico')}${campo('Confiança Biometria Facial (%)', '')}</div>
  </section>
</section>`;
}

/**
 * Autorização → Pesquisar Guias → Pesquisa de Guias (004 § 6, § 8, § 9.2 Opção 1), in the order of 004 § 8's
 * figure: "GUIAS ENCONTRADAS", the toolbar (only with a row selected; which buttons depends on the row, as the
 * figures of § 8 and § 9.2 differ), the filter line "Operadora: … | Prestador: …" as text, the filters, Cancelar /
 * Pesquisar, "N resultados encontrados" and the grid. The Operadora is the one picked in the header (the figures
 * name one and offer no picker). `de`/`ate`: the Data da Solicitação/Digitação the page starts with.
 */
export function pesquisaGuiasPage(operadora: Operadora, prestador: string, de: string, ate: string): Html {
  return html`<div class="bc-pesquisa-guias" ng-controller="PesquisaGuiasController as vm" data-operadora="${operadora.ans}" data-de="${de}" data-ate="${ate}" ng-cloak>
  <h3 class="bc-secao">GUIAS ENCONTRADAS</h3>
  <div class="btn-toolbar bc-toolbar" ng-if="vm.selecionada()">
    <button type="button" class="btn btn-default" ng-click="vm.detalhes()">Detalhes</button>
    <button type="button" class="btn btn-default">Protocolo ANS</button>
    <button type="button" class="btn btn-default" ng-if="vm.cobranca()">Gerar Cobrança {{vm.cobranca()}}</button>
    <button type="button" class="btn btn-default">Atualizar Situação</button>
    <button type="button" class="btn btn-default" ng-if="vm.selecionada().situacao !== 'Autorizada'">Incluir Anexo</button>
    <button type="button" class="btn btn-default">Cancelar Guia</button>
    <button type="button" class="btn btn-default" ng-if="vm.selecionada().tipo === 'Tratamento Odontológico'">Nova Guia de Odonto</button>
  </div>
  <fieldset class="bc-filtros panel">
    <div class="row">${campo('Operadora', operadoraAns(operadora), 6)}${campo('Prestador', prestador, 6)}</div>
    <div class="row">
      <div class="form-group col-md-4"><label for="Beneficiario">Beneficiário</label>
        <input id="Beneficiario" name="Beneficiario" type="text" class="form-control" ng-model="vm.filtro.beneficiario"></div>
      <div class="form-group col-md-4"><label for="NumeroGuiaPrestador">Nº Guia Prestador</label>
        <input id="NumeroGuiaPrestador" name="NumeroGuiaPrestador" type="text" class="form-control" ng-model="vm.filtro.numero"></div>
      <div class="form-group col-md-4"><label for="NumeroGuiaOperadora">Nº Guia Operadora/Senha</label>
        <input id="NumeroGuiaOperadora" name="NumeroGuiaOperadora" type="text" class="form-control" ng-model="vm.filtro.senha"></div>
    </div>
    <div class="row">
      <div class="form-group col-md-3"><label for="TipoGuia">Tipo de Guia</label>
        <select id="TipoGuia" name="TipoGuia" class="form-control" ng-model="vm.filtro.tipo">
          <option value=""></option>
          ${TIPOS_AUTORIZACAO.map((t) => html`<option value="${t}">${t}</option>`)}
        </select></div>
      <div class="form-group col-md-3"><label for="SituacaoAutorizacao">Situação da Autorização</label>
        <select id="SituacaoAutorizacao" name="SituacaoAutorizacao" class="form-control" ng-model="vm.filtro.situacao">
          <option value=""></option>
          ${SITUACOES_AUTORIZACAO.map((s) => html`<option value="${s}">${s}</option>`)}
        </select></div>
      <div class="form-group col-md-6"><label for="DataInicial">Data da Solicitação/Digitação</label>
        <div class="bc-periodo"><input id="DataInicial" name="DataInicial" type="text" class="form-control" placeholder="dd/mm/aaaa" ng-model="vm.filtro.de">
        <label for="DataFinal">Até</label>
        <input id="DataFinal" name="DataFinal" type="text" class="form-control" placeholder="dd/mm/aaaa" ng-model="vm.filtro.ate"></div></div>
    </div>
    <div class="bc-filtros-acoes">
      <button type="button" class="btn btn-default" ng-click="vm.cancelar()">Cancelar</button>
      <button type="button" class="btn btn-primary" ng-click="vm.pesquisar()">Pesquisar</button>
    </div>
  </fieldset>
  <bc-smart-table linhas="vm.guias" colunas="vm.colunas" chave="numero" selecao="vm.selecionadas" contador="true" unico="1"></bc-smart-table>
</div>`;
}
