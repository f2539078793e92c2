import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/findings.ts';
import { diffFindings } from './findings-diff.ts';

const f = (rule: string, guia: string, message: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule,
  kind: rule,
  severity,
  message,
  where: { guia, line: Number(guia) },
});

describe('findings diff between the published pack and the draft', () => {
  it('a tighter deadline shows as one changed finding plus the guias that now fail', () => {
    const current = [f('prazo-envio', '10', 'Enviada 95 dias após o atendimento; o prazo é 90 dias.')];
    const draft = [
      f('prazo-envio', '10', 'Enviada 95 dias após o atendimento; o prazo é 60 dias.'),
      f('prazo-envio', '20', 'Enviada 70 dias após o atendimento; o prazo é 60 dias.'),
    ];
    const d = diffFindings(current, draft);
    expect(d.changed).toEqual([{ before: current[0], after: draft[0] }]);
    expect(d.added).toEqual([draft[1]]);
    expect(d.removed).toEqual([]);
    expect(d.unchanged).toBe(0);
  });

  it('a disabled rule removes its findings; untouched rules stay unchanged', () => {
    const keep = f('lote-max-guias', '1', 'O lote tem 101 guias.');
    const gone = f('anexo-obrigatorio', '2', 'Falta o laudo.', 'warning');
    const d = diffFindings([keep, gone], [keep]);
    expect(d).toEqual({ added: [], removed: [gone], changed: [], unchanged: 1 });
  });

  it('a severity change on the same place is "changed", not removed + added', () => {
    const d = diffFindings([f('r', '5', 'm', 'warning')], [f('r', '5', 'm', 'error')]);
    expect(d.changed).toHaveLength(1);
    expect(d.added.length + d.removed.length).toBe(0);
  });

  it('two findings at one place: the identical one is matched first, the other reported once', () => {
    const a = f('r', '5', 'primeiro');
    const b = f('r', '5', 'segundo');
    const b2 = f('r', '5', 'segundo, novo texto');
    const d = diffFindings([a, b], [b2, a]);
    expect(d.unchanged).toBe(1);
    expect(d.changed).toEqual([{ before: b, after: b2 }]);
  });
});
