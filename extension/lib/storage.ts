// The extension's persistent state in `storage.local` (never `storage.sync`: autofill profiles hold
// professional data that must stay on this machine). Each part lives under its own key so that the options
// page (settings) and the background (packs, lastSync) never overwrite each other's writes.
//   storage/schemas.ts  what each key holds, defaults
//   storage/layout.ts   migrations from older layouts, recovery of broken values
//   storage/store.ts    the store (read, validated write, watch) over `browser.storage.local`
// The in-memory area for tests is in `test-support.ts`, outside the bundles.
export { normaliseState } from './storage/layout.ts';
export * from './storage/schemas.ts';
export {
  createStore,
  extensionStore,
  type StorageAreaLike,
  type StorageChangeSource,
  type Store,
} from './storage/store.ts';
