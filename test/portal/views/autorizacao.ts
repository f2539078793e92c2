// Autorização → Pesquisar Guias → Detalhes (004 § 6, the page under "Se a guia estiver autorizada, será possível
// clicar em Gerar Guia TISS"): operadora line, the guia's type before its buttons, SITUAÇÃO, then "Dados da
// Autorização" (Data da Autorização, Senha, Validade, Nº Guia Operadora, Data da Solicitação) and "Numeração da
// Guia e Identificação do Beneficiário". Labels and order as the manual prints them; the label/value markup is
// the lote page's (the manual gives text only). The manual shows no procedures on this page: the mock draws none.
import { dataBr, type Html, html } from '../format.ts';
import type { Autorizacao } from '../state.ts';
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
  <h3 class="bc-situacao-guia">SITUAÇÃO: ${a.situacao}</h3>
  <section class="panel bc-dados-autorizacao">
    <h3 class="bc-secao">Dados da Autorização</h3>
    <div class="row">${campo('Data da Autorização', dataBr(a.dataAutorizacao))}${campo('Senha', a.senha)}${campo('Validade', dataBr(a.validade))}</div>
    <div class="row">${campo('Nº Guia Operadora', a.guiaOperadora)}${campo('Data da Solicitação', dataBr(a.dataSolicitacao))}</div>
  </section>
  <section class="panel bc-identificacao">
    <h3 class="bc-secao">Numeração da Guia e Identificação do Beneficiário</h3>
    <div class="row">${campo('Nº Guia Prestador', String(a.numero))}${campo('Beneficiário', `${a.beneficiario.carteira} - ${a.beneficiario.nome}`, 6)}</div>
    <div class="row">${campo('Nº Guia Prestador Ref. (Solicitação Internação ou SADT)', '-', 6)}${campo('Tipo de Identificação do Beneficiário', 'CartãoIdentificacaoFisico')}${campo('Confiança Biometria Facial (%)', '')}</div>
  </section>
</section>`;
}
