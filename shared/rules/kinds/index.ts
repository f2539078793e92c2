// Every rule kind, by id. The pack schema refuses kinds not listed here; the admin console builds option
// forms from each kind's zod options schema; the worker validates packs with it.
import type { RuleKind } from '../kind.ts';
import { anexoArquivo } from './anexo-arquivo.ts';
import { anexosObrigatorios } from './anexos-obrigatorios.ts';
import { anexosPendentes } from './anexos-pendentes.ts';
import { consultaPrazoRetorno } from './consulta-prazo-retorno.ts';
import { enviarAte } from './enviar-ate.ts';
import { loteMaxGuias } from './lote-max-guias.ts';
import { loteTipoUnico } from './lote-tipo-unico.ts';
import { notaFiscalNaoEnviada } from './nota-fiscal-nao-enviada.ts';
import { notaFiscalValorBase } from './nota-fiscal-valor-base.ts';
import { odontoDenteRegiao } from './odonto-dente-regiao.ts';
import { prazoDocumentos } from './prazo-documentos.ts';
import { prazoEnvio } from './prazo-envio.ts';
import { prazoRecursoGlosa } from './prazo-recurso-glosa.ts';
import { recursoJustificativa } from './recurso-justificativa.ts';
import { recursoValor } from './recurso-valor.ts';
import { salvoNaoEnviado } from './salvo-nao-enviado.ts';
import { senhaObrigatoria } from './senha-obrigatoria.ts';
import { situacaoPermitida } from './situacao-permitida.ts';
import { tiposGuiaPermitidos } from './tipos-guia-permitidos.ts';
import { urgenciaCodigo } from './urgencia-codigo.ts';
import { validadeSenha } from './validade-senha.ts';
import { versaoTiss } from './versao-tiss.ts';

export const ruleKindList: readonly RuleKind[] = [
  loteMaxGuias,
  loteTipoUnico,
  tiposGuiaPermitidos,
  prazoEnvio,
  validadeSenha,
  prazoRecursoGlosa,
  prazoDocumentos,
  situacaoPermitida,
  anexosObrigatorios,
  senhaObrigatoria,
  anexoArquivo,
  anexosPendentes,
  versaoTiss,
  odontoDenteRegiao,
  urgenciaCodigo,
  recursoJustificativa,
  recursoValor,
  notaFiscalValorBase,
  consultaPrazoRetorno,
  enviarAte,
  salvoNaoEnviado,
  notaFiscalNaoEnviada,
];

export const ruleKinds: Readonly<Record<string, RuleKind>> = Object.fromEntries(
  ruleKindList.map((k) => [k.meta.kind, k]),
);
