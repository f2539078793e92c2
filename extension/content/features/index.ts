// Every feature, in the order they run. A test fails when a file in this folder is not listed here or not
// described in README.md.
import type { Feature } from '../feature.ts';
import anexosChecklist from './anexos-checklist.ts';
import anexosPendentes from './anexos-pendentes.ts';
import arquivoCheck from './arquivo-check.ts';
import autofillGuia from './autofill-guia.ts';
import denteRegiaoGuia from './dente-regiao-guia.ts';
import enviarAte from './enviar-ate.ts';
import guiaOutraOperadora from './guia-outra-operadora.ts';
import guiaRegistro from './guia-registro.ts';
import janelaDatas from './janela-datas.ts';
import loteTamanho from './lote-tamanho.ts';
import lotesParados from './lotes-parados.ts';
import notaFiscal from './nota-fiscal.ts';
import pesquisaGuiasSenha from './pesquisa-guias-senha.ts';
import recursoGlosa from './recurso-glosa.ts';
import recursoNaoEnviado from './recurso-nao-enviado.ts';
import recursoPrazo from './recurso-prazo.ts';
import recursoPreencher from './recurso-preencher.ts';
import senhaAutorizacao from './senha-autorizacao.ts';
import situacaoGuard from './situacao-guard.ts';
import uploadPrecheck from './upload-precheck.ts';
import urgenciaGuia from './urgencia-guia.ts';

export const allFeatures: readonly Feature[] = [
  loteTamanho,
  situacaoGuard,
  anexosChecklist,
  guiaOutraOperadora,
  anexosPendentes,
  enviarAte,
  arquivoCheck,
  janelaDatas,
  urgenciaGuia,
  denteRegiaoGuia,
  senhaAutorizacao,
  pesquisaGuiasSenha,
  uploadPrecheck,
  recursoGlosa,
  recursoPrazo,
  notaFiscal,
  lotesParados,
  recursoNaoEnviado,
  recursoPreencher,
  autofillGuia,
  guiaRegistro,
];
