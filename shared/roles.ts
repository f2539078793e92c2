// Admin roles, once for the worker, the console and the admin CLI: each role can do everything the ones before it
// can (viewer < editor < publisher), and each has its pt-BR name for messages.
import * as z from 'zod';

export const ROLES = ['viewer', 'editor', 'publisher'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** True when `role` may do what `needed` may. */
export function can(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export const ROLE_PT: Record<Role, string> = { viewer: 'leitura', editor: 'edição', publisher: 'publicação' };
