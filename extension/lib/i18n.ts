// UI text comes from `_locales/<lang>/messages.json` through `browser.i18n` (pt_BR default, en second).
// Tests have no extension runtime: they install the pt_BR catalogue with `useCatalogue`, which reads the same
// file, so a key missing from messages.json fails the test the same way it would show blank in the browser.
import { browser } from 'wxt/browser';

export type MessageCatalogue = Record<string, { message: string; description?: string }>;

let lookup: ((key: string, subs: string[]) => string) | undefined;

/** Uses a catalogue object (messages.json content) instead of the browser's i18n. */
export function useCatalogue(catalogue: MessageCatalogue): void {
  lookup = (key, subs) => {
    const entry = catalogue[key];
    if (!entry) return '';
    return entry.message.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  };
}

/** The message for `key` in the browser's language, with `$1`… replaced by `subs`; the key itself when missing. */
export function t(key: string, ...subs: (string | number)[]): string {
  const strs = subs.map(String);
  const text = lookup ? lookup(key, strs) : (browser?.i18n?.getMessage(key as never, strs) ?? '');
  return text || key;
}
