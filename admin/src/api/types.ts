// Shapes of the admin API as the console uses them, inferred from the worker's routes (through ./admin-api.ts and
// Hono's client): nothing here is declared twice, a change in a worker response shows up here at compile time.
import type { AdminApi } from './admin-api.ts';

/** One change between two packs, as shared/pack-diff.ts computes it for the worker's diff and the publish tab. */
export type { Change } from '../../../shared/pack-diff.ts';
export { can, type Role } from '../../../shared/roles.ts';

type Data<K extends keyof AdminApi> = Awaited<ReturnType<AdminApi[K]>>;

export type Me = Data<'me'>;
export type OperadoraRow = Data<'operadoras'>[number];
export type Draft = Data<'draft'>;
export type ValidationResult = Data<'validateDraft'>;
export type Publication = Data<'publish'>;
export type AuditEntry = Data<'audit'>['items'][number];
