import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, signPackEnvelope, verifyPackEnvelope } from './pack-envelope.ts';
import { PRODUCTION_KEYS, TEST_KEYS, trustedKeysFor } from './trusted-keys.ts';

const testKey = JSON.parse(
  readFileSync(new URL('../../test/keys/TEST-ONLY-signing-key.json', import.meta.url), 'utf8'),
);
const envelope = { ans: '331988', pack: { versao: '1.0.0' }, sequence: 1, publishedAt: '2026-11-25T10:00:00Z' };

describe('trusted keys', () => {
  it('a pack signed with the test key verifies in test builds but not in production builds', async () => {
    const signed = await signPackEnvelope(envelope, base64ToBytes(testKey.secretKey), testKey.keyId);
    expect(await verifyPackEnvelope(signed, trustedKeysFor('test'))).toEqual({ ok: true });
    expect(await verifyPackEnvelope(signed, trustedKeysFor('production'))).toMatchObject({ code: 'unknown-key' });
  });

  it('the committed test key is never among the production keys', () => {
    expect(TEST_KEYS.map((k) => k.publicKey)).toContain(testKey.publicKey);
    expect(PRODUCTION_KEYS.some((k) => k.publicKey === testKey.publicKey || k.keyId === testKey.keyId)).toBe(false);
  });
});
