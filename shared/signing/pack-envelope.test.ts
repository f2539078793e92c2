import * as ed from '@noble/ed25519';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { bytesToBase64, publicKeyFromSecret, signPackEnvelope, verifyPackEnvelope } from './pack-envelope.ts';

async function keyPair() {
  const secret = ed.utils.randomSecretKey();
  const pub = await publicKeyFromSecret(secret);
  return { secret, trusted: [{ keyId: 'k1', alg: 'Ed25519' as const, publicKey: bytesToBase64(pub) }] };
}

const base = {
  ans: '331988',
  pack: { versao: '1.0.0', regras: [{ id: 'a', opcoes: { dias: 90 } }] },
  sequence: 3,
  publishedAt: '2026-11-25T10:00:00Z',
};

describe('canonical JSON', () => {
  it('orders keys and drops undefined so equal objects give equal bytes', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: undefined } })).toBe('{"a":{"d":[1,"x"]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

describe('signed pack envelope', () => {
  it('verifies what was signed, whatever the key order after a JSON round trip', async () => {
    const { secret, trusted } = await keyPair();
    const signed = await signPackEnvelope(base, secret, 'k1');
    const { signature, ...rest } = signed;
    const roundTrip = JSON.parse(JSON.stringify({ signature, ...rest }));
    expect(await verifyPackEnvelope(roundTrip, trusted)).toEqual({ ok: true });
  });

  it('rejects a tampered pack (90 → 120 days), an unknown key and a malformed envelope', async () => {
    const { secret, trusted } = await keyPair();
    const signed = await signPackEnvelope(base, secret, 'k1');
    const tampered = structuredClone(signed);
    (tampered.pack.regras as { opcoes: { dias: number } }[])[0]!.opcoes.dias = 120;
    expect(await verifyPackEnvelope(tampered, trusted)).toMatchObject({ ok: false, code: 'bad-signature' });
    expect(await verifyPackEnvelope({ ...signed, keyId: 'other' }, trusted)).toMatchObject({
      ok: false,
      code: 'unknown-key',
    });
    expect(await verifyPackEnvelope({ ...signed, sequence: 4 }, trusted)).toMatchObject({
      ok: false,
      code: 'bad-signature',
    });
    expect(await verifyPackEnvelope({ pack: 1 }, trusted)).toMatchObject({ ok: false, code: 'malformed' });
  });
});
