// Kept guia facts (issue: check every guia of a lote): schema, the store over `storage.local`, and the
// conversions from/to the rule context's Guia.
export * from './from-guia.ts';
export * from './schema.ts';
export * from './store.ts';
