// Public keys the extension trusts for signed rule packs.
// PRODUCTION_KEYS is empty on purpose: a deployment generates its own key pair (`npm run admin -- key generate`),
// keeps the secret in the worker (`wrangler secret put PACK_SIGNING_KEY`) and adds the public half here before
// building the extension it distributes (see worker/DEPLOY.md). TEST_KEYS holds the public half of the test-only
// pair in test/keys/ (its secret is committed, so it must never be trusted by a production build).
import type { PublicKey } from './pack-envelope.ts';

export const PRODUCTION_KEYS: readonly PublicKey[] = [];

export const TEST_KEYS: readonly PublicKey[] = [
  { keyId: 'test-only-2026', alg: 'Ed25519', publicKey: '+fXYilL9Xcbiy1UAgU4/E99jjGNniz4TwOSE+2S5ds0=' },
];

/** Keys for a build: production builds trust only PRODUCTION_KEYS; every other mode also trusts the test key. */
export function trustedKeysFor(mode: string): readonly PublicKey[] {
  return mode === 'production' ? PRODUCTION_KEYS : [...PRODUCTION_KEYS, ...TEST_KEYS];
}
