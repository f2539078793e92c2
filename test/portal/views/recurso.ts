// Recurso de Glosa (seeds 002 §2.3 and 004 §13): header fields, anexos do recurso, guias and procedures with
// glosas (#GuiasGlosadasTable, #ProcedimentosGlosadosTable) and the justificativa modal
// (bc-modal-justificar-glosa with #ValorRecursado and Justificativas[i].Justificativa).
import { type Html, html } from '../format.ts';
import { FORMATOS_ANEXO_RECURSO } from '../state.ts';

const campo = (rotulo: string, valor: string) =>
  html`<div class="bc-campo col-md-2"><label>${rotulo}</label><p class="form-control-static">{{vm.recurso.${valor}}}</p></div>`;

export function recursoGlosaPage(numero: number): Html {
  return html`<div class="bc-recurso-glosa" ng-controller="RecursoGlosaController as vm" data-recurso="${numero}" ng-cloak>
<div ng-if="vm.recurso">
  <h2 class="bc-titulo">RECURSO DE GLOSA</h2>
  <div class="btn-toolbar bc-toolbar">
    <a class="btn btn-default" ng-href="/Pagamentos/LotePagamento/Detalhes/{{vm.recurso.lote}}">Detalhes do Lote de Pagamento</a>
    <button type="button" class="btn btn-default" ng-if="vm.recurso.podeEditar" ng-click="vm.excluir()">Excluir Recurso</button>
    <button type="button" class="btn btn-primary" ng-if="vm.recurso.podeEditar" ng-click="vm.enviar()">Enviar Recurso</button>
  </div>
  <section class="panel">
    <div class="row">
      ${campo('Nº Guia Prestador', 'numero')}${campo('Data Inclusão', 'dataInclusao')}${campo('Data de Envio', 'dataEnvio')}
      ${campo('Nível do Recurso', 'nivel')}${campo('Sequência Recurso', 'sequencia')}${campo('Origem Recurso Glosa', 'origem')}
    </div>
    <div class="row">
      ${campo('Situação do Recurso', 'situacao')}${campo('Data da Situação', 'dataSituacao')}${campo('Data de Pagamento', 'dataPagamento')}${campo('Protocolo do Recurso', 'protocoloRecurso')}
    </div>
    <div class="row">
      ${campo('Operadora', 'operadora')}${campo('Lote Original', 'lote')}${campo('Protocolo Original', 'protocoloOriginal')}${campo('Protocolo Recursado', 'protocoloOriginal')}
    </div>
    <div class="row">
      ${campo('Vlr. Informado', 'vlrInformado')}${campo('Vlr. Glosado', 'vlrGlosado')}${campo('Vlr. Liberado', 'vlrLiberado')}${campo('Vlr. Recursado', 'vlrRecursado')}${campo('Vlr. Acatado', 'vlrAcatado')}
    </div>
  </section>

  <section class="panel">
    <h3 class="bc-secao">DOCUMENTOS ANEXOS DO RECURSO</h3>
    <div class="btn-toolbar bc-toolbar"><button type="button" class="btn btn-default" ng-disabled="!vm.recurso.podeEditar" ng-click="vm.abrirAnexo()">Incluir Anexo</button></div>
    <bc-smart-table linhas="vm.recurso.anexos" colunas="vm.colunasAnexos" chave="numero"></bc-smart-table>
  </section>

  <section class="panel">
    <h3 class="bc-secao">NOTAS FISCAIS</h3>
    <p>Ainda não foi informada nenhuma nota fiscal para este pagamento.</p>
  </section>

  <section class="panel">
    <h3 class="bc-secao">GUIAS COM GLOSAS A RECURSAR</h3>
    <div class="btn-toolbar bc-toolbar">
      <button type="button" class="btn btn-default" ng-disabled="!vm.recurso.podeEditar" ng-click="vm.justificar('lote')">Recursar Lote</button>
      <button type="button" class="btn btn-default" id="bcRecursar" ng-disabled="!vm.recurso.podeEditar || !vm.guiaSelecionada()" ng-click="vm.justificar('guia:' + vm.guiaSelecionada().numero)">Recursar Guia</button>
      <button type="button" class="btn btn-default" ng-disabled="!vm.guiaSelecionada()" ng-click="vm.buscarProcedimentos()">Buscar Procedimentos</button>
      <button type="button" class="btn btn-default" ng-disabled="!vm.guiaSelecionada()" ng-click="vm.detalhesAbertos = true">Exibir Detalhes das Glosas</button>
    </div>
    <bc-smart-table id="GuiasGlosadasTable" linhas="vm.recurso.guias" colunas="vm.colunasGuias" chave="numero" selecao="vm.guiasSelecionadas" unico="true"></bc-smart-table>
  </section>

  <section class="panel">
    <h3 class="bc-secao">DOCUMENTOS ANEXOS DA GUIA SELECIONADA</h3>
    <bc-smart-table linhas="[]" colunas="vm.colunasAnexos" chave="numero"></bc-smart-table>
  </section>

  <section class="panel">
    <h3 class="bc-secao">PROCEDIMENTOS DA GUIA SELECIONADA COM GLOSAS A RECURSAR</h3>
    <div class="btn-toolbar bc-toolbar">
      <a href="" class="btn btn-default" ng-class="{disabled: !vm.recurso.podeEditar || !vm.procedimentosSelecionados.length}" ng-click="vm.justificar(vm.procedimentosSelecionados[0])">Recursar Procedimento</a>
    </div>
    <bc-smart-table id="ProcedimentosGlosadosTable" linhas="vm.procedimentos" colunas="vm.colunasProcedimentos" chave="chave" selecao="vm.procedimentosSelecionados" unico="true"></bc-smart-table>
  </section>

  <bc-modal-evolution id="modal-detalhes-glosas" titulo="DESCRIÇÃO DAS GLOSAS DA GUIA SELECIONADA" aberto="vm.detalhesAbertos">
    <table class="table bc-table"><thead><tr><th>Código</th><th>Descrição</th></tr></thead>
      <tbody><tr ng-repeat="d in vm.guiaSelecionada().descricoes"><td>{{d.codigo}}</td><td>{{d.descricao}}</td></tr></tbody></table>
    <div class="modal-footer"><button type="button" class="btn btn-default" ng-click="vm.detalhesAbertos = false">Voltar</button></div>
  </bc-modal-evolution>

  <bc-modal-evolution id="modal-anexo-recurso" titulo="Anexo de Documentos" aberto="vm.anexoAberto">
    <bc-anexo-dropzone arquivo="vm.anexo.arquivo" formatos="${FORMATOS_ANEXO_RECURSO.join(', ')}"></bc-anexo-dropzone>
    <div class="form-group" ng-if="vm.anexo.arquivo"><label for="TipoDocumentoRecurso">Tipo de Documento</label>
      <select id="TipoDocumentoRecurso" class="form-control" ng-model="vm.anexo.tipoDocumento"><option value="">Selecione</option><option value="05-JUSTIFIC">05-JUSTIFIC</option><option value="[JUSTIFICATIVA]">[JUSTIFICATIVA]</option></select></div>
    <div class="modal-footer">
      <button type="button" class="btn btn-default" ng-click="vm.anexoAberto = false">Cancelar</button>
      <button type="button" class="btn btn-primary" ng-click="vm.incluirAnexo()">Incluir</button>
    </div>
  </bc-modal-evolution>

  <bc-modal-justificar-glosa recurso="{{vm.recurso.numero}}" chave="vm.chave" aberto="vm.justificarAberto" ao-salvar="vm.usar(recurso)"></bc-modal-justificar-glosa>
</div>
</div>`;
}
