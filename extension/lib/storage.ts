// The extension's persistent state in `storage.local` (never `storage.sync`: autofill profiles hold
// professional data that must stay on this machine). Each part lives under its own key so that the options
// page (settings) and the background (packs, lastSync) never overwrite each other's writes.
// Reading is forgiving: an old layout is migrated, a corrupted field falls back to its default on its own,
// so one bad value never costs the user the rest of their settings.
import { browser } from 'wxt/browser';
import * as z from 'zod';
import { signedPackEnvelopeSchema } from '../../shared/signing/pack-envelope.ts';

export const STORAGE_SCHEMA_VERSION = 2;

export const autofillProfileSchema = z.object({
  id: z.string().min(1),
  /** How the user names this profile in the list ("Dra. Ana — cardiologia"). */
  rotulo: z.string().min(1),
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
  sequence: z.number().int().positive(),
  etag: z.string().optional(),
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
export const workerUrlSchema = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
    } catch {
      return false;
    }
  }, 'Endereço do servidor inválido: use http:// ou https://');

/** The machine itself: the only place a non-https address (local worker, mock portal) is taken. */
export function isLoopbackHost(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/**
 * An operadora's own Conecta portal (e.g. `https://conectapasa.benner.com.br`): an origin only, https only.
 * Test/dev builds also take http on loopback so the end-to-end tests can register the mock portal.
 */
export const tenantOriginSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/\/+$/, ''))
  .refine((v) => {
    try {
      const u = new URL(v);
      const httpOk = u.protocol === 'http:' && isLoopbackHost(u) && import.meta.env?.MODE !== 'production';
      return (u.protocol === 'https:' || httpOk) && !!u.hostname && u.origin === v;
    } catch {
      return false;
    }
  }, 'Endereço do portal inválido: use https:// e só o endereço do site, sem caminho (ex.: https://conectapasa.benner.com.br).')
  // The main portal already has the content script from the manifest: registering it again would run it twice.
  .refine(
    (v) => !/^https:\/\/(hom\.)?portalconectasaude\.com\.br$/.test(v),
    'Este portal já tem as verificações; adicione só endereços próprios de operadoras.',
  );

/** The operadora's pack key (`operadora.chave`): its registro ANS (6 digits), or a slug when it has none. */
export const operadoraChaveSchema = z
  .string()
  .trim()
  // All digits but not six is a mistyped registro ANS, not a slug.
  .regex(/^(?:\d{6}|(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'Informe o registro ANS (6 dígitos) da operadora.');

const fieldSchemas = {
  workerUrl: workerUrlSchema.optional(),
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
  };
}

/** The subset of `browser.storage.local` we use; tests pass an in-memory one. */
export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
export interface StorageChangeSource {
  addListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
  removeListener(cb: (changes: Record<string, unknown>, areaName: string) => void): void;
}

type Raw = Record<string, unknown>;

/**
 * Layout changes, oldest first. Each takes the raw store at version `from` and returns it at `from + 1`.
 * v1 (pre-release) kept one operadora in `operadora` and the switched-off features as a list.
 */
const migrations: Record<number, (raw: Raw) => Raw> = {
  1: (raw) => {
    const { operadora, featuresDesligadas, ...rest } = raw;
    const operadoras = typeof operadora === 'string' && operadora ? [operadora] : [];
    const features: Record<string, boolean> = {};
    if (Array.isArray(featuresDesligadas))
      for (const id of featuresDesligadas) if (typeof id === 'string') features[id] = false;
    return { ...rest, operadoras, features, schemaVersion: 2 };
  },
};
const legacyKeys = ['operadora', 'featuresDesligadas'];

/** Reads whatever is stored into a valid state; never throws. `migrated` tells the caller to write it back. */
export function normaliseState(raw: Raw): { state: StoreState; migrated: boolean } {
  let current: Raw = raw;
  let version =
    typeof raw.schemaVersion === 'number' ? raw.schemaVersion : Object.keys(raw).length ? 1 : STORAGE_SCHEMA_VERSION;
  let migrated = version !== STORAGE_SCHEMA_VERSION;
  if (version > STORAGE_SCHEMA_VERSION || !Number.isInteger(version) || version < 1) {
    // Written by a newer (or broken) build: we cannot know its meaning; keep only what still parses.
    version = STORAGE_SCHEMA_VERSION;
  }
  while (version < STORAGE_SCHEMA_VERSION) {
    const step = migrations[version];
    current = step ? step(current) : current;
    version++;
  }
  const state = defaultState();
  for (const key of Object.keys(fieldSchemas) as StoreKey[]) {
    if (!(key in current)) continue;
    const parsed = salvageField(key, current[key]);
    if (parsed.ok) (state as Record<string, unknown>)[key] = parsed.value;
    if (!parsed.ok || parsed.partial) migrated = true;
  }
  return { state, migrated };
}

function salvageField(key: StoreKey, value: unknown): { ok: true; value: unknown; partial?: true } | { ok: false } {
  const whole = fieldSchemas[key].safeParse(value);
  if (whole.success) return { ok: true, value: whole.data };
  const part = salvagePart(key, value);
  return part ? { ok: true, value: part.value, partial: true } : { ok: false };
}

function salvagePart(key: StoreKey, value: unknown): { value: unknown } | undefined {
  // Lists and maps keep their good entries: one broken profile or pack must not erase the others.
  if (key === 'autofillProfiles' && Array.isArray(value)) {
    return {
      value: value.flatMap((p) => {
        const r = autofillProfileSchema.safeParse(p);
        return r.success ? [r.data] : [];
      }),
    };
  }
  if (key === 'operadoras' && Array.isArray(value)) {
    return { value: value.filter((a) => operadoraChaveSchema.safeParse(a).success) };
  }
  if (key === 'tenantOrigins' && Array.isArray(value)) {
    return { value: value.filter((o) => tenantOriginSchema.safeParse(o).success) };
  }
  if (key === 'packs' && value && typeof value === 'object') {
    const out: Record<string, StoredPack> = {};
    for (const [ans, p] of Object.entries(value)) {
      const r = storedPackSchema.safeParse(p);
      if (r.success) out[ans] = r.data;
    }
    return { value: out };
  }
  return undefined;
}

export interface Store {
  read(): Promise<StoreState>;
  /** Writes only the given keys (each validated). */
  write(patch: Partial<Omit<StoreState, 'schemaVersion'>>): Promise<void>;
  /** Calls back with the whole state after any change; returns the unsubscribe function. */
  watch(cb: (state: StoreState) => void): () => void;
}

export function createStore(area: StorageAreaLike, changes?: StorageChangeSource, areaName = 'local'): Store {
  async function read(): Promise<StoreState> {
    let raw: Raw = {};
    try {
      raw = (await area.get(null)) ?? {};
    } catch {
      raw = {};
    }
    const { state, migrated } = normaliseState(raw);
    if (migrated) {
      try {
        await area.set({ ...state });
        await area.remove(legacyKeys.filter((k) => k in raw));
      } catch {
        // Read-only moment (quota, shutdown): the next read migrates again.
      }
    }
    return state;
  }
  return {
    read,
    async write(patch) {
      const checked: Raw = { schemaVersion: STORAGE_SCHEMA_VERSION };
      for (const [key, value] of Object.entries(patch)) {
        const schema = fieldSchemas[key as StoreKey];
        if (!schema) throw new Error(`Campo de armazenamento desconhecido: ${key}`);
        checked[key] = schema.parse(value);
      }
      // storage.local drops `undefined`; an unset worker URL must really be removed.
      const removals = Object.entries(checked)
        .filter(([, v]) => v === undefined)
        .map(([k]) => k);
      for (const k of removals) delete checked[k];
      await area.set(checked);
      if (removals.length) await area.remove(removals);
    },
    watch(cb) {
      if (!changes) return () => {};
      const listener = (_c: Record<string, unknown>, name: string) => {
        if (name === areaName) void read().then(cb);
      };
      changes.addListener(listener);
      return () => changes.removeListener(listener);
    },
  };
}

let extensionStoreInstance: Store | undefined;
/** The store over the real `browser.storage.local` (created on first use, so importing this file is free). */
export function extensionStore(): Store {
  extensionStoreInstance ??= createStore(
    browser.storage.local as unknown as StorageAreaLike,
    browser.storage.onChanged as unknown as StorageChangeSource,
  );
  return extensionStoreInstance;
}

/** An in-memory storage area with change events, for tests and previews. */
export function memoryArea(initial: Raw = {}): StorageAreaLike & StorageChangeSource & { data: Raw } {
  const data: Raw = structuredClone(initial);
  const listeners = new Set<(changes: Record<string, unknown>, areaName: string) => void>();
  const emit = (keys: string[]) => {
    const changes = Object.fromEntries(keys.map((k) => [k, { newValue: data[k] }]));
    for (const l of listeners) l(changes, 'local');
  };
  return {
    data,
    async get(keys) {
      if (keys == null) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
      emit(Object.keys(items));
    },
    async remove(keys) {
      const list = typeof keys === 'string' ? [keys] : keys;
      for (const k of list) delete data[k];
      if (list.length) emit(list);
    },
    addListener: (cb) => listeners.add(cb),
    removeListener: (cb) => listeners.delete(cb),
  };
}
