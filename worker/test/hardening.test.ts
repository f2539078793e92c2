// Issue 14: what an attacker or a careless client sends must not hurt the answer, the next client or the audit.
import { describe, expect, it } from 'vitest';
import { api } from './helpers.ts';

const xmlHeaders = { 'content-type': 'application/xml' };

describe('answers are bounded whatever the input echoes', () => {
  const name = 'a'.repeat(10 * 1024 * 1024);
  for (const [what, xml] of [
    ['a 10 MB element name', `<?xml version="1.0"?><${name}/>`],
    ['a 10 MB mismatched closing tag', `<?xml version="1.0"?><x></${name}>`],
  ])
    it(`${what}: a 200 under 64 kB`, async () => {
      const res = await api(`/v1/validate?arquivo=${'b'.repeat(255)}`, {
        method: 'POST',
        headers: xmlHeaders,
        body: xml,
      });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text.length).toBeLessThan(64 * 1024);
      expect(text).toContain('…');
    });
});
