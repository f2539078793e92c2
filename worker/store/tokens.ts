// Admin tokens: only the SHA-256 of a token is stored; the token itself is shown once by the CLI.
import type { Actor, Role } from '../env.ts';
import { sha256Hex } from '../token-hash.ts';

export async function findActorByToken(db: D1Database, token: string): Promise<Actor | null> {
  const row = await db
    .prepare('SELECT id, name, role FROM tokens WHERE hash = ? AND revoked_at IS NULL')
    .bind(await sha256Hex(token))
    .first<{ id: string; name: string; role: Role }>();
  return row ? { tokenId: row.id, name: row.name, role: row.role } : null;
}
