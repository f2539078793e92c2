// What each key of `storage.local` holds (zod schemas, checked on every read and write) and the defaults of a
// fresh install.
import * as z from 'zod/mini';
import { signedPackEnvelopeSchema } from '../../../shared/signing/pack-envelope.ts';
import { RETENCAO_PADRAO_DIAS } from '../guia-records/schema.ts';
import { CONECTA_HOSTS } from '../portal-hosts.ts';

/** The layout version of the settings keys; `layout.ts` migrates older ones. */
export const STORAGE_SCHEMA_VERSION = 2;

export const autofillProfileSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** How the user names this profile in the list ("Dra. Ana — cardiologia"). */
  rotulo: z.string().check(z.minLength(1)),
  nome: z.string(),
  conselho: z.string(),
  numeroConselho: z.string(),
  uf: z.string(),
  cbo: z.string(),
  cnes: z.string(),
  contratadoExecutante: z.string(),
});
export type AutofillProfile = z.infer<typeof autofillProfileSchema>;

export const storedPackSchema = z.object({
  /** The envelope exactly as downloaded and verified (kept signed, so it can be re-verified). */
  envelope: signedPackEnvelopeSchema,
  sequence: z.number().check(z.int(), z.positive()),
  etag: z.optional(z.string()),
  verifiedAt: z.string(),
});
export type StoredPack = z.infer<typeof storedPackSchema>;

export const syncStatusSchema = z.enum(['nunca', 'ok', 'sem-alteracao', 'erro', 'parcial', 'sem-servidor']);
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const lastSyncSchema = z.object({
  at: z.string(),
  status: syncStatusSchema,
  /** pt-BR, shown as is in the options page. */
  message: z.string(),
});
export type LastSync = z.infer<typeof lastSyncSchema>;

/** http(s) URL without credentials; the worker's base URL. */
export const workerUrlSchema = z.string().check(
  z.trim(),
  z.refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
    } catch {
      return false;
    }
  }, 'Endereço do servidor inválido: use http:// ou https://'),
);

/** The machine itself: the only place a non-https address (local worker, mock portal) is taken. */
export function isLoopbackHost(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/**
 * An operadora's own Conecta portal (e.g. `https://conectapasa.benner.com.br`): an origin only, https only.
 * Test/dev builds also take http on loopback so the end-to-end tests can register the mock portal.
 */
export const tenantOriginSchema = z
  .pipe(
    z.string().check(z.trim()),
    z.transform((v) => v.replace(/\/+$/, '')),
  )
  .check(
    z.refine((v) => {
      try {
        const u = new URL(v);
        const httpOk = u.protocol === 'http:' && isLoopbackHost(u) && import.meta.env?.MODE !== 'production';
        return (u.protocol === 'https:' || httpOk) && !!u.hostname && u.origin === v;
      } catch {
        return false;
      }
    }, 'Endereço do portal inválido: use https:// e só o endereço do site, sem caminho (ex.: https://conectapasa.benner.com.br).'),
    z.refine(
      (v) => !CONECTA_HOSTS.some((h) => v === `https://${h}`),
      'Este portal já tem as verificações; adicione só endereços próprios de operadoras.',
    ),
  );

/** The operadora's pack key (`operadora.chave`): its registro ANS (6 digits), or a slug when it has none. */
export const operadoraChaveSchema = z
  .string()
  .check(
    z.trim(),
    z.regex(
      /^(?:\d{6}|(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*)$/,
      'Informe o registro ANS (6 dígitos) da operadora.',
    ),
  );

export const fieldSchemas = {
  workerUrl: z.optional(workerUrlSchema),
  operadoras: z.array(operadoraChaveSchema),
  /** featureId → enabled. A feature absent here is enabled. */
  features: z.record(z.string(), z.boolean()),
  bloquearEnvioComErros: z.boolean(),
  autofillProfiles: z.array(autofillProfileSchema),
  /** registro ANS → last good verified pack. */
  packs: z.record(z.string(), storedPackSchema),
  lastSync: lastSyncSchema,
  /** Operadora portals (origins) the user granted, where the checks run besides portalconectasaude.com.br. */
  tenantOrigins: z.array(tenantOriginSchema),
  /** Days a kept guia record lives (lib/guia-records); the options page changes it. */
  guiaRetencaoDias: z.number().check(z.int(), z.gte(1), z.lte(3650)),
} as const;

export const storeStateSchema = z.object({ schemaVersion: z.literal(STORAGE_SCHEMA_VERSION), ...fieldSchemas });
export type StoreState = z.infer<typeof storeStateSchema>;
export type StoreKey = keyof typeof fieldSchemas;
export type Settings = Pick<
  StoreState,
  'workerUrl' | 'operadoras' | 'features' | 'bloquearEnvioComErros' | 'autofillProfiles'
>;

export function defaultState(): StoreState {
  return {
    schemaVersion: STORAGE_SCHEMA_VERSION,
    workerUrl: undefined,
    operadoras: [],
    features: {},
    bloquearEnvioComErros: false,
    autofillProfiles: [],
    packs: {},
    lastSync: { at: '', status: 'nunca', message: 'Nenhuma sincronização feita.' },
    tenantOrigins: [],
    guiaRetencaoDias: RETENCAO_PADRAO_DIAS,
  };
}
