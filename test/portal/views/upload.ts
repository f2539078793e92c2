// Uploads → Novo (seed 004 §9.1): the XML drop area driven by bc-incluir-arquivo (hidden input[type=file]),
// "Incluir", the success text and the history of sent files with Críticas (seed 000 §2 columns).
import { type Html, html } from '../format.ts';

export function uploadXmlPage(): Html {
  return html`<div class="bc-upload-xml" ng-controller="UploadXmlController as vm" ng-cloak>
  <section class="panel">
    <h3 class="bc-secao">ÁREA DE INCLUSÃO (CLIQUE NA ÁREA OU ARRASTE E SOLTE O ARQUIVO)</h3>
    <bc-incluir-arquivo arquivo="vm.arquivo" formatos="XML" aceitar=".xml,text/xml"></bc-incluir-arquivo>
    <div class="btn-toolbar"><button type="button" class="btn btn-primary" ng-disabled="!vm.arquivo" ng-click="vm.incluir()">Incluir</button></div>
    <div class="alert alert-success" role="status" ng-if="vm.mensagem">{{vm.mensagem}}</div>
  </section>
  <section class="panel">
    <h3 class="bc-secao">HISTÓRICO DE ARQUIVOS ENVIADOS</h3>
    <bc-smart-table linhas="vm.historico" colunas="vm.colunas" chave="chave" selecao="vm.selecionados" detalhe="criticasTexto" unico="true"></bc-smart-table>
  </section>
</div>`;
}
