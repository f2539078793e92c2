// The store over a storage area: reads through the layout migration and recovery, writes each key validated.
import { browser } from 'wxt/browser';
import { legacyKeys, normaliseState, type Raw } from './layout.ts';
import { fieldSchemas, STORAGE_SCHEMA_VERSION, type StoreKey, type StoreState } from './schemas.ts';

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

/** Every key the settings use, current and legacy (a v1 store is recognised by its legacy keys). */
const SETTINGS_KEYS = ['schemaVersion', ...Object.keys(fieldSchemas), ...legacyKeys];

export interface Store {
  read(): Promise<StoreState>;
  /**
   * Only these keys (plus what the layout migration needs), read and checked but never written back: for the
   * content script, which must not load the stored packs on every portal page. Absent keys read as defaults.
   */
  readKeys<K extends StoreKey>(keys: readonly K[]): Promise<Pick<StoreState, K>>;
  /** Writes only the given keys (each validated). */
  write(patch: Partial<Omit<StoreState, 'schemaVersion'>>): Promise<void>;
  /** Calls back with the whole state after any change; returns the unsubscribe function. */
  watch(cb: (state: StoreState) => void): () => void;
  /** Calls back (reading nothing) after any change of a settings key, packs included; returns unsubscribe. */
  onChange(cb: () => void): () => void;
}

export function createStore(area: StorageAreaLike, changes?: StorageChangeSource, areaName = 'local'): Store {
  async function read(): Promise<StoreState> {
    let raw: Raw = {};
    try {
      // Only the settings' own keys: the kept guia records (thousands of keys) share this area.
      raw = (await area.get(SETTINGS_KEYS)) ?? {};
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
  function onChange(cb: () => void): () => void {
    if (!changes) return () => {};
    const listener = (c: Record<string, unknown>, name: string) => {
      // A guia record written (a guia saved, an XML checked) is not a settings change.
      if (name === areaName && Object.keys(c).some((k) => SETTINGS_KEYS.includes(k))) cb();
    };
    changes.addListener(listener);
    return () => changes.removeListener(listener);
  }
  return {
    read,
    async readKeys(keys) {
      let raw: Raw = {};
      try {
        raw = (await area.get(['schemaVersion', ...keys, ...legacyKeys])) ?? {};
      } catch {
        raw = {};
      }
      const { state } = normaliseState(raw);
      return Object.fromEntries(keys.map((k) => [k, state[k]])) as Pick<StoreState, (typeof keys)[number]>;
    },
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
      return onChange(() => void read().then(cb));
    },
    onChange,
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
