// Lotes de Pagamento pages: search (and its "para recursar" variant), Novo Lote, and the lote Detalhes page.
// The server writes the Angular markup; the widgets fetch the data and render in place (seeds 001 §3,
// 002 §2, 004 §9.2 b and §13).
import { type Html, html } from '../format.ts';
import { type Operadora, TIPOS_GUIA } from '../state.ts';
import { operadoraAns, type Tenant, TIPOS_DOCUMENTO } from '../viewmodels.ts';

const SITUACOES_PROTOCOLO = [
  'Não enviado',
  'Enviada para a operadora',
  'Em análise pela Operadora',
  'Liberado para Faturamento',
  'Faturado',
  'Pagamento efetuado',
];

export function pesquisaLotePage(
  operadoras: Operadora[],
  paraRecursar: boolean,
  t: Tenant,
  operadoraSelecionada: string,
): Html {
  return html`<div class="bc-pesquisa-lote" ng-controller="PesquisaLoteController as vm" data-modo="${paraRecursar ? 'recurso' : 'todos'}" data-operadora="${operadoraSelecionada}" data-coluna-operadora="${t.colunaOperadora ? '1' : '0'}" ng-cloak>
  ${
    paraRecursar
      ? html`<p class="bc-instrucao">Seleção de lotes encontrados para recursar ou utilize o filtro para buscar. Após selecionar, clique no botão <strong>Recurso de Glosa</strong>.</p>`
      : ''
  }
  <fieldset class="bc-filtros panel" ng-show="vm.filtrosAbertos">
    <legend>FILTROS</legend>
    <div class="row">
      <div class="form-group col-md-4"><label for="Operadora">Operadora</label>
        <select id="Operadora" name="Operadora" class="form-control" ng-model="vm.filtro.operadora">
          <option value="">Todas</option>
          ${operadoras.map((o) => html`<option value="${o.ans}">${operadoraAns(o)}</option>`)}
        </select></div>
      <div class="form-group col-md-2"><label for="NumeroLote">Nº Lote</label>
        <bc-pesquisa-numero-lote><input id="NumeroLote" name="NumeroLote" type="text" class="form-control" ng-model="vm.filtro.numero"></bc-pesquisa-numero-lote></div>
      <div class="form-group col-md-2"><label for="Protocolo">Protocolo</label>
        <input id="Protocolo" name="Protocolo" type="text" class="form-control" ng-model="vm.filtro.protocolo"></div>
      <div class="form-group col-md-4"><label for="TipoGuia">Tipo de Guia</label>
        <select id="TipoGuia" name="TipoGuia" class="form-control" ng-model="vm.filtro.tipoGuia">
          <option value=""></option>
          ${TIPOS_GUIA.map((t) => html`<option value="${t}">${t}</option>`)}
        </select></div>
    </div>
    <div class="row">
      <div class="form-group col-md-4"><label for="SituacaoProtocolo">Situação do Protocolo</label>
        <select id="SituacaoProtocolo" name="SituacaoProtocolo" class="form-control" ng-model="vm.filtro.situacaoProtocolo">
          <option value=""></option>
          ${SITUACOES_PROTOCOLO.map((s) => html`<option value="${s}">${s}</option>`)}
        </select></div>
      <div class="form-group col-md-6"><label for="PeriodoInicial">Período de Registros</label>
        <div class="bc-periodo"><input id="PeriodoInicial" name="PeriodoInicial" type="text" class="form-control" placeholder="dd/mm/aaaa" ng-model="vm.filtro.de">
        <label for="PeriodoFinal">Até</label>
        <input id="PeriodoFinal" name="PeriodoFinal" type="text" class="form-control" placeholder="dd/mm/aaaa" ng-model="vm.filtro.ate"></div></div>
    </div>
    <div class="bc-filtros-acoes">
      <button type="button" class="btn btn-default" ng-click="vm.cancelarFiltro()">Cancelar</button>
      <button type="button" id="btn-Pesquisar" class="btn btn-primary" ng-click="vm.pesquisar()">Pesquisar</button>
    </div>
  </fieldset>
  <bc-smart-table-manager>
  <h3 class="bc-secao">${paraRecursar ? 'LOTES ENCONTRADOS PARA RECURSAR' : 'LOTES ENCONTRADOS'}</h3>
  <div class="btn-toolbar bc-toolbar">
    <button type="button" id="Filtrar" class="btn btn-default" ng-click="vm.filtrosAbertos = !vm.filtrosAbertos">Filtrar</button>
    <a class="btn btn-default" href="/Pagamentos/LotePagamento/Novo">+ Novo Lote</a>
    <button type="button" class="btn btn-default" ng-show="vm.selecionados.length" ng-disabled="vm.selecionados.length !== 1" ng-click="vm.detalhes()">Detalhes do Lote</button>
    <button type="button" id="atualizar-situacao-lote" class="btn btn-default" ng-show="vm.selecionados.length" ng-click="vm.atualizarSituacao()">Atualizar Situação Protocolo</button>
    <button type="button" id="recurso-glosa" class="btn btn-default" ng-show="vm.selecionados.length" ng-disabled="!vm.podeRecurso()" ng-click="vm.recurso()">Recurso de Glosa</button>
  </div>
  <bc-smart-table id="${t.gridLotes}" linhas="vm.lotes" colunas="vm.colunas" chave="numero" selecao="vm.selecionados" detalhe="resumo" contador="true"></bc-smart-table>
  </bc-smart-table-manager>
</div>`;
}

export function novoLotePage(operadora: Operadora, erro?: string): Html {
  return html`<form method="post" action="/Pagamentos/LotePagamento/Novo" class="bc-novo-lote panel">
  <h3 class="bc-operadora-titulo">${operadoraAns(operadora)}</h3>
  ${erro ? html`<div class="validation-summary-errors alert alert-danger" role="alert"><ul><li>${erro}</li></ul></div>` : ''}
  <div class="form-group"><label for="TipoGuia">Tipo de Guia*</label>
    <select id="TipoGuia" name="TipoGuia" class="form-control" required>
      ${TIPOS_GUIA.map((t) => html`<option value="${t}">${t}</option>`)}
    </select></div>
  <button type="submit" class="btn btn-primary">Salvar</button>
</form>`;
}

/** A header field: label and read-only input (tenants the scripts read) or label and text (the manuals). */
function campo(t: Tenant, rotulo: string, expr: string, col = 3): Html {
  return t.cabecalho === 'inputs'
    ? html`<div class="form-group col-md-${col}"><label class="control-label">${rotulo}</label><input type="text" class="form-control" readonly ng-value="${expr}"></div>`
    : html`<div class="bc-campo col-md-${col}"><label>${rotulo}</label><p class="form-control-static">{{${expr}}}</p></div>`;
}

export function loteDetalhePage(numero: number, t: Tenant): Html {
  const c = (rotulo: string, campoVm: string, col = 3) => campo(t, rotulo, `vm.lote.${campoVm}`, col);
  return html`<bc-detalhes-lote data-lote="${numero}" data-anexos="${t.anexos}" ng-cloak>
<div ng-if="vm.lote">
  <div class="btn-toolbar bc-toolbar bc-acoes-lote">
    <button type="button" class="btn btn-primary" ng-if="vm.lote.acoes.fechar" ng-click="vm.fechar()">Fechar Lote</button>
    <button type="button" class="btn btn-default" ng-if="vm.lote.acoes.excluir" ng-click="vm.excluir()">Excluir Lote</button>
    <button type="button" class="btn btn-default" ng-if="vm.lote.acoes.reabrir" ng-click="vm.reabrir()">Reabrir Lote</button>
    <button type="button" class="btn btn-primary" ng-if="vm.lote.acoes.enviar" ng-click="vm.enviar()">Enviar Lote</button>
    <button type="button" class="btn btn-default" ng-if="vm.lote.acoes.verificar" ng-click="vm.verificar()">Verificar situação do envio</button>
    <button type="button" class="btn btn-default" ng-if="vm.lote.acoes.verificar" ng-click="vm.mostrarLog = !vm.mostrarLog">Exibir Log de Envio</button>
    <button type="button" class="btn btn-default" ng-if="vm.lote.acoes.aposEnvio">Demonstrativo de Análise de Conta</button>
    <button type="button" class="btn btn-default" ng-if="vm.lote.acoes.aposEnvio" ng-click="vm.atualizarSituacao()">Atualizar Situação Protocolo</button>
    <button type="button" class="btn btn-default" ng-if="vm.lote.acoes.aposEnvio">Capa do Lote</button>
    <button type="button" class="btn btn-default" ng-if="vm.lote.acoes.aposEnvio">Troca de Mensagem</button>
    <button type="button" class="btn btn-default" id="recurso-glosa" ng-if="vm.lote.acoes.aposEnvio" ng-disabled="!vm.lote.permiteRecurso" ng-click="vm.recurso()">Recurso de Glosa</button>
  </div>
  <div class="alert alert-info bc-mensagem-envio" ng-if="vm.lote.mensagemEnvio" role="status"><ul><li>{{vm.lote.mensagemEnvio}}</li></ul></div>
  <pre class="bc-log-envio" ng-if="vm.mostrarLog">{{vm.lote.log.join('\\n')}}</pre>

  <section class="panel bc-detalhes">
    <h3 class="bc-secao">Detalhes</h3>
    <div class="row">${c('Nº Lote', 'numero')}${c('Situação do Lote', 'situacao')}</div>
    <div class="row">${c('Data Inclusão', 'dataInclusao')}${c('Data Fechamento', 'dataFechamento')}</div>
    <div class="row">${c('Enviar Até (Calendário)', 'enviarAte')}${c('Data Envio', 'dataEnvio')}${c('Data Pagamento', 'dataPagamento')}</div>
    <div class="row">${c('Operadora', 'operadora')}${c('Tipo de Guia', 'tipoGuia')}</div>
    <div class="row">${c('Protocolo', 'protocolo')}${c('Situação Protocolo', 'situacaoProtocolo')}</div>
    <div class="row">${c('Vlr. Informado', 'vlrInformado')}${c('Vlr. Processado', 'vlrProcessado')}${c('Vlr. Glosado', 'vlrGlosado')}${c('Vlr. Liberado', 'vlrLiberado')}</div>
    <div class="row">${c('Canal', 'canal')}</div>
  </section>

  <section class="panel bc-nota-fiscal">
    <h3 class="bc-secao">NOTA FISCAL</h3>
    <div class="row">
      <div class="bc-campo col-md-3"><label>Situação</label><p class="form-control-static">{{vm.lote.notaFiscal.situacao}}</p></div>
      <div class="bc-campo col-md-3"><label>Nº Nota Fiscal</label><p class="form-control-static">{{vm.lote.notaFiscal.numero}}</p></div>
      <div class="bc-campo col-md-3"><label>Vlr. Nota</label><p class="form-control-static">{{vm.lote.notaFiscal.valor}}</p></div>
      <div class="bc-campo col-md-3"><label>Emissão</label><p class="form-control-static">{{vm.lote.notaFiscal.emissao}}</p></div>
    </div>
    <div class="row">
      <div class="bc-campo col-md-3"><label>Nº Documento</label><p class="form-control-static">{{vm.lote.notaFiscal.documento}}</p></div>
      <div class="bc-campo col-md-3"><label>Descrição</label><p class="form-control-static">{{vm.lote.notaFiscal.descricao}}</p></div>
      <div class="bc-campo col-md-3"><label>Situação do Envio</label><p class="form-control-static">{{vm.lote.notaFiscal.envio}}</p></div>
    </div>
  </section>

  <section class="panel bc-anexos">
    <h3 class="bc-secao">DOCUMENTOS ANEXADOS AO LOTE</h3>
    <div class="btn-toolbar bc-toolbar">
      <button type="button" class="btn btn-default" id="incluir-anexo" ng-disabled="!vm.lote.acoes.incluirAnexo" ng-click="vm.abrirAnexo()">Incluir Anexo</button>
    </div>
    <bc-smart-table id="AnexosDataGrid" linhas="vm.lote.anexos" colunas="vm.colunasAnexos" chave="numero" selecao="vm.anexosSelecionados"></bc-smart-table>
  </section>

  <section class="panel bc-guias">
    <h3 class="bc-secao">GUIAS</h3>
    <p class="bc-limite-guias">{{vm.lote.mensagemGuias}}</p>
    <div class="btn-toolbar bc-toolbar">
      <button type="button" class="btn btn-default" ng-click="vm.abrirAdicionarGuias()">+ Adicionar Guias</button>
      <a class="btn btn-default" ng-class="{disabled: !vm.lote.acoes.adicionarGuias}" ng-href="{{vm.urlDigitarGuia()}}">✓ Digitar Guia</a>
    </div>
    <bc-smart-table linhas="vm.lote.guias" colunas="vm.colunasGuias" chave="numero" selecao="vm.guiasSelecionadas"></bc-smart-table>
  </section>

  <bc-modal-evolution id="modal-incluir-anexo" titulo="Anexo de Documentos" aberto="vm.anexoAberto">
    <bc-anexo-dropzone arquivo="vm.anexo.arquivo" formatos="TODOS"></bc-anexo-dropzone>
    <div class="form-group" ng-if="vm.anexo.arquivo">
      <label for="TipoDocumento">Tipo de Documento</label>
      <select id="TipoDocumento" name="TipoDocumento" class="form-control" ng-model="vm.anexo.tipoDocumento">
        <option value="">Selecione</option>
        ${TIPOS_DOCUMENTO.map((t) => html`<option value="${t}">${t}</option>`)}
      </select>
    </div>
    <div class="modal-footer">
      <button type="button" class="btn btn-default" ng-click="vm.anexoAberto = false">Cancelar</button>
      <button type="button" class="btn btn-primary" ng-click="vm.incluirAnexo()">Incluir</button>
    </div>
  </bc-modal-evolution>

  <bc-modal-evolution id="modal-adicionar-guias" titulo="GUIAS ENCONTRADAS" aberto="vm.adicionarAberto">
    <bc-smart-table linhas="vm.guiasEncontradas" colunas="vm.colunasGuiasEncontradas" chave="numero" selecao="vm.guiasParaAdicionar" contador="true"></bc-smart-table>
    <div class="modal-footer">
      <button type="button" class="btn btn-default" ng-click="vm.adicionarAberto = false">Cancelar</button>
      <button type="button" class="btn btn-primary" ng-disabled="!vm.guiasParaAdicionar.length" ng-click="vm.adicionarGuias()">Adicionar ao Lote</button>
    </div>
  </bc-modal-evolution>
</div>
</bc-detalhes-lote>`;
}
