// "Salvar" does not send (001 § 2.1: "A opção 'Salvar' não realiza o envio"): a lote goes Aberto → Fechado
// (envio pendente) → Enviando → sent only when the clerk closes it and clicks Enviar Lote (004 § 9.2 b). On
// Pesquisar Lotes, lotes left in those situações for more than N days since their Data Inclusão (the only
// date the grid shows) are flagged; so is a recurso de glosa still "Não enviado" N days after it was made.
import * as z from 'zod/mini';
import { daysBetween, formatDateBr } from '../dates.ts';
import { defineRuleKind, type PackRef, type RuleReport } from '../kind.ts';
import { situacaoKey } from '../situacoes.ts';

const situacoes = z.array(z.string());

export const salvoNaoEnviado = defineRuleKind({
  meta: {
    kind: 'salvo-nao-enviado',
    description:
      'Avisa de lotes (Pesquisar Lotes) e recursos de glosa salvos há mais de N dias e ainda não enviados à operadora.',
    options: z.object({
      /** Days since Data Inclusão after which a lote or recurso still not sent is flagged. */
      dias: z.number().check(z.int(), z.nonnegative()),
      /** Lote situações (keys of portal.situacoes) of a lote saved but not sent. */
      situacoesLote: situacoes.check(z.minLength(1)),
      /** Of those, the ones where the sending started and did not end ("Enviando"). */
      situacoesEmEnvio: z._default(situacoes, []),
      /** Recurso situações (keys) of a recurso saved but not sent ("Não enviado"). */
      situacoesRecurso: z._default(situacoes, []),
    }),
    facts: [],
    placeholders: ['lote', 'situacao', 'dataInclusao', 'dias'],
    messages: {
      enviando:
        'O lote {lote} está "{situacao}" e foi incluído em {dataInclusao}, há {dias} dias: use "Atualizar Situação Protocolo" e, se não mudar, fale com a operadora.',
      recurso:
        'O recurso de glosa {lote}, incluído em {dataInclusao} (há {dias} dias), está "{situacao}": salvar não envia; clique em "Enviar Recurso".',
    },
    defaultMessage:
      'O lote {lote} está "{situacao}" desde a inclusão em {dataInclusao} (há {dias} dias): salvar ou fechar não envia o lote à operadora; abra-o e clique em "Enviar Lote".',
    defaultSource:
      'pasa-faturamento-2023 § 2.1 Guia de Tratamento Odontológico (Observações: a opção "Salvar" não realiza o envio)',
    refs: (o) =>
      (['situacoesLote', 'situacoesEmEnvio', 'situacoesRecurso'] as const).flatMap((field) =>
        o[field].map((id, i): PackRef => ({ tipo: 'situacao', id, path: [field, i] })),
      ),
  },
  check(context, o, { pack }) {
    const out: RuleReport[] = [];
    const parado = (dataInclusao: string | undefined) => {
      const dias = dataInclusao ? daysBetween(dataInclusao, context.hoje) : undefined;
      return dias !== undefined && dias > o.dias ? dias : undefined;
    };
    for (const l of context.lotes ?? []) {
      const key = l.situacao ? situacaoKey(pack, l.situacao) : undefined;
      const dias = parado(l.dataInclusao);
      if (!key || !o.situacoesLote.includes(key) || dias === undefined || !l.dataInclusao) continue;
      out.push({
        ...(o.situacoesEmEnvio.includes(key) ? { messageId: 'enviando' } : {}),
        data: { lote: l.numero, situacao: l.situacao ?? '', dataInclusao: formatDateBr(l.dataInclusao), dias },
        where: { field: 'Situação Lote' },
      });
    }
    const r = context.recurso;
    const key = r?.situacao ? situacaoKey(pack, r.situacao) : undefined;
    const dias = parado(r?.dataInclusao);
    if (r?.situacao && r.dataInclusao && key && o.situacoesRecurso.includes(key) && dias !== undefined)
      out.push({
        messageId: 'recurso',
        data: { lote: r.numero ?? '', situacao: r.situacao, dataInclusao: formatDateBr(r.dataInclusao), dias },
        where: { field: 'Situação do Recurso' },
      });
    return out;
  },
});
