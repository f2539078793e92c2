import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { auditVerdict } from './audit.mjs';

const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>) =>
  JSON.stringify({ vulnerabilities, metadata: { vulnerabilities: counts } });

describe('dependency audit verdict', () => {
  it('passes a clean report and says so', () => {
    const v = auditVerdict(report({}, { info: 0, low: 1, moderate: 0, high: 0, critical: 0 }));
    expect(v).toMatchObject({ code: 0, text: expect.stringContaining('ok') });
  });

  it('fails on a high or critical advisory, naming the package', () => {
    const v = auditVerdict(
      report({ hono: { name: 'hono', severity: 'high', fixAvailable: true } }, { high: 1, critical: 0 }),
    );
    expect(v.code).toBe(1);
    expect(v.text).toContain('hono (high, correção disponível)');
  });

  it('an unreachable or refusing audit endpoint is said loudly, not passed silently nor failed as a finding', () => {
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(auditVerdict(refused)).toEqual({
      code: 0,
      text: expect.stringContaining('NOT AUDITED — the npm audit endpoint gave no report (405'),
    });
    expect(auditVerdict('', 'getaddrinfo ENOTFOUND registry.npmjs.org', true)).toMatchObject({
      code: 2,
      text: expect.stringContaining('ENOTFOUND'),
    });
  });
});
