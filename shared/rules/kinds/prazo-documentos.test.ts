import { testRuleKind } from '../testing.ts';
import { prazoDocumentos } from './prazo-documentos.ts';

testRuleKind(prazoDocumentos, {
  valid: [
    { name: 'not a sending action', options: { dias: 90 }, context: { hoje: '2026-01-01', acao: 'incluir-anexo' } },
  ],
  invalid: [
    {
      name: 'XML upload: documents due in 90 days',
      options: { dias: 90 },
      severity: 'info',
      context: { hoje: '2026-01-01', acao: 'upload-xml' },
      findings: [{ message: 'em até 90 dias (até 01/04/2026)', severity: 'info' }],
    },
  ],
});
