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

  /** "Incluir" of an Anexo de Documentos dialog: the file and its tipo are required, then both are sent. */
  app.factory('bcIncluirAnexo', [
    '$q',
    'bcApi',
    'bcMensagens',
    ($q, bcApi, bcMensagens) => (url, anexo) => {
      const falta = !anexo.arquivo
        ? 'Selecione um arquivo.'
        : !anexo.tipoDocumento
          ? 'Selecione o tipo de documento.'
          : '';
      if (falta) {
        bcMensagens.erro(falta);
        return $q.reject(falta);
      }
      return bcApi
        .arquivo(url, anexo.arquivo, { 'X-Tipo-Documento': encodeURIComponent(anexo.tipoDocumento) })
        .then((d) => {
          bcMensagens.limpar();
          return d;
        });
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

  app.controller('EvolucaoController', [
    function () {
      this.aberto = true;
      this.atual = 0;
      this.proximo = () => {
        this.atual += 1;
      };
      this.fechar = () => {
        this.aberto = false;
      };
    },
  ]);

  /** Grid columns as [heading, field] pairs. */
  const colunas = (...pares) => pares.map(([titulo, campo]) => ({ titulo, campo }));
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
      aoSelecionar: '&?',
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
          // A lookup grid picks the clicked row instead of toggling a selection.
          if (this.aoSelecionar) return this.aoSelecionar({ linha: l });
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
      // One <tbody> per record, as the real bc-smart-table renders (conecta-portal.md, last section).
      '<tbody ng-if="!st.linhas.length"><tr class="bc-sem-registros"><td colspan="{{st.colunas.length + 1}}">Não existem registros.</td></tr></tbody>' +
      '<tbody ng-repeat="l in st.linhas track by st.id(l)">' +
      '<tr class="dataGridRow" ng-class="{\'info selected\': st.selecionado(l)}" ng-click="st.alternar(l)">' +
      '<td class="bc-col-selecao"><input type="checkbox" aria-label="Selecionar" ng-checked="st.selecionado(l)"></td>' +
      '<td ng-repeat="c in st.colunas">{{l[c.campo]}}</td>' +
      '</tr>' +
      '<tr ng-if="st.detalhe && st.selecionado(l) && l[st.detalhe]" class="dataGridRowDetail">' +
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
      // The filter starts on the operadora picked in the header (004 § 13.1: "Operadora: IPAM - ANS nº 999991").
      const operadora = $element.attr('data-operadora') || '';
      this.filtro = { operadora };
      this.filtrosAbertos = false;
      this.selecionados = [];
      this.lotes = [];
      this.colunas = colunas(
        ...($element.attr('data-coluna-operadora') === '1' ? [['Operadora', 'operadora']] : []),
        ['Data Inclusão', 'dataInclusao'],
        ['Nº Lote', 'numero'],
        ['Situação Lote', 'situacao'],
        ['Protocolo', 'protocolo'],
        ['Situação Protocolo', 'situacaoProtocolo'],
        ['Tipo de Guia', 'tipoGuia'],
      );
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
        this.filtro = { operadora };
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

  // ---------- Autorização → Pesquisar Guias → Pesquisa de Guias (004 §§ 6, 8, 9.2) ----------
  // "Gerar cobrança Consulta ou SADT ou internação" (004 § 9.2): the caption follows the selected guia's type.
  const COBRANCA = { Consulta: 'Consulta', 'SP/SADT': 'SADT', 'Solicit. Internação': 'Internação' };
  app.controller('PesquisaGuiasController', [
    '$element',
    '$window',
    'bcApi',
    'bcMensagens',
    function ($element, $window, bcApi, bcMensagens) {
      const inicial = () => ({ de: $element.attr('data-de'), ate: $element.attr('data-ate') });
      const operadora = $element.attr('data-operadora') || '';
      this.filtro = inicial();
      this.guias = [];
      this.selecionadas = [];
      this.colunas = colunas(
        ['Data Solicit/Digitação', 'dataSolicitacao'],
        ['Nº Guia Prestador', 'numero'],
        ['Tipo', 'tipo'],
        ['Situação', 'situacao'],
        ['Beneficiário', 'beneficiario'],
        ['Operadora', 'operadora'],
      );
      const carregar = () =>
        bcApi.get('/api/autorizacoes', Object.assign({ operadora }, this.filtro)).then((d) => {
          this.guias = d.guias;
          this.selecionadas.splice(0, this.selecionadas.length);
        });
      this.pesquisar = () => {
        bcMensagens.limpar();
        carregar();
      };
      this.cancelar = () => {
        this.filtro = inicial();
        carregar();
      };
      this.selecionada = () =>
        this.selecionadas.length === 1 ? this.guias.find((g) => g.numero === this.selecionadas[0]) : undefined;
      this.cobranca = () => {
        const g = this.selecionada();
        return g && g.situacao === 'Autorizada' ? COBRANCA[g.tipo] : undefined;
      };
      this.detalhes = () => {
        $window.location.href = `/Guias/Autorizacao/Detalhes/${this.selecionadas[0]}`;
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
      'bcIncluirAnexo',
      'bcMensagens',
      function ($attrs, $window, bcApi, bcConfirmacao, bcIncluirAnexo, bcMensagens) {
        const numero = $attrs.lote;
        const base = `/api/lotes/${numero}`;
        // 004 § 9.2 b's anexos grid, or 000 Q1's older one (Descrição, no file name) on that tenant.
        this.colunasAnexos =
          $attrs.anexos === '000'
            ? colunas(
                ['Nº Documento', 'numero'],
                ['Descrição', 'tipoDocumento'],
                ['Data do Anexo', 'data'],
                ['Situação', 'situacao'],
              )
            : colunas(
                ['Nº Documento', 'numero'],
                ['Tipo Documento', 'tipoDocumento'],
                ['Nome do arquivo', 'nomeArquivo'],
                ['Data do Anexo', 'data'],
                ['Situação', 'situacao'],
              );
        this.colunasGuias = colunas(
          ['Data Digitação', 'dataDigitacao'],
          ['Beneficiário', 'beneficiario'],
          ['Nº Guia Prestador', 'numero'],
          ['Vlr. Informado', 'vlrInformado'],
          ['Vlr. Processado', 'vlrProcessado'],
          ['Vlr. Glosado', 'vlrGlosado'],
          ['Vlr. Liberado', 'vlrLiberado'],
        );
        this.colunasGuiasEncontradas = colunas(
          ['Data Solicit/Digitação', 'dataDigitacao'],
          ['Nº Guia Prestador', 'numero'],
          ['Tipo', 'tipo'],
          ['Beneficiário', 'beneficiario'],
          ['Operadora', 'operadora'],
        );
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
        this.incluirAnexo = () =>
          bcIncluirAnexo(`${base}/anexos`, this.anexo)
            .then((d) => {
              usar(d);
              this.anexoAberto = false;
            })
            .catch(ignorar);
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
          const rota =
            this.lote.tipoGuia === 'Consulta'
              ? 'Consulta'
              : this.lote.tipoGuia === 'Tratamento Odontológico'
                ? 'Odonto'
                : 'SpSadt';
          return `/Guias/${rota}/FaturamentoNovaGuiaEletiva?lote=${numero}`;
        };
        carregar().catch(ignorar);
      },
    ],
  }));
  // ---------- Digitar Guia wizard (Consulta, SP/SADT, Tratamento Odontológico) ----------
  app.controller('GuiaFaturamentoController', [
    '$element',
    '$window',
    'bcApi',
    'bcMensagens',
    function ($element, $window, bcApi, bcMensagens) {
      const tipo = $element.attr('data-tipo');
      const lote = $element.attr('data-lote');
      const consulta = tipo === 'consulta';
      const odonto = tipo === 'odonto';
      const ultimoPasso = consulta ? 3 : odonto ? 5 : 6;
      this.contratado = $element.attr('data-contratado');
      this.cnes = $element.attr('data-cnes');
      this.passo = 1;
      this.erros = {};
      this.termo = { display: '', handle: '', filtro: '' };
      this.termos = [];
      this.colunasTermos = colunas(['Código', 'codigo'], ['Descrição', 'descricao']);
      this.guia = {
        numeroGuiaPrestador: $element.attr('data-numero'),
        solicitante: {},
        executante: {},
        procedimentos: [],
        anexos: [],
      };
      this.tamanho = tamanhoMb;
      this.dois = (n) => String(n).padStart(2, '0');

      const centavos = (v) => {
        const limpo = String(v || '')
          .replace(/R\$\s*/, '')
          .replace(/\./g, '')
          .replace(',', '.')
          .trim();
        return /^\d+(\.\d{1,2})?$/.test(limpo) ? Math.round(Number(limpo) * 100) : null;
      };
      const reais = (c) => `R$ ${(c / 100).toFixed(2).replace('.', ',')}`;
      this.totalProcedimento = (p) => {
        const v = centavos(p.valorUnitario);
        const q = Number(String(p.quantidade || '').replace(',', '.'));
        return v === null || !q ? '' : reais(v * q);
      };
      this.totalGuia = () =>
        reais(
          this.guia.procedimentos.reduce((s, p) => {
            const v = centavos(p.valorUnitario);
            return s + (v === null ? 0 : v * Number(String(p.quantidade || '').replace(',', '.')));
          }, 0),
        );

      const obrigatorio = (chave, valor, rotulo) => {
        if (valor === undefined || valor === null || String(valor).trim() === '') {
          this.erros[chave] = `O campo ${rotulo} é obrigatório.`;
        }
      };
      const profissional = (p, chave) => {
        obrigatorio(`${chave}.nome`, p.nome, 'Nome do Profissional');
        obrigatorio(`${chave}.conselho`, p.conselho, 'Conselho Profissional');
        obrigatorio(`${chave}.numero`, p.numero, 'Número Registro');
        obrigatorio(`${chave}.uf`, p.uf, 'UF');
        obrigatorio(`${chave}.cbo`, p.cbo, 'CBO');
      };
      const dataValida = (t) => {
        const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(t || '').trim());
        if (!m) return false;
        const d = new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
        return d.getDate() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1;
      };
      const procedimentosValidos = () => {
        if (!this.guia.procedimentos.length) {
          this.erros.procedimentos = 'Inclua ao menos um procedimento.';
          return;
        }
        this.guia.procedimentos.forEach((p, i) => {
          const k = `procedimentos.${i}.`;
          if (!dataValida(p.dataRealizacao)) this.erros[`${k}dataRealizacao`] = 'Informe uma data válida (dd/mm/aaaa).';
          if (!(Number(String(p.quantidade || '').replace(',', '.')) > 0))
            this.erros[`${k}quantidade`] = 'O campo Quantidade é obrigatório.';
          if (centavos(p.valorUnitario) === null) this.erros[`${k}valorUnitario`] = 'Informe o valor (0,00).';
        });
      };
      const validar = () => {
        this.erros = {};
        const g = this.guia;
        const n = this.passo;
        if (n === 1) {
          obrigatorio('beneficiario', g.beneficiario, 'Beneficiário');
          obrigatorio('numeroGuiaPrestador', g.numeroGuiaPrestador, 'Nº Guia Prestador');
        } else if (consulta && n === 2) profissional(g.executante, 'executante');
        else if (consulta && n === 3) {
          obrigatorio('tipoConsulta', g.tipoConsulta, 'Tipo de Consulta');
          procedimentosValidos();
        } else if (n === 2) profissional(g.solicitante, 'solicitante');
        else if (odonto && n === 3) {
          // 001 § 2.1 Etapa 3: Tipo de Atendimento* and Tipo de Faturamento*; "Referente a" is not marked required.
          obrigatorio('tipoAtendimento', g.tipoAtendimento, 'Tipo de Atendimento');
          obrigatorio('tipoFaturamento', g.tipoFaturamento, 'Tipo de Faturamento');
          procedimentosValidos();
        } else if (odonto && n === 4) profissional(g.executante, 'executante');
        else if (odonto) return true;
        else if (n === 3) {
          obrigatorio('caraterAtendimento', g.caraterAtendimento, 'Caráter de Atendimento');
          obrigatorio('tipoAtendimento', g.tipoAtendimento, 'Tipo de Atendimento');
          obrigatorio('indicacaoAcidente', g.indicacaoAcidente, 'Indicação Acidente');
          obrigatorio('regimeAtendimento', g.regimeAtendimento, 'Regime de Atendimento');
        } else if (n === 4) procedimentosValidos();
        else if (n === 5) profissional(g.executante, 'executante');
        return Object.keys(this.erros).length === 0;
      };
      this.proximo = () => {
        if (validar()) this.passo = Math.min(this.passo + 1, ultimoPasso + 1);
      };
      this.anterior = () => {
        this.erros = {};
        this.passo = Math.max(1, this.passo - 1);
      };

      this.abrirLookup = () => {
        // Typed text searches; the text of an already chosen term does not.
        this.termo.filtro = this.termo.handle ? '' : this.termo.display;
        this.lookupAberto = true;
        this.pesquisarTermos();
      };
      this.pesquisarTermos = () =>
        bcApi
          .get('/api/termos', { q: this.termo.filtro || '' })
          .then((d) => {
            this.termos = d.termos;
          })
          .catch(() => undefined);
      this.escolherTermo = (t) => {
        this.termo.handle = t.codigo;
        this.termo.display = `${t.codigo} - ${t.descricao}`;
        this.guia.procedimentos.push({ codigo: t.codigo, descricao: t.descricao, quantidade: '1' });
        this.lookupAberto = false;
      };
      this.removerProcedimento = (i) => this.guia.procedimentos.splice(i, 1);
      // The odonto Resumo prints the code of the dente/região chosen ("01. ASAI - Arcadas…" → "ASAI"; 001 § 2.1).
      this.codigoDenteRegiao = (p) =>
        (/^(?:\d+\.\s*)?([^\s-]+)/.exec(String(p.denteRegiao || '').trim()) || [])[1] || '';

      this.incluirAnexo = () => {
        const a = this.novoAnexo;
        this.erros.anexo = '';
        if (!a.arquivo) this.erros.anexo = 'Selecione um arquivo.';
        else if (!a.tipoDocumento) this.erros.anexo = 'Selecione o tipo de documento.';
        if (this.erros.anexo) return;
        this.guia.anexos.push(a);
        this.novoAnexo = null;
      };

      this.salvar = () => {
        const g = this.guia;
        const corpo = {
          tipo,
          lote: lote || undefined,
          numeroGuiaPrestador: String(g.numeroGuiaPrestador || ''),
          beneficiario: g.beneficiario,
          solicitante: consulta ? undefined : g.solicitante,
          executante: g.executante,
          caraterAtendimento: g.caraterAtendimento,
          tipoConsulta: g.tipoConsulta,
          procedimentos: g.procedimentos.map((p) => ({
            codigo: p.codigo,
            dataRealizacao: p.dataRealizacao,
            quantidade: String(p.quantidade),
            valorUnitario: String(p.valorUnitario),
          })),
          anexos: g.anexos.map((a) => ({
            tipoDocumento: a.tipoDocumento,
            nomeArquivo: a.arquivo.name,
            tamanho: a.arquivo.size,
          })),
        };
        bcMensagens.limpar();
        bcApi
          .post('/api/guias', corpo)
          .then((d) => {
            if (d.lote) $window.location.href = `/Pagamentos/LotePagamento/Detalhes/${d.lote}`;
            else this.salva = d;
          })
          .catch(() => undefined);
      };
    },
  ]);
  // ---------- Pagamentos Pendentes and the nota fiscal (004 § 11) ----------
  app.controller('PagamentosPendentesController', [
    '$element',
    'bcApi',
    'bcIncluirAnexo',
    'bcMensagens',
    function ($element, bcApi, bcIncluirAnexo, bcMensagens) {
      this.operadora = $element.attr('data-operadora') || '';
      this.selecionados = [];
      this.notasSelecionadas = [];
      this.pagamentos = [];
      this.colunasPagamentos = colunas(
        ['Data Pagamento', 'dataPagamento'],
        ['Status', 'status'],
        ['Valor Pagamento', 'valorPagamento'],
      );
      this.colunasNotas = colunas(['Nº Nota Fiscal', 'numero'], ['Status', 'status'], ['Vlr. Nota', 'valor']);
      this.colunasBases = colunas(
        ['Tipo Serviço', 'tipoServico'],
        ['Valor Base', 'valorBase'],
        ['Valor COFINS', 'cofins'],
        ['Valor CSLL', 'csll'],
        ['Valor INSS', 'inss'],
        ['Valor IRRF', 'irrf'],
        ['Valor ISS', 'iss'],
        ['Valor PIS', 'pis'],
        ['Valor Líquido', 'liquido'],
      );
      this.colunasLotes = colunas(
        ['Protocolo', 'protocolo'],
        ['Lote', 'lote'],
        ['Valor Apresentado', 'apresentado'],
        ['Valor Glosado', 'glosado'],
        ['Valor Pago', 'pago'],
        ['Valor Taxa Administrativa', 'taxa'],
        ['Tipo Lote', 'tipo'],
      );
      const ignorar = () => undefined;
      this.pagamento = () => this.pagamentos.find((p) => p.id === this.selecionados[0]);
      const usar = (p) => {
        const i = this.pagamentos.findIndex((x) => x.id === p.id);
        if (i >= 0) this.pagamentos[i] = p;
      };
      this.pesquisar = () =>
        bcApi
          .get('/api/pagamentos', { operadora: this.operadora })
          .then((d) => {
            this.pagamentos = d.pagamentos;
            this.selecionados.splice(0, this.selecionados.length);
          })
          .catch(ignorar);
      this.novaNota = () => {
        this.nota = {};
        this.notaAberta = true;
      };
      this.editarNota = () => {
        const n = this.pagamento().notas[0];
        this.nota = { numero: n.numero, serie: n.serie, valor: n.valor.replace('R$ ', ''), emissao: n.emissao };
        this.notaAberta = true;
      };
      this.salvarNota = () =>
        bcApi
          .post(`/api/pagamentos/${this.pagamento().id}/notas`, {
            numero: String(this.nota.numero || ''),
            serie: String(this.nota.serie || ''),
            valor: String(this.nota.valor || ''),
            emissao: String(this.nota.emissao || ''),
          })
          .then((d) => {
            bcMensagens.limpar();
            usar(d.pagamento);
            this.notaAberta = false;
            // 004 § 11: after Salvar, the Anexo de Documentos dialog asks for the nota's file.
            this.anexo = { tipoDocumento: 'NOTA FISCAL' };
            this.anexoAberto = true;
          })
          .catch(ignorar);
      this.incluirAnexo = () =>
        bcIncluirAnexo(`/api/pagamentos/${this.pagamento().id}/notas/anexo`, this.anexo)
          .then((d) => {
            usar(d.pagamento);
            this.anexoAberto = false;
          })
          .catch(ignorar);
      this.enviarNota = () =>
        bcApi
          .post(`/api/pagamentos/${this.pagamento().id}/notas/enviar`)
          .then((d) => usar(d.pagamento))
          .catch(ignorar);
      this.pesquisar();
    },
  ]);

  // ---------- Documentos Anexos > Com falha no Envio (000 Q6) ----------
  app.controller('DocumentosComFalhaController', [
    '$q',
    'bcApi',
    function ($q, bcApi) {
      this.selecionados = [];
      this.documentos = [];
      this.filtro = '';
      this.colunas = colunas(
        ['Tipo de Guia', 'tipoGuia'],
        ['Nº Guia Prestador / Nº Lote', 'guiaOuLote'],
        ['Nº Documento', 'numero'],
        ['Tipo de Documento', 'tipoDocumento'],
        ['Data do Anexo', 'data'],
        ['Motivo de Falha', 'motivo'],
      );
      const carregar = () =>
        bcApi
          .get('/api/documentos-anexos/com-falha')
          .then((d) => {
            this.documentos = d.documentos;
            this.selecionados.splice(0, this.selecionados.length);
            this.filtrar();
          })
          .catch(() => undefined);
      this.visiveis = [];
      this.filtrar = () => {
        const f = (this.filtro || '').toLowerCase();
        this.visiveis = f
          ? this.documentos.filter((d) => JSON.stringify(d).toLowerCase().includes(f))
          : this.documentos;
      };
      this.reenviar = () =>
        $q
          .all(this.selecionados.map((n) => bcApi.post(`/api/documentos-anexos/${n}/reenviar`)))
          .then(carregar)
          .catch(() => undefined);
      carregar();
    },
  ]);

  // ---------- Uploads → Novo (XML) ----------
  app.controller('UploadXmlController', [
    'bcApi',
    'bcMensagens',
    function (bcApi, bcMensagens) {
      this.selecionados = [];
      this.colunas = colunas(
        ['Data/Hora Inclusão', 'dataHora'],
        ['Arquivo', 'arquivo'],
        ['Críticas', 'criticas'],
        ['Corrigido Online', 'corrigidoOnline'],
        ['Nº Lote', 'numeroLote'],
      );
      const preparar = (u, i) => Object.assign(u, { chave: String(i), criticasTexto: u.mensagensCriticas.join(' ') });
      const carregar = () =>
        bcApi
          .get('/api/uploads')
          .then((d) => {
            this.historico = d.uploads.map(preparar);
          })
          .catch(() => undefined);
      this.incluir = () => {
        bcMensagens.limpar();
        this.mensagem = '';
        bcApi
          .arquivo('/api/uploads', this.arquivo)
          .then((d) => {
            this.mensagem = d.mensagem;
            this.arquivo = null;
            return carregar();
          })
          .catch(() => undefined);
      };
      carregar();
    },
  ]);
  // ---------- Recurso de Glosa ----------
  app.controller('RecursoGlosaController', [
    '$element',
    '$window',
    'bcApi',
    'bcConfirmacao',
    'bcIncluirAnexo',
    'bcMensagens',
    function ($element, $window, bcApi, bcConfirmacao, bcIncluirAnexo, bcMensagens) {
      const base = `/api/recursos/${$element.attr('data-recurso')}`;
      this.guiasSelecionadas = [];
      this.procedimentosSelecionados = [];
      this.procedimentos = [];
      this.anexo = {};
      this.colunasAnexos = colunas(
        ['Nº Documento', 'numero'],
        ['Descrição', 'tipoDocumento'],
        ['Data do Anexo', 'data'],
        ['Situação', 'situacao'],
      );
      this.colunasGuias = colunas(
        ['Nº Guia Prestador', 'numero'],
        ['Glosas', 'glosas'],
        ['Vlr. Processado', 'vlrProcessado'],
        ['Vlr. Liberado', 'vlrLiberado'],
        ['Vlr. Glosado', 'vlrGlosado'],
        ['Vlr. Recursado', 'vlrRecursado'],
      );
      this.colunasProcedimentos = colunas(
        ['Código', 'codigo'],
        ['Descrição', 'descricao'],
        ['Glosas', 'glosas'],
        ['Vlr. Processado', 'vlrProcessado'],
        ['Vlr. Liberado', 'vlrLiberado'],
        ['Vlr. Glosado', 'vlrGlosado'],
        ['Vlr. Recursado', 'vlrRecursado'],
      );
      const ignorar = () => undefined;
      this.usar = (recurso) => {
        this.recurso = recurso;
        if (this.procedimentos.length) this.buscarProcedimentos();
      };
      this.guiaSelecionada = () => (this.recurso?.guias || []).find((g) => g.numero === this.guiasSelecionadas[0]);
      this.buscarProcedimentos = () => {
        this.procedimentos = this.guiaSelecionada()?.procedimentos || [];
      };
      this.justificar = (chave) => {
        if (!chave) return;
        bcMensagens.limpar();
        this.chave = chave;
        this.justificarAberto = true;
      };
      this.enviar = () =>
        bcConfirmacao
          .abrir('Enviar Recurso', 'Confirma o envio do recurso de glosa para a operadora?', 'Sim, enviar recurso')
          .then(() => bcApi.post(`${base}/enviar`))
          .then((d) => this.usar(d.recurso))
          .catch(ignorar);
      this.excluir = () =>
        bcConfirmacao
          .abrir('Excluir Recurso', 'Confirma a exclusão deste recurso de glosa?', 'Sim, excluir recurso')
          .then(() => bcApi.post(`${base}/excluir`))
          .then((d) => {
            $window.location.href = `/Pagamentos/LotePagamento/Detalhes/${d.lote}`;
          })
          .catch(ignorar);
      this.abrirAnexo = () => {
        this.anexo = {};
        this.anexoAberto = true;
      };
      this.incluirAnexo = () =>
        bcIncluirAnexo(`${base}/anexos`, this.anexo)
          .then((d) => {
            this.usar(d.recurso);
            this.anexoAberto = false;
          })
          .catch(ignorar);
      bcApi
        .get(base)
        .then((d) => this.usar(d.recurso))
        .catch(ignorar);
    },
  ]);

  // bc-modal-justificar-glosa: Vlr. Glosado, Vlr. Recursado (procedure level) and one justificativa per glosa.
  app.directive('bcModalJustificarGlosa', () => ({
    restrict: 'E',
    scope: {},
    bindToController: { recurso: '@', chave: '<', aberto: '=', aoSalvar: '&' },
    controllerAs: 'jg',
    controller: [
      '$scope',
      'bcApi',
      'bcMensagens',
      function ($scope, bcApi, bcMensagens) {
        const carregar = () =>
          bcApi
            .get(`/api/recursos/${this.recurso}/alvo`, { chave: this.chave })
            .then((d) => {
              this.alvo = d;
              this.original = angular.copy(d);
            })
            .catch(() => {
              this.aberto = false;
            });
        $scope.$watch(
          () => this.aberto && this.chave,
          (v) => {
            if (v) carregar();
          },
        );
        this.descartar = () => {
          this.alvo = angular.copy(this.original);
        };
        this.cancelar = () => {
          this.aberto = false;
        };
        this.salvar = () => {
          const corpo = {
            chave: this.chave,
            valorRecursado: this.alvo.pedeValor ? String(this.alvo.valorRecursado || '') : undefined,
            justificativas: this.alvo.glosas.map((g) => ({ codigo: g.codigo, justificativa: g.justificativa || '' })),
          };
          bcApi
            .post(`/api/recursos/${this.recurso}/justificativas`, corpo)
            .then((d) => {
              bcMensagens.limpar();
              this.aberto = false;
              this.aoSalvar({ recurso: d.recurso });
            })
            .catch(() => undefined);
        };
      },
    ],
    template:
      '<div class="modal fade" ng-class="{in: jg.aberto}" ng-style="{display: jg.aberto ? \'block\' : \'none\'}" role="dialog" tabindex="-1" aria-label="{{jg.alvo.titulo}}">' +
      '<div class="modal-dialog modal-lg" role="document"><div class="modal-content" ng-if="jg.alvo">' +
      '<div class="modal-header"><h4 class="modal-title">{{jg.alvo.titulo}}</h4></div>' +
      '<div class="modal-body">' +
      '<div class="row"><div class="form-group col-md-3"><label>Vlr. Glosado</label><p class="form-control-static">{{jg.alvo.vlrGlosado}}</p></div>' +
      '<div class="form-group col-md-3" ng-if="jg.alvo.pedeValor"><label for="ValorRecursado">Vlr. Recursado</label>' +
      '<input id="ValorRecursado" name="ValorRecursado" type="text" class="form-control" placeholder="R$ 0,00" ng-model="jg.alvo.valorRecursado"></div></div>' +
      '<div class="form-group bc-justificativa" ng-repeat="g in jg.alvo.glosas">' +
      '<p class="bc-glosa"><strong>{{g.codigo}}: {{g.descricao}}</strong></p>' +
      '<label for="Justificativas_{{$index}}__Justificativa">Justificativa</label>' +
      '<textarea id="Justificativas_{{$index}}__Justificativa" name="Justificativas[{{$index}}].Justificativa" class="form-control" rows="3" ng-model="g.justificativa"></textarea>' +
      '</div></div>' +
      '<div class="modal-footer">' +
      '<button type="button" class="btn btn-default" ng-click="jg.cancelar()">Cancelar Justificativas</button>' +
      '<button type="button" class="btn btn-default" ng-click="jg.descartar()">Descartar Alterações</button>' +
      '<button type="button" class="btn btn-primary" ng-click="jg.salvar()">Salvar Justificativas</button>' +
      '</div></div></div></div>',
  }));
})();
