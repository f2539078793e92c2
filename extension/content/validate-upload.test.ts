import { describe, expect, it } from 'vitest';
import { MAX_XML_BYTES } from '../../shared/tiss/report.ts';
import { base64ToBytes } from '../lib/base64.ts';
import { uploadValidator } from './validate-upload.ts';

describe('upload validator (content script side)', () => {
  it('sends the exact bytes, ISO-8859-1 included, through a JSON-serialised message and returns the findings', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
      0xe7,
      0xe3,
      0x00,
      0xff,
    ]);
    let sent: { conteudo: string; fileName: string; hoje: string } | undefined;
    const validate = uploadValidator(async (msg) => {
      sent = JSON.parse(JSON.stringify(msg));
      return {
        findings: [
          {
            rule: 'tiss/hash',
            kind: 'tiss',
            severity: 'error',
            message: 'O hash do epílogo não confere',
            where: { line: 9 },
          },
        ],
      };
    });
    const findings = await validate(new Blob([bytes]), 'lote.xml', '2026-11-20');
    expect(findings.map((f) => f.rule)).toEqual(['tiss/hash']);
    expect(sent?.fileName).toBe('lote.xml');
    expect(sent?.hoje).toBe('2026-11-20');
    expect([...base64ToBytes(sent!.conteudo)]).toEqual([...bytes]);
  });

  it('refuses a file over 15 MB at once, without sending it anywhere', async () => {
    let sends = 0;
    const validate = uploadValidator(async () => {
      sends++;
      return { findings: [] };
    });
    const findings = await validate(new Blob([new Uint8Array(MAX_XML_BYTES + 1)]), 'grande.xml', '2026-11-20');
    expect(findings).toMatchObject([{ rule: 'arquivo/tamanho', severity: 'error' }]);
    expect(sends).toBe(0);
  });

  it('says it could not check when the extension does not answer, as a warning that never blocks the upload', async () => {
    const validate = uploadValidator(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const findings = await validate(new Blob(['<a/>']), 'lote.xml', '2026-11-20');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.message).toContain('Não foi possível pré-verificar "lote.xml"');
  });
});
