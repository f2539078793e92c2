// Login (seed 004 §2: e-mail and senha; the wrong pair gets "E-mail ou senha incorretos!") and Home.
import { type Html, html } from '../format.ts';

export function loginPage(returnUrl: string, erro: boolean, email = ''): Html {
  const action = `/Account/Login${returnUrl ? `?ReturnUrl=${encodeURIComponent(returnUrl)}` : ''}`;
  return html`<div class="bc-login panel">
  <h1 class="bc-login-titulo"><span class="bc-logo-benner">benner</span> | <span class="bc-logo-conecta">conecta</span></h1>
  <form method="post" action="${action}" id="formLogin" novalidate>
    <h2>Acesse sua conta</h2>
    ${erro ? html`<div class="validation-summary-errors alert alert-danger" role="alert"><ul><li>E-mail ou senha incorretos!</li></ul></div>` : ''}
    <div class="form-group"><label for="Email">E-mail</label>
      <input id="Email" name="Email" type="email" class="form-control" autocomplete="username" value="${email}"></div>
    <div class="form-group"><label for="Senha">Senha</label>
      <input id="Senha" name="Senha" type="password" class="form-control" autocomplete="current-password"></div>
    <button id="btnLogin" type="submit" class="btn btn-primary btn-block">Entrar</button>
    <p class="bc-login-links"><a href="/Account/Login">Esqueci minha senha</a> · <a href="/Account/Login">Criar uma conta</a></p>
  </form>
</div>`;
}

export function homePage(): Html {
  return html`<section class="panel bc-home">
  <h3 class="bc-secao">Faturamento</h3>
  <ul class="bc-atalhos">
    <li><a href="/Guias/SpSadt/FaturamentoNovaGuiaEletiva">Digitar Guia SP/SADT</a></li>
    <li><a href="/Guias/Consulta/FaturamentoNovaGuiaEletiva">Digitar Guia de Consulta</a></li>
    <li><a href="/Pagamentos/PesquisaLote/Index">Lotes de Pagamento</a></li>
    <li><a href="/Uploads/UploadXML/Novo">Envio de Arquivo XML</a></li>
    <li><a href="/Pagamentos/PesquisaLote/PesquisaComValorGlosado">Recurso de Glosa</a></li>
  </ul>
</section>`;
}
