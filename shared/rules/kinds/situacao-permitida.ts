// Some actions are only possible while the lote (or its protocolo) is in given situações: anexos while the
// lote is Aberto, recurso de glosa once the protocolo is Faturado/Pagamento efetuado, no changes after sending.
// Why an action is not possible is not the clerk's mistake: the portal feature says it quietly (info) beside the
// button, and with the rule's own severity only when the clerk clicks the action (extension situacao-guard).
import * as z from 'zod/mini';
import { acaoSchema } from '../context.ts';
import { defineRuleKind, type PackRef } from '../kind.ts';
import { acaoLabel, listaPt } from '../labels.ts';
import { situacaoKey, situacaoLabel } from '../situacoes.ts';

const options = z
  .object({
    acao: acaoSchema,
    /** Whose situação: the lote's ("Situação do Lote") or the protocolo's ("Situação Protocolo"). */
    alvo: z._default(z.enum(['lote', 'protocolo']), 'lote'),
    /** Keys of portal.situacoes in which the action is possible… */
    permitidas: z.optional(z.array(z.string()).check(z.minLength(1))),
    /** …or in which it is not. */
    proibidas: z.optional(z.array(z.string()).check(z.minLength(1))),
  })
  .check(
    z.refine((o) => (o.permitidas === undefined) !== (o.proibidas === undefined), {
      message: 'informe "permitidas" ou "proibidas" (um dos dois)',
      path: ['permitidas'],
    }),
  );

export const situacaoPermitida = defineRuleKind({
  meta: {
    kind: 'situacao-permitida',
    description:
      'Uma ação (incluir anexo, recurso, alterar guia…) só é possível em certas situações do lote ou protocolo.',
    options,
    facts: ['acao'],
    placeholders: ['acao', 'alvo', 'situacao', 'permitidas'],
    // One finding, in the pack rule's own words: its author writes the message for the list the rule uses.
    messages: {},
    defaultMessage: '{acao}: não é possível com o {alvo} na situação "{situacao}"; só com o {alvo} em {permitidas}.',
    defaultSource: 'serpro-comunicado-anexos-2020 § 1. O documento poderá ser anexado em qual status do lote?',
    // Unprompted always a note; the pack's severity is what the clerk gets on clicking the action.
    severities: (_o, ruleSeverity) => (ruleSeverity === 'info' ? ['info'] : ['info', ruleSeverity]),
    refs: (o) =>
      [
        ...(o.permitidas ?? []).map((id, i) => ({ id, path: ['permitidas', i] })),
        ...(o.proibidas ?? []).map((id, i) => ({ id, path: ['proibidas', i] })),
      ].map((r): PackRef => ({ tipo: 'situacao', ...r })),
  },
  check(context, o, { pack }) {
    if (context.acao !== o.acao) return [];
    const texto =
      o.alvo === 'lote'
        ? context.lote?.situacao
        : (context.lote?.protocolo?.situacao ?? context.recurso?.protocoloSituacao);
    if (!texto) return [];
    const key = situacaoKey(pack, texto);
    const data = {
      acao: acaoLabel[o.acao],
      alvo: o.alvo === 'lote' ? 'lote' : 'protocolo',
      situacao: texto,
      permitidas: listaPt((o.permitidas ?? []).map((k) => `"${situacaoLabel(pack, k)}"`)),
    };
    const where = { field: o.alvo === 'lote' ? 'Situação do Lote' : 'Situação Protocolo' };
    if (o.permitidas) return key !== undefined && o.permitidas.includes(key) ? [] : [{ data, where }];
    return key !== undefined && o.proibidas?.includes(key) ? [{ data, where }] : [];
  },
});
