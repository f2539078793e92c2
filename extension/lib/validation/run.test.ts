import { describe, expect, it } from 'vitest';
import { MAX_XML_BYTES } from '../../../shared/tiss/report.ts';
import type { ValidationEvent } from './protocol.ts';
import { precheck, runValidation } from './run.ts';

const req = (file: Blob, fileName = 'lote.xml') => ({ id: 3, file, fileName, packs: [], hoje: '2026-11-25' });

describe('local validation run', () => {
  it('refuses a file over the 15 MB portal limit without reading it', async () => {
    const big = new Blob([new Uint8Array(MAX_XML_BYTES + 1)]);
    let read = false;
    const result = await runValidation(
      req(big),
      () => {
        read = true;
        return { findings: [] };
      },
      () => {},
    );
    expect(read).toBe(false);
    expect(result.findings[0]?.message).toBe(
      'O arquivo "lote.xml" tem 15 MB; o portal aceita XML de até 15 MB. Divida o lote em arquivos menores.',
    );
  });

  it('accepts XML with a BOM and leading blank lines, refuses other content', async () => {
    expect(await precheck(new Blob(['\uFEFF\n\n  <?xml version="1.0"?><a/>']), 'a.xml')).toBeUndefined();
    expect((await precheck(new Blob(['PK\u0003\u0004']), 'lote.zip'))?.rule).toBe('arquivo/formato');
  });

  it('reports reading progress, then the validating phase, then the result with the pack used', async () => {
    const events: ValidationEvent[] = [];
    const text = `<a>${'x'.repeat(3 * 1024 * 1024)}</a>`;
    const result = await runValidation(
      req(new Blob([text])),
      (bytes, opts) => ({
        findings: [{ rule: 'ok', kind: 'ok', severity: 'info', message: `${bytes.length} ${opts.hoje}`, where: {} }],
        pack: { versao: '1.0.2', operadora: { nome: 'Postal Saúde', chave: '419133' } },
      }),
      (e) => events.push(e),
    );
    const fractions = events.flatMap((e) => (e.type === 'progress' && e.fase === 'lendo' ? [e.fraction] : []));
    expect(fractions.length).toBeGreaterThanOrEqual(2);
    expect(fractions.at(-1)).toBe(1);
    expect(events.at(-1)).toEqual({ type: 'progress', id: 3, fase: 'validando' });
    expect(result.findings[0]?.message).toBe(`${text.length} 2026-11-25`);
    expect(result.pacote).toBe('Postal Saúde 1.0.2');
  });

  it('turns a validator crash into a pt-BR finding instead of an endless spinner', async () => {
    const result = await runValidation(
      req(new Blob(['<a/>'])),
      () => {
        throw new Error('bug');
      },
      () => {},
    );
    expect(result.findings).toMatchObject([
      { rule: 'erro-interno', kind: 'arquivo', severity: 'error', detail: 'bug' },
    ]);
  });
});
