// Two Faturamento pages the manuals show but whose routes they do not: Pagamentos Pendentes with the nota
// fiscal flow (004 § 11: Prévia, Nova Nota Fiscal, Anexo de Documentos, Enviar Nota Fiscal) and Documentos
// Anexos > Com falha no Envio (000 Q6). The routes are the mock's own (README, unverified).
import { type Html, html } from '../format.ts';
import { FORMATOS_ANEXO_NOTA_FISCAL, type Operadora } from '../state.ts';
import { operadoraAns } from '../viewmodels.ts';

export function pagamentosPendentesPage(operadoras: Operadora[], selecionada: string): Html {
  return html`<div class="bc-pagamentos-pendentes" ng-controller="PagamentosPendentesController as vm" data-operadora="${selecionada}" ng-cloak>
  <fieldset class="bc-filtros panel">
    <legend>FILTROS</legend>
    <div class="form-group col-md-4"><label for="OperadoraPagamento">Operadora*</label>
      <select id="OperadoraPagamento" name="Operadora" class="form-control" ng-model="vm.operadora">
        ${operadoras.map((o) => html`<option value="${o.ans}">${operadoraAns(o)}</option>`)}
      </select></div>
    <div class="bc-filtros-acoes"><button type="button" id="btn-Pesquisar" class="btn btn-primary" ng-click="vm.pesquisar()">Pesquisar</button></div>
  </fieldset>

  <section class="panel">
    <h3 class="bc-secao">PAGAMENTOS PENDENTES</h3>
    <div class="btn-toolbar bc-toolbar">
      <button type="button" class="btn btn-default" ng-disabled="!vm.pagamento()" ng-click="vm.previaAberta = true">Ver Prévia</button>
      <button type="button" class="btn btn-default" ng-disabled="!vm.pagamento()">Baixar Relatórios Prévia</button>
    </div>
    <bc-smart-table linhas="vm.pagamentos" colunas="vm.colunasPagamentos" chave="id" selecao="vm.selecionados" unico="true"></bc-smart-table>
  </section>

  <section class="panel bc-notas-fiscais" ng-if="vm.pagamento()">
    <h3 class="bc-secao">NOTAS FISCAIS</h3>
    <div class="btn-toolbar bc-toolbar">
      <button type="button" class="btn btn-default" ng-if="!vm.pagamento().notas.length" ng-click="vm.novaNota()">Nova Nota Fiscal</button>
      <button type="button" class="btn btn-default" ng-if="vm.pagamento().notas.length && vm.pagamento().podeEditar" ng-click="vm.editarNota()">Editar Nota Fiscal</button>
      <button type="button" class="btn btn-default" ng-if="vm.pagamento().notas.length && vm.pagamento().podeEditar">Excluir Nota Fiscal</button>
      <button type="button" class="btn btn-primary" ng-if="vm.pagamento().notas.length && vm.pagamento().podeEditar" ng-click="vm.enviarNota()">Enviar Nota Fiscal</button>
      <button type="button" class="btn btn-default" ng-if="vm.pagamento().notas.length">Baixar Nota Fiscal</button>
    </div>
    <bc-smart-table linhas="vm.pagamento().notas" colunas="vm.colunasNotas" chave="numero" selecao="vm.notasSelecionadas" unico="true"></bc-smart-table>
  </section>

  <bc-modal-evolution id="modal-previa" titulo="Prévia de Pagamento" aberto="vm.previaAberta">
    <h4 class="bc-secao">BASES</h4>
    <bc-smart-table linhas="vm.pagamento().bases" colunas="vm.colunasBases" chave="tipoServico"></bc-smart-table>
    <h4 class="bc-secao">LOTES</h4>
    <bc-smart-table linhas="vm.pagamento().lotes" colunas="vm.colunasLotes" chave="lote"></bc-smart-table>
    <div class="modal-footer"><button type="button" class="btn btn-default" ng-click="vm.previaAberta = false">Voltar</button></div>
  </bc-modal-evolution>

  <bc-modal-evolution id="modal-nota-fiscal" titulo="Nota Fiscal" aberto="vm.notaAberta">
    <div class="row">
      <div class="form-group col-md-4"><label for="NumeroNotaFiscal">Nº Nota Fiscal*</label>
        <input id="NumeroNotaFiscal" name="NumeroNotaFiscal" type="text" class="form-control" ng-model="vm.nota.numero"></div>
      <div class="form-group col-md-4"><label for="SerieNotaFiscal">Serie*</label>
        <input id="SerieNotaFiscal" name="Serie" type="text" class="form-control" ng-model="vm.nota.serie"></div>
      <div class="form-group col-md-4"><label for="ValorNotaFiscal">Vlr. Nota*</label>
        <input id="ValorNotaFiscal" name="ValorNota" type="text" class="form-control" placeholder="R$ 0,00" ng-model="vm.nota.valor"></div>
    </div>
    <div class="row">
      <div class="form-group col-md-4"><label for="EmissaoNotaFiscal">Emissão*</label>
        <input id="EmissaoNotaFiscal" name="Emissao" type="text" class="form-control" placeholder="dd/mm/aaaa" ng-model="vm.nota.emissao"></div>
    </div>
    <div class="modal-footer">
      <button type="button" class="btn btn-default" ng-click="vm.notaAberta = false">Abortar</button>
      <button type="button" class="btn btn-primary" ng-click="vm.salvarNota()">Salvar</button>
    </div>
  </bc-modal-evolution>

  <bc-modal-evolution id="modal-anexo-nota" titulo="Anexo de Documentos" aberto="vm.anexoAberto">
    <bc-anexo-dropzone arquivo="vm.anexo.arquivo" formatos="${FORMATOS_ANEXO_NOTA_FISCAL.join(', ')}"></bc-anexo-dropzone>
    <div class="form-group" ng-if="vm.anexo.arquivo"><label for="TipoDocumentoNota">Tipo de Documento</label>
      <select id="TipoDocumentoNota" class="form-control" ng-model="vm.anexo.tipoDocumento"><option value="">Selecione</option><option value="NOTA FISCAL">NOTA FISCAL</option></select></div>
    <div class="modal-footer">
      <button type="button" class="btn btn-default" ng-click="vm.anexoAberto = false">Cancelar</button>
      <button type="button" class="btn btn-primary" ng-click="vm.incluirAnexo()">Incluir</button>
    </div>
  </bc-modal-evolution>
</div>`;
}

export function documentosComFalhaPage(): Html {
  return html`<div class="bc-documentos-falha" ng-controller="DocumentosComFalhaController as vm" ng-cloak>
  <h2 class="bc-titulo">DOCUMENTOS ANEXOS - COM FALHA NO ENVIO</h2>
  <div class="btn-toolbar bc-toolbar">
    <button type="button" class="btn btn-default" ng-disabled="!vm.selecionados.length" ng-click="vm.reenviar()">Reenviar Anexo</button>
    <button type="button" class="btn btn-default" ng-disabled="!vm.selecionados.length">Baixar Documento</button>
    <button type="button" class="btn btn-default" ng-disabled="!vm.selecionados.length">Excluir Anexo</button>
    <input type="text" class="form-control bc-pesquisar" placeholder="Pesquisar" aria-label="Pesquisar" ng-model="vm.filtro" ng-change="vm.filtrar()">
  </div>
  <bc-smart-table linhas="vm.visiveis" colunas="vm.colunas" chave="numero" selecao="vm.selecionados"></bc-smart-table>
</div>`;
}
