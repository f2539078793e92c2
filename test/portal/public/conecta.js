// Client side of the mock Conecta portal: AngularJS 1.8 widgets named like Benner's (bc-*), rendering in
// place from JSON, and a select2-v3-like operadora picker. Values reach Angular only through the inputs'
// own input/change events, as on the real portal.
/* global angular */
(() => {
  const app = angular.module('conecta', []);

  // ---------- select2 v3 look-alike for the operadora picker (plain DOM, as select2 is jQuery) ----------
  document.addEventListener('click', (ev) => {
    const container = document.getElementById('s2id_OperadorasCredenciadas_HandleOperadoraSelected');
    if (!container) return;
    const drop = container.querySelector('.select2-drop');
    const item = ev.target.closest('.select2-result-selectable');
    if (item && container.contains(item)) {
      const select = document.getElementById('OperadorasCredenciadas_HandleOperadoraSelected');
      select.value = item.getAttribute('data-value');
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
    if (ev.target.closest('.select2-choice') && container.contains(ev.target)) {
      const aberto = container.classList.toggle('select2-dropdown-open');
      drop.classList.toggle('select2-display-none', !aberto);
      return;
    }
    container.classList.remove('select2-dropdown-open');
    drop.classList.add('select2-display-none');
  });
  document.addEventListener('change', (ev) => {
    if (ev.target.id === 'OperadorasCredenciadas_HandleOperadoraSelected') ev.target.form.submit();
  });

  // ---------- shared services ----------
  app.factory('bcMensagens', () => {
    const lista = [];
    return {
      lista,
      limpar: () => lista.splice(0, lista.length),
      erro: (texto) => lista.splice(0, lista.length, { tipo: 'danger', texto }),
      sucesso: (texto) => lista.splice(0, lista.length, { tipo: 'success', texto }),
    };
  });

  app.factory('bcConfirmacao', [
    '$q',
    ($q) => {
      const estado = { aberto: false, titulo: '', mensagem: '', ok: 'Sim', deferred: null };
      return {
        estado,
        abrir(titulo, mensagem, ok) {
          estado.deferred = $q.defer();
          Object.assign(estado, { aberto: true, titulo, mensagem, ok });
          return estado.deferred.promise;
        },
        responder(sim) {
          estado.aberto = false;
          if (sim) estado.deferred.resolve();
          else estado.deferred.reject('cancelado');
        },
      };
    },
  ]);

  /** POST/GET helper: shows the portal's message on failure and rejects. */
  app.factory('bcApi', [
    '$http',
    'bcMensagens',
    ($http, bcMensagens) => {
      const falhou = (resp) => {
        const texto = resp?.data?.message || 'Ocorreu um erro inesperado. Tente novamente.';
        bcMensagens.erro(texto);
        throw resp;
      };
      return {
        get: (url, params) => $http.get(url, { params }).then((r) => r.data, falhou),
        post: (url, body) => $http.post(url, body || {}).then((r) => r.data, falhou),
        arquivo: (url, file, headers) =>
          $http
            .post(url, file, {
              transformRequest: angular.identity,
              headers: Object.assign(
                { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
                headers,
              ),
            })
            .then((r) => r.data, falhou),
      };
    },
  ]);

  app.controller('MensagensController', [
    'bcMensagens',
    function (bcMensagens) {
      this.lista = bcMensagens.lista;
    },
  ]);

  app.controller('AguardeController', [
    '$http',
    function ($http) {
      this.ocupado = () => $http.pendingRequests.length > 0;
    },
  ]);

  app.controller('ConfirmacaoController', [
    'bcConfirmacao',
    function (bcConfirmacao) {
      this.estado = bcConfirmacao.estado;
      this.responder = (sim) => bcConfirmacao.responder(sim);
    },
  ]);

  app.controller('InformativosController', [
    function () {
      this.aberto = true;
      this.atual = 0;
      this.proximo = () => {
        this.atual += 1;
      };
      this.fechar = () => {
        this.aberto = false;
        document.body.classList.remove('modal-open');
        document.getElementById('bcInformativosBackdrop')?.remove();
      };
    },
  ]);

  const tamanhoMb = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  const MAXIMO = 15 * 1024 * 1024;

  // ---------- bc-smart-table: grid with checkbox column, "Não existem registros." and row details ----------
  app.directive('bcSmartTable', () => ({
    restrict: 'E',
    scope: {},
    bindToController: {
      linhas: '<',
      colunas: '<',
      selecao: '=?',
      chave: '@',
      detalhe: '@',
      contador: '@',
      unico: '@',
    },
    controllerAs: 'st',
    controller: [
      function () {
        this.$onInit = () => {
          if (!this.selecao) this.selecao = [];
        };
        this.id = (l) => l[this.chave];
        this.selecionado = (l) => this.selecao.indexOf(this.id(l)) >= 0;
        this.alternar = (l) => {
          const i = this.selecao.indexOf(this.id(l));
          if (i >= 0) this.selecao.splice(i, 1);
          else if (this.unico) this.selecao.splice(0, this.selecao.length, this.id(l));
          else this.selecao.push(this.id(l));
        };
        this.todos = () => (this.linhas || []).length > 0 && this.selecao.length === this.linhas.length;
        this.alternarTodos = () => {
          const marcar = !this.todos();
          this.selecao.splice(0, this.selecao.length);
          if (marcar) for (const l of this.linhas) this.selecao.push(this.id(l));
        };
      },
    ],
    template:
      '<div class="bc-smart-table-container">' +
      '<p class="bc-resultados" ng-if="st.contador && st.linhas.length">{{st.linhas.length}} resultados encontrados</p>' +
      '<table class="table table-striped table-hover bc-table">' +
      '<thead><tr>' +
      '<th class="bc-col-selecao"><input type="checkbox" aria-label="Selecionar todos" ng-checked="st.todos()" ng-click="st.alternarTodos()"></th>' +
      '<th ng-repeat="c in st.colunas">{{c.titulo}}</th>' +
      '</tr></thead>' +
      '<tbody>' +
      '<tr ng-if="!st.linhas.length" class="bc-sem-registros"><td colspan="{{st.colunas.length + 1}}">Não existem registros.</td></tr>' +
      '<tr ng-repeat-start="l in st.linhas track by st.id(l)" class="dataGridRow" ng-class="{\'info selected\': st.selecionado(l)}" ng-click="st.alternar(l)">' +
      '<td class="bc-col-selecao"><input type="checkbox" aria-label="Selecionar" ng-checked="st.selecionado(l)"></td>' +
      '<td ng-repeat="c in st.colunas">{{l[c.campo]}}</td>' +
      '</tr>' +
      '<tr ng-repeat-end ng-if="st.detalhe && st.selecionado(l) && l[st.detalhe]" class="dataGridRowDetail">' +
      '<td></td><td colspan="{{st.colunas.length}}">{{l[st.detalhe]}}</td></tr>' +
      '</tbody></table></div>',
  }));

  // ---------- bc-modal-evolution: Bootstrap-like modal whose body is the element's content ----------
  app.directive('bcModalEvolution', () => ({
    restrict: 'E',
    transclude: true,
    scope: { titulo: '@', aberto: '=' },
    template:
      '<div class="modal fade" ng-class="{in: aberto}" ng-style="{display: aberto ? \'block\' : \'none\'}" role="dialog" tabindex="-1" aria-label="{{titulo}}">' +
      '<div class="modal-dialog modal-lg" role="document"><div class="modal-content">' +
      '<div class="modal-header"><button type="button" class="close" aria-label="Fechar" ng-click="aberto = false">&times;</button>' +
      '<h4 class="modal-title">{{titulo}}</h4></div>' +
      '<div class="modal-body" ng-transclude></div>' +
      '</div></div></div>',
  }));

  // ---------- file areas: bc-anexo-dropzone (anexos) and bc-incluir-arquivo (XML upload) ----------
  // Both are a click/drop area driving a hidden input[type=file]; the chosen File goes to `arquivo`.
  const areaDeArquivo = () => ({
    restrict: 'E',
    scope: { arquivo: '=', formatos: '@', aceitar: '@' },
    template:
      '<div class="bc-dropzone" ng-class="{\'bc-dropzone-com-arquivo\': arquivo}">' +
      '<p class="bc-dropzone-info">Formatos de arquivo aceitos: {{formatos}}</p>' +
      '<p class="bc-dropzone-info">Tamanho máximo: 15 MB</p>' +
      '<div class="dz-message" role="button" tabindex="0" ng-if="!arquivo">Clique aqui ou arraste um arquivo para esta área</div>' +
      '<div class="dz-preview" ng-if="arquivo"><span class="dz-size">{{tamanho(arquivo.size)}}</span> ' +
      '<span class="dz-filename">{{arquivo.name}}</span> <a href="" class="dz-remove" ng-click="remover($event)">Remover</a></div>' +
      '<div class="dz-error-message text-danger" ng-if="erro" role="alert">{{erro}}</div>' +
      '<input type="file" class="dz-hidden-input" tabindex="-1" aria-hidden="true" style="visibility: hidden; position: absolute; top: 0; left: 0; height: 0; width: 0;">' +
      '</div>',
    link(scope, element) {
      const input = element[0].querySelector('input[type=file]');
      if (scope.aceitar) input.setAttribute('accept', scope.aceitar);
      scope.tamanho = tamanhoMb;
      const escolher = (file) => {
        scope.$evalAsync(() => {
          scope.erro = '';
          if (!file) return;
          if (file.size > MAXIMO) {
            scope.erro = `O arquivo "${file.name}" excede o tamanho máximo de 15 MB.`;
            return;
          }
          scope.arquivo = file;
        });
      };
      scope.remover = (ev) => {
        ev.stopPropagation();
        scope.arquivo = null;
        input.value = '';
      };
      element.on('click', (ev) => {
        if (ev.target === input || ev.target.classList.contains('dz-remove')) return;
        if (!scope.arquivo) input.click();
      });
      input.addEventListener('change', () => escolher(input.files[0]));
      element.on('dragover', (ev) => ev.preventDefault());
      element.on('drop', (ev) => {
        ev.preventDefault();
        escolher(ev.dataTransfer?.files[0]);
      });
      scope.$watch('arquivo', (f) => {
        if (!f) input.value = '';
      });
    },
  });
  app.directive('bcAnexoDropzone', areaDeArquivo);
  app.directive('bcIncluirArquivo', areaDeArquivo);

  // ---------- Lotes de Pagamento search ----------
  app.controller('PesquisaLoteController', [
    '$element',
    '$q',
    '$window',
    'bcApi',
    'bcMensagens',
    function ($element, $q, $window, bcApi, bcMensagens) {
      const paraRecursar = $element.attr('data-modo') === 'recurso';
      this.filtro = {};
      this.filtrosAbertos = false;
      this.selecionados = [];
      this.lotes = [];
      this.colunas = [
        { titulo: 'Operadora', campo: 'operadora' },
        { titulo: 'Data Inclusão', campo: 'dataInclusao' },
        { titulo: 'Nº Lote', campo: 'numero' },
        { titulo: 'Situação Lote', campo: 'situacao' },
        { titulo: 'Protocolo', campo: 'protocolo' },
        { titulo: 'Situação Protocolo', campo: 'situacaoProtocolo' },
        { titulo: 'Tipo de Guia', campo: 'tipoGuia' },
      ];
      const carregar = () => {
        const params = Object.assign({}, this.filtro, paraRecursar ? { recurso: '1' } : {});
        return bcApi.get('/api/lotes', params).then((d) => {
          this.lotes = d.lotes;
          this.selecionados.splice(0, this.selecionados.length);
        });
      };
      this.pesquisar = () => {
        bcMensagens.limpar();
        carregar();
      };
      this.cancelarFiltro = () => {
        this.filtro = {};
        this.filtrosAbertos = false;
        carregar();
      };
      const selecionado = () => this.lotes.find((l) => l.numero === this.selecionados[0]);
      this.detalhes = () => {
        $window.location.href = `/Pagamentos/LotePagamento/Detalhes/${this.selecionados[0]}`;
      };
      this.atualizarSituacao = () => {
        const pedidos = this.selecionados.map((n) => bcApi.post(`/api/lotes/${n}/atualizar-situacao`));
        $q.all(pedidos).then(carregar, () => undefined);
      };
      this.podeRecurso = () => this.selecionados.length === 1 && !!selecionado()?.permiteRecurso;
      this.recurso = () => {
        bcApi.post(`/api/lotes/${this.selecionados[0]}/recursos`).then((d) => {
          $window.location.href = `/Pagamentos/RecursoGlosa/Editar/${d.numero}`;
        });
      };
      carregar();
    },
  ]);

  // ---------- bc-detalhes-lote: the lote page (Detalhes, nota fiscal, anexos, guias) ----------
  app.directive('bcDetalhesLote', () => ({
    restrict: 'E',
    scope: true,
    controllerAs: 'vm',
    controller: [
      '$attrs',
      '$window',
      'bcApi',
      'bcConfirmacao',
      'bcMensagens',
      function ($attrs, $window, bcApi, bcConfirmacao, bcMensagens) {
        const numero = $attrs.lote;
        const base = `/api/lotes/${numero}`;
        this.colunasAnexos = [
          { titulo: 'Nº Documento', campo: 'numero' },
          { titulo: 'Tipo Documento', campo: 'tipoDocumento' },
          { titulo: 'Nome do arquivo', campo: 'nomeArquivo' },
          { titulo: 'Data do Anexo', campo: 'data' },
          { titulo: 'Situação', campo: 'situacao' },
        ];
        this.colunasGuias = [
          { titulo: 'Data Digitação', campo: 'dataDigitacao' },
          { titulo: 'Beneficiário', campo: 'beneficiario' },
          { titulo: 'Nº Guia Prestador', campo: 'numero' },
          { titulo: 'Vlr. Informado', campo: 'vlrInformado' },
          { titulo: 'Vlr. Processado', campo: 'vlrProcessado' },
          { titulo: 'Vlr. Glosado', campo: 'vlrGlosado' },
          { titulo: 'Vlr. Liberado', campo: 'vlrLiberado' },
        ];
        this.colunasGuiasEncontradas = [
          { titulo: 'Data Solicit/Digitação', campo: 'dataDigitacao' },
          { titulo: 'Nº Guia Prestador', campo: 'numero' },
          { titulo: 'Tipo', campo: 'tipo' },
          { titulo: 'Beneficiário', campo: 'beneficiario' },
          { titulo: 'Operadora', campo: 'operadora' },
        ];
        this.anexosSelecionados = [];
        this.guiasSelecionadas = [];
        this.guiasParaAdicionar = [];
        this.anexo = {};
        const usar = (d) => {
          this.lote = d.lote;
          return d;
        };
        const carregar = () => bcApi.get(base).then(usar);
        const acao = (caminho) => bcApi.post(`${base}/${caminho}`).then(usar);
        const confirmar = (titulo, mensagem, ok, caminho) =>
          bcConfirmacao.abrir(titulo, mensagem, ok).then(() => {
            bcMensagens.limpar();
            return acao(caminho);
          });
        const ignorar = () => undefined;
        this.fechar = () =>
          confirmar('Fechar Lote', `Confirma o fechamento do lote ${numero}?`, 'Sim, fechar lote', 'fechar').catch(
            ignorar,
          );
        this.reabrir = () =>
          confirmar('Reabrir Lote', `Confirma a reabertura do lote ${numero}?`, 'Sim, reabrir lote', 'reabrir').catch(
            ignorar,
          );
        this.enviar = () =>
          confirmar(
            'Enviar Lote',
            `Confirma o envio do lote ${numero} para a operadora?`,
            'Sim, enviar lote',
            'enviar',
          ).catch(ignorar);
        this.verificar = () => acao('verificar-envio').catch(ignorar);
        this.atualizarSituacao = () => acao('atualizar-situacao').catch(ignorar);
        this.excluir = () =>
          bcConfirmacao
            .abrir('Excluir Lote', `Confirma a exclusão do lote ${numero}?`, 'Sim, excluir lote')
            .then(() => bcApi.post(`${base}/excluir`))
            .then(() => {
              $window.location.href = '/Pagamentos/PesquisaLote/Index';
            })
            .catch(ignorar);
        this.recurso = () =>
          bcConfirmacao
            .abrir(
              'Recurso de Glosa',
              `Deseja incluir um novo recurso de glosa para o lote ${numero}?`,
              'Sim, incluir novo recurso',
            )
            .then(() => bcApi.post(`${base}/recursos`))
            .then((d) => {
              $window.location.href = `/Pagamentos/RecursoGlosa/Editar/${d.numero}`;
            })
            .catch(ignorar);
        this.abrirAnexo = () => {
          this.anexo = {};
          this.anexoAberto = true;
        };
        this.incluirAnexo = () => {
          if (!this.anexo.arquivo) return bcMensagens.erro('Selecione um arquivo.');
          if (!this.anexo.tipoDocumento) return bcMensagens.erro('Selecione o tipo de documento.');
          bcApi
            .arquivo(`${base}/anexos`, this.anexo.arquivo, {
              'X-Tipo-Documento': encodeURIComponent(this.anexo.tipoDocumento),
            })
            .then((d) => {
              usar(d);
              bcMensagens.limpar();
              this.anexoAberto = false;
            })
            .catch(ignorar);
        };
        this.abrirAdicionarGuias = () => {
          this.guiasParaAdicionar.splice(0, this.guiasParaAdicionar.length);
          bcApi
            .get('/api/guias', { tipoGuia: this.lote.tipoGuia, operadora: this.lote.operadoraAns })
            .then((d) => {
              this.guiasEncontradas = d.guias;
              this.adicionarAberto = true;
            })
            .catch(ignorar);
        };
        this.adicionarGuias = () =>
          bcApi
            .post(`${base}/guias`, { guias: this.guiasParaAdicionar })
            .then((d) => {
              usar(d);
              bcMensagens.limpar();
              this.adicionarAberto = false;
            })
            .catch(ignorar);
        this.urlDigitarGuia = () => {
          if (!this.lote?.acoes.adicionarGuias) return '';
          const rota = this.lote.tipoGuia === 'Consulta' ? 'Consulta' : 'SpSadt';
          return `/Guias/${rota}/FaturamentoNovaGuiaEletiva?lote=${numero}`;
        };
        carregar().catch(ignorar);
      },
    ],
  }));
})();
