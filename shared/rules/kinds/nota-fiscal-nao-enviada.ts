// 004 § 11: a nota fiscal is saved (Salvar), its file attached (Incluir), and only "Enviar Nota Fiscal" sends
// it: the NOTAS FISCAIS grid then shows Status "Em Análise". A row with no Status is saved and not sent, and
// the payment stays "Aguardando Nota Fiscal".
import * as z from 'zod/mini';
import { defineRuleKind } from '../kind.ts';

export const notaFiscalNaoEnviada = defineRuleKind({
  meta: {
    kind: 'nota-fiscal-nao-enviada',
    description: 'Avisa da nota fiscal salva em Pagamentos Pendentes mas ainda não enviada ("Enviar Nota Fiscal").',
    options: z.object({}),
    facts: ['pagamento'],
    placeholders: ['nota'],
    messages: {},
    defaultMessage:
      'A nota fiscal {nota} foi salva mas não enviada: selecione-a em NOTAS FISCAIS e clique em "Enviar Nota Fiscal"; sem isso o pagamento continua "Aguardando Nota Fiscal".',
    defaultSource:
      'ipam-portal-saude-2024 § 11. Como consultar e enviar dados referente à nota fiscal ("Enviar Nota fiscal")',
  },
  check(context) {
    return (context.pagamento?.notasFiscais ?? [])
      .filter((n) => n.numero && !n.status?.trim())
      .map((n) => ({ data: { nota: n.numero ?? '' }, where: { field: 'Status' } }));
  },
});
