// Digitar Guia wizard (Faturamento → Digitar Guia → Consulta / SP/SADT), after seeds 001 §2 and 004 §3, §4
// and §9.2: step titles, labels and buttons as the manuals show them. One step is in the DOM at a time
// (ng-if), as the wizard re-renders in place; the form model is kept between steps.
import { Html, html } from '../format.ts';
import { CNES, PRESTADOR } from '../seed.ts';
import type { Operadora, PortalState } from '../state.ts';
import { operadoraAns, TIPOS_DOCUMENTO } from '../viewmodels.ts';

const CONSELHOS = [
  ['CRM', 'CRM - Conselho Regional de Medicina'],
  ['CRO', 'CRO - Conselho Regional de Odontologia'],
  ['CREFITO', 'CREFITO - Conselho Regional de Fisioterapia e Terapia Ocupacional'],
  ['CRP', 'CRP - Conselho Regional de Psicologia'],
];
const UFS = 'AC AL AM AP BA CE DF ES GO MA MG MS MT PA PB PE PI PR RJ RN RO RR RS SC SE SP TO'.split(' ');
const CBOS = ['225125 - Médico clínico', '225345 - Médico hiperbarista', '223208 - Cirurgião dentista - clínico geral'];

const opcoes = (itens: (string | string[])[]) =>
  itens.map((i) =>
    Array.isArray(i) ? html`<option value="${i[0]}">${i[1]}</option>` : html`<option value="${i}">${i}</option>`,
  );

/** A labelled field; `erro` is the key the controller fills when the field fails validation. */
function campo(id: string, rotulo: string, controle: Html, erro?: string, classe = 'col-md-4'): Html {
  return html`<div class="form-group ${classe}">
  <label for="${id}">${rotulo}</label>
  ${controle}
  ${erro ? html`<span class="field-validation-error" ng-if="vm.erros['${erro}']">{{vm.erros['${erro}']}}</span>` : ''}
</div>`;
}

const texto = (id: string, modelo: string, extra = '') =>
  new Html(
    `<input id="${id}" name="${id.replace(/_/g, '.')}" type="text" class="form-control" ng-model="${modelo}"${extra}>`,
  );
const selecao = (id: string, modelo: string, itens: (string | string[])[]) =>
  html`<select id="${id}" name="${id.replace(/_/g, '.')}" class="form-control" ng-model="${modelo}"><option value="">Selecione</option>${opcoes(itens)}</select>`;

function profissional(prefixo: 'Solicitante' | 'Executante', titulo: string): Html {
  const m = `vm.guia.${prefixo.toLowerCase()}`;
  const e = prefixo.toLowerCase();
  return html`<div class="row">
  ${campo(`${prefixo}_Nome`, `${titulo}*`, texto(`${prefixo}_Nome`, `${m}.nome`), `${e}.nome`, 'col-md-6')}
</div>
<div class="row">
  ${campo(`${prefixo}_Conselho`, 'Conselho Profissional*', selecao(`${prefixo}_Conselho`, `${m}.conselho`, CONSELHOS), `${e}.conselho`)}
  ${campo(`${prefixo}_Numero`, 'Número Registro*', texto(`${prefixo}_Numero`, `${m}.numero`), `${e}.numero`, 'col-md-2')}
  ${campo(`${prefixo}_Uf`, 'UF*', selecao(`${prefixo}_Uf`, `${m}.uf`, UFS), `${e}.uf`, 'col-md-2')}
</div>
<div class="row">
  ${campo(`${prefixo}_Cbo`, 'CBO*', selecao(`${prefixo}_Cbo`, `${m}.cbo`, CBOS), `${e}.cbo`, 'col-md-6')}
</div>`;
}

/**
 * "Referente a" of an odonto procedure (001 § 2.1 Etapa 3: "Data Realização (somente se já realizado)* Referente a
 * … Região x [v] 01. ASAI - Arcadas Superiores e inferiores"): what it refers to (Região, Dente) and which one.
 */
const referenteA = html`<div class="form-group col-md-4 bc-referente"><label for="Procedimentos_{{$index}}__ReferenteA">Referente a</label>
          <select id="Procedimentos_{{$index}}__ReferenteA" name="Procedimentos[{{$index}}].ReferenteA" class="form-control" ng-model="p.referenteA"><option value="Região">Região</option><option value="Dente">Dente</option></select>
          <input id="Procedimentos_{{$index}}__DenteRegiao" name="Procedimentos[{{$index}}].DenteRegiao" type="text" class="form-control" placeholder="01. ASAI - Arcadas Superiores e inferiores" ng-model="p.denteRegiao"></div>`;

/** Procedure rows plus the TUSS lookup (display input + hidden handle + #modal-lookup). */
function procedimentos(consulta: boolean, odonto = false): Html {
  return html`<div class="bc-procedimentos">
  <h4 class="bc-secao">${consulta ? 'Procedimento*' : 'Procedimentos / Itens Assistenciais'}</h4>
  <span class="field-validation-error" ng-if="vm.erros.procedimentos">{{vm.erros.procedimentos}}</span>
  <table class="table bc-table" ng-if="vm.guia.procedimentos.length">
    <thead><tr><th>Sequencial Item</th><th>Código</th><th>${odonto ? 'Novo Procedimento / Item Assistencial' : 'Procedimento / Item Assistencial'}</th><th>Quantidade</th><th></th></tr></thead>
    <tbody ng-repeat="p in vm.guia.procedimentos">
      <tr><td>{{$index + 1}}</td><td>{{p.codigo}}</td><td>{{p.descricao}}</td><td>{{p.quantidade}}</td>
        <td><button type="button" class="btn btn-default" title="Excluir" ng-click="vm.removerProcedimento($index)">Excluir</button></td></tr>
      <tr class="bc-procedimento-campos"><td colspan="5"><div class="row">
        <div class="form-group col-md-3"><label for="Procedimentos_{{$index}}__DataRealizacao">${consulta ? 'Data do Atendimento*' : odonto ? 'Data Realização (somente se já realizado)*' : '{{vm.dois($index + 1)}}- Data Realização*'}</label>
          <input id="Procedimentos_{{$index}}__DataRealizacao" name="Procedimentos[{{$index}}].DataRealizacao" type="text" class="form-control" placeholder="dd/mm/aaaa" ng-model="p.dataRealizacao">
          <span class="field-validation-error" ng-if="vm.erros['procedimentos.' + $index + '.dataRealizacao']">{{vm.erros['procedimentos.' + $index + '.dataRealizacao']}}</span></div>
        ${odonto ? referenteA : ''}
        <div class="form-group col-md-2"><label for="Procedimentos_{{$index}}__Quantidade">Quantidade*</label>
          <input id="Procedimentos_{{$index}}__Quantidade" name="Procedimentos[{{$index}}].Quantidade" type="text" class="form-control" ng-model="p.quantidade">
          <span class="field-validation-error" ng-if="vm.erros['procedimentos.' + $index + '.quantidade']">{{vm.erros['procedimentos.' + $index + '.quantidade']}}</span></div>
        <div class="form-group col-md-3"><label for="Procedimentos_{{$index}}__ValorUnitario">${consulta ? 'Valor do Procedimento*' : 'Vlr. Unit. Inform.*'}</label>
          <input id="Procedimentos_{{$index}}__ValorUnitario" name="Procedimentos[{{$index}}].ValorUnitario" type="text" class="form-control" placeholder="0,00" ng-model="p.valorUnitario">
          <span class="field-validation-error" ng-if="vm.erros['procedimentos.' + $index + '.valorUnitario']">{{vm.erros['procedimentos.' + $index + '.valorUnitario']}}</span></div>
        <div class="form-group col-md-3"><label>Vlr. Inform. Total*</label><p class="form-control-static">{{vm.totalProcedimento(p)}}</p></div>
      </div></td></tr>
    </tbody>
  </table>
  <div class="form-group bc-lookup" ng-if="${consulta ? '!vm.guia.procedimentos.length' : 'true'}">
    <label for="HandleTermoLookupDisplay">Procedimento ou Item Assistencial</label>
    <div class="input-group">
      <input id="HandleTermoLookupDisplay" name="HandleTermoLookupDisplay" type="text" class="form-control" placeholder="Código ou descrição" ng-model="vm.termo.display" ng-change="vm.termo.handle = ''" ng-keydown="$event.keyCode === 13 && ($event.preventDefault() || vm.abrirLookup())">
      <input id="HandleTermo" name="HandleTermo" type="hidden" value="{{vm.termo.handle}}">
      <button type="button" class="btn btn-default" title="Pesquisar Procedimento" ng-click="vm.abrirLookup()">Pesquisar</button>
    </div>
  </div>
</div>`;
}

function resumo(consulta: boolean, odonto = false): Html {
  if (odonto) return resumoOdonto();
  return html`<div class="bc-resumo">
  <h4 class="bc-secao">Numeração da Guia e Identificação do Beneficiário</h4>
  <dl><dt>Nº Guia Prestador:</dt><dd>{{vm.guia.numeroGuiaPrestador}}</dd>
    <dt>Beneficiário:</dt><dd>{{vm.guia.beneficiario}}</dd>
    <dt>Atendimento a RN:</dt><dd>{{vm.guia.atendimentoRN ? 'Sim' : 'Não'}}</dd></dl>
  ${
    consulta
      ? ''
      : html`<h4 class="bc-secao">Dados do Solicitante</h4>
  <dl><dt>Nome do Profissional Solicitante:</dt><dd>{{vm.guia.solicitante.nome}}</dd>
    <dt>Conselho Profissional:</dt><dd>{{vm.guia.solicitante.conselho}} {{vm.guia.solicitante.numero}}/{{vm.guia.solicitante.uf}}</dd>
    <dt>CBOS:</dt><dd>{{vm.guia.solicitante.cbo}}</dd></dl>
  <h4 class="bc-secao">Dados do Atendimento</h4>
  <dl><dt>Caráter de Atendimento:</dt><dd>{{vm.guia.caraterAtendimento}}</dd>
    <dt>Tipo de Atendimento:</dt><dd>{{vm.guia.tipoAtendimento}}</dd>
    <dt>Regime de Atendimento:</dt><dd>{{vm.guia.regimeAtendimento}}</dd>
    <dt>Indicação Acidente (acidente ou doença relacionada):</dt><dd>{{vm.guia.indicacaoAcidente}}</dd></dl>`
  }
  ${consulta ? html`<h4 class="bc-secao">Dados do Atendimento</h4><dl><dt>Tipo de Consulta:</dt><dd>{{vm.guia.tipoConsulta}}</dd></dl>` : ''}
  <h4 class="bc-secao">Dados da Execução e Identificação dos Executantes</h4>
  <dl><dt>Contratado:</dt><dd>{{vm.contratado}}</dd><dt>CNES:</dt><dd>{{vm.cnes}}</dd>
    <dt>Nome do Profissional Executante:</dt><dd>{{vm.guia.executante.nome}}</dd>
    <dt>Conselho Profissional:</dt><dd>{{vm.guia.executante.conselho}} {{vm.guia.executante.numero}}/{{vm.guia.executante.uf}}</dd>
    <dt>CBOS:</dt><dd>{{vm.guia.executante.cbo}}</dd></dl>
  <table class="table bc-table">
    <thead><tr><th>Seq. Item</th><th>Tabela</th><th>Procedimento/Item Assistencial</th><th>Qtd. Exec.</th><th>Data</th><th>Vlr. Inf.</th><th>Vlr. Inf. Total</th></tr></thead>
    <tbody><tr ng-repeat="p in vm.guia.procedimentos"><td>{{$index + 1}}</td><td>22</td><td>{{p.codigo}} - {{p.descricao}}</td><td>{{p.quantidade}}</td><td>{{p.dataRealizacao}}</td><td>R$ {{p.valorUnitario}}</td><td>{{vm.totalProcedimento(p)}}</td></tr></tbody>
  </table>
  ${consulta ? '' : html`<h4 class="bc-secao">Documentos</h4><ul><li ng-repeat="a in vm.guia.anexos">{{a.tipoDocumento}} - {{a.arquivo.name}}</li><li ng-if="!vm.guia.anexos.length">Nenhum documento incluído.</li></ul>`}
  <h4 class="bc-secao">Totais Informados</h4>
  <dl><dt>Total de Procedimentos:</dt><dd>{{vm.totalGuia()}}</dd><dt>Total Geral:</dt><dd>{{vm.totalGuia()}}</dd></dl>
</div>`;
}

/**
 * Odonto Resumo (001 § 2.1 Etapa 6): Dados do Solicitante, "Procedimentos Itens Assistenciais
 * Solicitados/Executados" (Seq. Item | Tabela | Procedimento/Item Assistencial | Dente/Região | Face | Qtd. Solic. |
 * Qtd. Aut. | Cancelado), Dados do Executante.
 */
function resumoOdonto(): Html {
  return html`<div class="bc-resumo">
  <h4 class="bc-secao">Numeração da Guia e Identificação do Beneficiário</h4>
  <dl><dt>Nº Guia Prestador:</dt><dd>{{vm.guia.numeroGuiaPrestador}}</dd>
    <dt>Beneficiário:</dt><dd>{{vm.guia.beneficiario}}</dd></dl>
  <h4 class="bc-secao">Dados do Solicitante</h4>
  <dl><dt>Nome do Contratado Solicitante:</dt><dd>{{vm.guia.solicitante.nome}}</dd>
    <dt>Conselho Profissional:</dt><dd>{{vm.guia.solicitante.conselho}} {{vm.guia.solicitante.numero}}/{{vm.guia.solicitante.uf}}</dd>
    <dt>CBOS:</dt><dd>{{vm.guia.solicitante.cbo}}</dd></dl>
  <h4 class="bc-secao">Procedimentos Itens Assistenciais Solicitados/Executados</h4>
  <table class="table bc-table">
    <thead><tr><th>Seq. Item</th><th>Tabela</th><th>Procedimento/Item Assistencial</th><th>Dente/Região</th><th>Face</th><th>Qtd. Solic.</th><th>Qtd. Aut.</th><th>Cancelado</th></tr></thead>
    <tbody><tr ng-repeat="p in vm.guia.procedimentos"><td>{{$index}}</td><td>22</td><td>{{p.codigo}} - {{p.descricao}}</td><td>{{vm.codigoDenteRegiao(p)}}</td><td></td><td>{{p.quantidade}}</td><td></td><td></td></tr></tbody>
  </table>
  <h4 class="bc-secao">Dados do Executante</h4>
  <dl><dt>Contratado:</dt><dd>{{vm.contratado}}</dd><dt>CNES:</dt><dd>{{vm.cnes}}</dd>
    <dt>Nome do Profissional Executante:</dt><dd>{{vm.guia.executante.nome}}</dd></dl>
</div>`;
}

export function guiaFaturamentoPage(
  tipo: 'sp-sadt' | 'consulta' | 'odonto',
  operadora: Operadora,
  lote: string,
  state: PortalState,
): Html {
  const consulta = tipo === 'consulta';
  const odonto = tipo === 'odonto';
  const titulo = consulta
    ? 'Guia de Faturamento de Consulta'
    : odonto
      ? 'Guia de Faturamento Odontológico'
      : 'Guia de Faturamento de SP/SADT';
  const passos = consulta
    ? ['Numeração da Guia e Identificação do Beneficiário', 'Dados do Contratado', 'Dados do Atendimento']
    : odonto
      ? [
          'Numeração da Guia e Identificação do Beneficiário',
          'Dados do Solicitante',
          'Procedimentos / Itens Assistenciais',
          'Dados do Executante',
          'Anexos',
        ]
      : [
          'Numeração da Guia e Identificação do Beneficiário',
          'Dados do Solicitante',
          'Dados do Atendimento',
          'Procedimentos / Itens Executados',
          'Dados da Execução',
          'Anexos',
        ];
  const passo = (n: number, corpo: Html) =>
    html`<section class="bc-passo" ng-if="vm.passo === ${n}">${corpo}</section>`;
  const beneficiario = html`<div class="row">
    ${campo('Beneficiario', 'Beneficiário*', texto('Beneficiario', 'vm.guia.beneficiario', ' list="BeneficiariosLista" autocomplete="off" placeholder="Nome ou número da carteirinha"'), 'beneficiario', 'col-md-6')}
    <div class="form-group col-md-2"><label for="AtendimentoRN"><input id="AtendimentoRN" name="AtendimentoRN" type="checkbox" ng-model="vm.guia.atendimentoRN"> Atendimento a RN</label></div>
  </div>
  <datalist id="BeneficiariosLista">${state.data.beneficiarios.map((b) => html`<option value="${b.carteira} | ${b.nome}"></option>`)}</datalist>
  <div class="row">
    ${campo('TipoIdentificacao', 'Tipo de Identificação do Beneficiário', selecao('TipoIdentificacao', 'vm.guia.tipoIdentificacao', ['CartãoIdentificacaoFisico', 'Biometria']))}
  </div>
  <div class="row">
    ${campo('NumeroGuiaPrestador', 'Nº Guia Prestador*', texto('NumeroGuiaPrestador', 'vm.guia.numeroGuiaPrestador'), 'numeroGuiaPrestador')}
    ${consulta ? '' : campo('NumeroGuiaReferenciada', odonto ? 'Nº Guia Prestador Referenciada' : 'Nº Guia Prestador Ref. (Solicitação Internação ou SADT)', texto('NumeroGuiaReferenciada', 'vm.guia.referenciada'))}
  </div>`;
  const contratado = html`<div class="row">
    <div class="form-group col-md-6"><label>${consulta ? 'Executante*' : 'Contratado Executante'}</label><p class="form-control-static">{{vm.contratado}}</p></div>
    <div class="form-group col-md-4"><label>CNES</label><p class="form-control-static">{{vm.cnes}}</p></div>
  </div>`;
  // 001 § 2.1 Etapa 2: Nome do Profissional Solicitante*, Conselho, Número Registro, UF, CBO, Telefone, E-mail,
  // Nome Interlocutor (no Solicitante line, unlike SP/SADT's).
  const solicitanteOdonto = html`${profissional('Solicitante', 'Nome do Profissional Solicitante')}
    <div class="row">
      ${campo('Solicitante_Telefone', 'Telefone (com DDD)', texto('Solicitante_Telefone', 'vm.guia.solicitante.telefone'))}
      ${campo('Solicitante_Email', 'E-mail', texto('Solicitante_Email', 'vm.guia.solicitante.email'))}
      ${campo('NomeInterlocutor', 'Nome Interlocutor', texto('NomeInterlocutor', 'vm.guia.interlocutor'))}
    </div>`;
  const corpo = consulta
    ? [
        passo(1, beneficiario),
        passo(2, html`${contratado}${profissional('Executante', 'Nome do Profissional Executante')}`),
        passo(
          3,
          html`<div class="row">
      ${campo('TipoConsulta', 'Tipo de Consulta*', selecao('TipoConsulta', 'vm.guia.tipoConsulta', ['Primeira Consulta', 'Seguimento', 'Pré-natal', 'Por encaminhamento']), 'tipoConsulta')}
      ${campo('CoberturaEspecial', 'Cobertura Especial', selecao('CoberturaEspecial', 'vm.guia.coberturaEspecial', ['Regulamentação Art. 35-C', 'Outras']))}
    </div>
    ${procedimentos(true)}
    <div class="row">${campo('Observacao', 'Observação/Justificativa', texto('Observacao', 'vm.guia.observacao'), undefined, 'col-md-6')}</div>`,
        ),
      ]
    : odonto
      ? [
          passo(1, beneficiario),
          passo(2, solicitanteOdonto),
          passo(
            3,
            html`<div class="row">
      ${campo('TipoAtendimento', 'Tipo de Atendimento*', selecao('TipoAtendimento', 'vm.guia.tipoAtendimento', ['Auditoria', 'Exame Radiológico', 'Ortodontia', 'Tratamento Odontológico', 'Urgência/Emergência']), 'tipoAtendimento')}
      ${campo('TerminoTratamento', 'Término do Tratamento', texto('TerminoTratamento', 'vm.guia.terminoTratamento', ' placeholder="dd/mm/aaaa"'))}
    </div>
    ${procedimentos(false, true)}
    <div class="row">
      ${campo('TipoFaturamento', 'Tipo de Faturamento*', selecao('TipoFaturamento', 'vm.guia.tipoFaturamento', ['Total', 'Parcial']), 'tipoFaturamento')}
      ${campo('Observacao', 'Observação / Justificativa', texto('Observacao', 'vm.guia.observacao'), undefined, 'col-md-6')}
    </div>`,
          ),
          passo(4, html`${contratado}${profissional('Executante', 'Nome do Profissional Executante')}`),
          passo(
            5,
            html`<div class="btn-toolbar"><span class="bc-rotulo">Situação Inicial</span> <button type="button" class="btn btn-default">+ Incluir</button></div>
    <div class="btn-toolbar"><span class="bc-rotulo">Documento</span> <button type="button" class="btn btn-default">+ Incluir</button></div>`,
          ),
        ]
      : [
          passo(1, beneficiario),
          passo(
            2,
            html`<div class="row"><div class="form-group col-md-6"><label>Solicitante*</label><p class="form-control-static">{{vm.contratado}}</p></div></div>
    ${profissional('Solicitante', 'Nome do Profissional Solicitante')}
    <div class="row">
      ${campo('Solicitante_Telefone', 'Telefone (com DDD)', texto('Solicitante_Telefone', 'vm.guia.solicitante.telefone'))}
      ${campo('Solicitante_Email', 'E-mail', texto('Solicitante_Email', 'vm.guia.solicitante.email'))}
      ${campo('NomeInterlocutor', 'Nome Interlocutor', texto('NomeInterlocutor', 'vm.guia.interlocutor'))}
    </div>`,
          ),
          passo(
            3,
            html`<div class="row">${campo('IndicacaoClinica', 'Indicação Clínica', texto('IndicacaoClinica', 'vm.guia.indicacaoClinica'), undefined, 'col-md-6')}</div>
    <div class="row">
      ${campo('CaraterAtendimento', 'Caráter de Atendimento*', selecao('CaraterAtendimento', 'vm.guia.caraterAtendimento', ['Eletivo', 'Urgência/Emergência']), 'caraterAtendimento')}
      ${campo('TipoAtendimento', 'Tipo de Atendimento*', selecao('TipoAtendimento', 'vm.guia.tipoAtendimento', ['Exame', 'Outras Terapias', 'Pequena Cirurgia', 'Quimioterapia', 'Radioterapia', 'Terapia Renal Substitutiva (TRS)']), 'tipoAtendimento')}
      ${campo('IndicacaoAcidente', 'Indicação Acidente (acidente ou doença relacionada)*', selecao('IndicacaoAcidente', 'vm.guia.indicacaoAcidente', ['Não acidente', 'Trabalho', 'Trânsito', 'Outros acidentes']), 'indicacaoAcidente')}
    </div>
    <div class="row">
      ${campo('RegimeAtendimento', 'Regime de Atendimento*', selecao('RegimeAtendimento', 'vm.guia.regimeAtendimento', ['Ambulatorial', 'Domiciliar', 'Internação', 'Pronto-socorro']), 'regimeAtendimento')}
      ${campo('Observacao', 'Observação / Justificativa', texto('Observacao', 'vm.guia.observacao'), undefined, 'col-md-6')}
    </div>`,
          ),
          passo(4, procedimentos(false)),
          passo(
            5,
            html`${contratado}<h4 class="bc-secao">Profissionais Executantes</h4>${profissional('Executante', 'Nome do Profissional Executante')}`,
          ),
          passo(
            6,
            html`<div class="bc-anexos-guia">
      <div class="btn-toolbar"><span class="bc-rotulo">Documento</span> <button type="button" class="btn btn-default" ng-click="vm.novoAnexo = {}">+ Incluir</button></div>
      <div class="panel" ng-if="vm.novoAnexo">
        <bc-anexo-dropzone arquivo="vm.novoAnexo.arquivo" formatos="TODOS"></bc-anexo-dropzone>
        <div class="form-group"><label for="TipoDocumento">Tipo de Documento</label>
          <select id="TipoDocumento" name="TipoDocumento" class="form-control" ng-model="vm.novoAnexo.tipoDocumento"><option value="">Selecione</option>${opcoes(TIPOS_DOCUMENTO)}</select></div>
        <span class="field-validation-error" ng-if="vm.erros.anexo">{{vm.erros.anexo}}</span>
        <button type="button" class="btn btn-default" ng-click="vm.novoAnexo = null">Cancelar</button>
        <button type="button" class="btn btn-primary" ng-click="vm.incluirAnexo()">Incluir</button>
      </div>
      <table class="table bc-table"><thead><tr><th>Tipo Documento</th><th>Nome do arquivo</th><th>Tamanho</th><th></th></tr></thead>
        <tbody><tr ng-if="!vm.guia.anexos.length"><td colspan="4">Não existem registros.</td></tr>
        <tr ng-repeat="a in vm.guia.anexos"><td>{{a.tipoDocumento}}</td><td>{{a.arquivo.name}}</td><td>{{vm.tamanho(a.arquivo.size)}}</td>
          <td><button type="button" class="btn btn-default" ng-click="vm.guia.anexos.splice($index, 1)">Remover</button></td></tr></tbody></table>
    </div>`,
          ),
        ];
  return html`<form name="formGuia" class="bc-guia-faturamento panel" ng-controller="GuiaFaturamentoController as vm" data-tipo="${tipo}" data-lote="${lote}" data-numero="${state.proximoNumeroGuia()}" data-contratado="${PRESTADOR}" data-cnes="${CNES}" novalidate ng-cloak>
  <h3 class="bc-operadora-titulo">${operadoraAns(operadora)}</h3>
  ${lote ? html`<p class="bc-lote-destino">Lote de Pagamento: ${lote}</p>` : ''}
  <h2 class="bc-wizard-titulo">${titulo} - <span ng-if="vm.passo <= ${passos.length}">Passo {{vm.passo}} de ${passos.length}</span><span ng-if="vm.passo > ${passos.length}">Resumo</span></h2>
  <ol class="bc-wizard-passos">
    ${passos.map(
      (p, i) =>
        html`<li ng-class="{active: vm.passo === ${i + 1}, completo: vm.passo > ${i + 1}}"><span class="bc-passo-numero">${i + 1}</span> <span ng-if="vm.passo > ${i + 1}">✓</span> ${p}</li>`,
    )}
    <li ng-class="{active: vm.passo === ${passos.length + 1}}">Resumo</li>
  </ol>
  ${corpo}
  <section class="bc-passo" ng-if="vm.passo === ${passos.length + 1}">${resumo(consulta, odonto)}</section>
  <div class="btn-toolbar bc-wizard-acoes">
    <button type="button" class="btn btn-default" ng-if="vm.passo > 1" ng-click="vm.anterior()">Anterior</button>
    <button type="button" class="btn btn-primary" ng-if="vm.passo <= ${passos.length}" ng-click="vm.proximo()">Próximo</button>
    <button type="button" class="btn btn-primary" ng-if="vm.passo > ${passos.length}" ng-click="vm.salvar()">Salvar</button>
  </div>
  <p class="text-muted">* Campos de preenchimento obrigatório</p>
  <div class="alert alert-success" role="status" ng-if="vm.salva">A guia {{vm.salva.numero}} foi salva. A opção “Salvar” não realiza o envio da guia digitada para a Operadora: inclua-a em um Lote de Pagamento.</div>

  <bc-modal-evolution id="modal-lookup" titulo="Pesquisa de Procedimento / Item Assistencial" aberto="vm.lookupAberto">
    <div class="form-group"><label for="FiltroTermo">Código ou descrição</label>
      <div class="input-group"><input id="FiltroTermo" type="text" class="form-control" ng-model="vm.termo.filtro" ng-keydown="$event.keyCode === 13 && ($event.preventDefault() || vm.pesquisarTermos())">
      <button type="button" class="btn btn-default" ng-click="vm.pesquisarTermos()">Pesquisar</button></div></div>
    <bc-smart-table linhas="vm.termos" colunas="vm.colunasTermos" chave="codigo" ao-selecionar="vm.escolherTermo(linha)"></bc-smart-table>
  </bc-modal-evolution>
</form>`;
}
