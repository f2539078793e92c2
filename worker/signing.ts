// The worker's pack signing key comes from the environment (secret PACK_SIGNING_KEY = base64 of the 32-byte
// Ed25519 secret, PACK_SIGNING_KEY_ID = its id). Without it nothing can be published: 503, never a crash.
import {
  base64ToBytes,
  bytesToBase64,
  type PublicKey,
  publicKeyFromSecret,
  type SignedPackEnvelope,
  signPackEnvelope,
  type UnsignedPackEnvelope,
} from '../shared/signing/pack-envelope.ts';
import type { Env } from './env.ts';
import { ApiError } from './errors.ts';

interface SigningKey {
  keyId: string;
  secret: Uint8Array;
}

function signingKey(env: Env): SigningKey {
  const secret = env.PACK_SIGNING_KEY ? safeBytes(env.PACK_SIGNING_KEY) : null;
  if (secret?.length !== 32 || !env.PACK_SIGNING_KEY_ID)
    throw new ApiError(
      503,
      'signing-key-missing',
      'O servidor não tem chave de assinatura configurada (PACK_SIGNING_KEY / PACK_SIGNING_KEY_ID).',
    );
  return { keyId: env.PACK_SIGNING_KEY_ID, secret };
}

function safeBytes(b64: string): Uint8Array | null {
  try {
    return base64ToBytes(b64.trim());
  } catch {
    return null;
  }
}

export async function signEnvelope(env: Env, envelope: UnsignedPackEnvelope): Promise<SignedPackEnvelope> {
  const key = signingKey(env);
  return signPackEnvelope(envelope, key.secret, key.keyId);
}

export async function publicKeys(env: Env): Promise<PublicKey[]> {
  const key = signingKey(env);
  return [{ keyId: key.keyId, alg: 'Ed25519', publicKey: bytesToBase64(await publicKeyFromSecret(key.secret)) }];
}
