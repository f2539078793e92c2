// After the lote is sent every document must show "Enviado"; "Envio Pendente" or a failure means the
// operadora did not get it and it must be re-sent.
import * as z from 'zod/mini';
import { defineRuleKind, type PackRef, type RuleReport } from '../kind.ts';
import { situacaoKey } from '../situacoes.ts';
import { normalizeText } from '../text.ts';

export const anexosPendentes = defineRuleKind({
  meta: {
    kind: 'anexos-pendentes',
    description: 'Com o lote já enviado, avisa dos documentos anexos que não estão na situação "Enviado".',
    options: z.object({
      /** Lote situações (keys of portal.situacoes) in which documents should already be sent. */
      situacoesLote: z.array(z.string()).check(z.minLength(1)),
      /** Document situação meaning the operadora received it. */
      situacaoEnviado: z._default(z.string().check(z.minLength(1)), 'Enviado'),
    }),
    facts: ['lote'],
    placeholders: ['documento', 'situacao', 'guia'],
    messages: {},
    defaultMessage:
      'O documento "{documento}" está "{situacao}" com o lote já enviado: reenvie-o em Faturamento > Documentos Anexos > Com falha no Envio.',
    defaultSource:
      'serpro-comunicado-anexos-2020 § 5. O meu lote consta como enviado, mas o documento como pendente/falha',
    refs: (o) => o.situacoesLote.map((id, i): PackRef => ({ tipo: 'situacao', id, path: ['situacoesLote', i] })),
  },
  check(context, o, { pack }) {
    const lote = context.lote;
    if (!lote?.situacao) return [];
    const key = situacaoKey(pack, lote.situacao);
    if (!key || !o.situacoesLote.includes(key)) return [];
    const enviado = normalizeText(o.situacaoEnviado);
    const anexos = [
      ...lote.anexos,
      ...(context.guias ?? []).flatMap((g) => g.anexos.map((a) => ({ ...a, guia: a.guia ?? g.numero }))),
    ];
    const out: RuleReport[] = [];
    for (const a of anexos) {
      if (!a.situacao || normalizeText(a.situacao) === enviado) continue;
      out.push({
        data: { documento: a.nome ?? a.tipo, situacao: a.situacao, guia: a.guia ?? '' },
        where: { guia: a.guia, field: 'Situação' },
      });
    }
    return out;
  },
});
