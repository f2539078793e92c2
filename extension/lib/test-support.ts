// Test helpers for the extension's DOM tests (not bundled: only *.test.ts(x) import it).
import ptBr from '../public/_locales/pt_BR/messages.json' with { type: 'json' };
import { useCatalogue } from './i18n.ts';
import type { StorageAreaLike, StorageChangeSource } from './storage.ts';

/** UI text in tests comes from the real pt_BR catalogue, as the browser would show it. */
export function usePtBr(): void {
  useCatalogue(ptBr);
}

/** Waits until `check` stops throwing (UI updates after promises and effects). */
export async function until<T>(check: () => T, timeoutMs = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return check();
    } catch (e) {
      if (Date.now() - start > timeoutMs) throw e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

/** An in-memory storage area with change events, for tests (`browser.storage.local` stand-in). */
export function memoryArea(
  initial: Record<string, unknown> = {},
): StorageAreaLike & StorageChangeSource & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
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
