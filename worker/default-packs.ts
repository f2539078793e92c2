// The default packs bundled with the worker (shared/packs), seeded as version 1 of each operadora.
export { defaultPacks } from '../shared/packs/index.ts';
