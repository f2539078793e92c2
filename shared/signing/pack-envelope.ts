// A published rule pack travels inside a signed envelope. The signature (Ed25519) covers the canonical JSON
// of everything but itself: the operadora, the pack, the publication sequence (monotonic per operadora,
// also across rollbacks, so a client can refuse a replayed older envelope) and the publication time.
import * as ed from '@noble/ed25519';
import * as z from 'zod/mini';
import { canonicalJson } from './canonical-json.ts';

export const signedPackEnvelopeSchema = z.object({
  ans: z.string().check(z.minLength(1)),
  /** The pack itself (validated separately against the pack schema). */
  pack: z.record(z.string(), z.unknown()),
  /** Publication counter for this operadora: strictly increasing, rollbacks included. */
  sequence: z.number().check(z.int(), z.positive()),
  publishedAt: z.string(),
  keyId: z.string().check(z.minLength(1)),
  /** base64 of the 64-byte Ed25519 signature. */
  signature: z.string().check(z.minLength(1)),
});
export type SignedPackEnvelope = z.infer<typeof signedPackEnvelopeSchema>;
export type UnsignedPackEnvelope = Omit<SignedPackEnvelope, 'signature' | 'keyId'>;

export const publicKeySchema = z.object({
  keyId: z.string().check(z.minLength(1)),
  alg: z.literal('Ed25519'),
  /** base64 of the 32-byte public key. */
  publicKey: z.string().check(z.minLength(1)),
});
export type PublicKey = z.infer<typeof publicKeySchema>;

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function signedBytes(envelope: UnsignedPackEnvelope): Uint8Array {
  const { ans, pack, sequence, publishedAt } = envelope;
  return new TextEncoder().encode(canonicalJson({ ans, pack, sequence, publishedAt }));
}

export async function publicKeyFromSecret(secretKey: Uint8Array): Promise<Uint8Array> {
  return ed.getPublicKeyAsync(secretKey);
}

export async function signPackEnvelope(
  envelope: UnsignedPackEnvelope,
  secretKey: Uint8Array,
  keyId: string,
): Promise<SignedPackEnvelope> {
  const signature = await ed.signAsync(signedBytes(envelope), secretKey);
  return { ...envelope, keyId, signature: bytesToBase64(signature) };
}

export type VerifyResult =
  | { ok: true }
  | { ok: false; code: 'unknown-key' | 'bad-signature' | 'malformed'; message: string };

/** Checks the signature against the trusted keys (bundled in the extension, or the worker's own). */
export async function verifyPackEnvelope(envelope: unknown, trusted: readonly PublicKey[]): Promise<VerifyResult> {
  const parsed = signedPackEnvelopeSchema.safeParse(envelope);
  if (!parsed.success) return { ok: false, code: 'malformed', message: 'Pacote de regras mal formado.' };
  const env = parsed.data;
  const key = trusted.find((k) => k.keyId === env.keyId);
  if (!key) return { ok: false, code: 'unknown-key', message: `Chave de assinatura desconhecida: ${env.keyId}.` };
  let valid = false;
  try {
    valid = await ed.verifyAsync(base64ToBytes(env.signature), signedBytes(env), base64ToBytes(key.publicKey));
  } catch {
    valid = false;
  }
  return valid
    ? { ok: true }
    : { ok: false, code: 'bad-signature', message: 'Assinatura do pacote de regras inválida: o pacote foi alterado.' };
}
