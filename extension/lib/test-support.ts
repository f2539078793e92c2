// Test helpers for the extension's DOM tests (not bundled: only *.test.ts(x) import it).
import ptBr from '../public/_locales/pt_BR/messages.json' with { type: 'json' };
import { useCatalogue } from './i18n.ts';

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
