// Older layouts and broken values: migrations from each earlier layout, and a recovery that keeps every
// field (and every list entry) that still parses, so one bad value never costs the user the rest.
import {
  autofillProfileSchema,
  defaultState,
  fieldSchemas,
  operadoraChaveSchema,
  STORAGE_SCHEMA_VERSION,
  type StoredPack,
  type StoreKey,
  type StoreState,
  storedPackSchema,
  tenantOriginSchema,
} from './schemas.ts';

export type Raw = Record<string, unknown>;

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
export const legacyKeys = ['operadora', 'featuresDesligadas'];

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
