// The TISS schema models as the built CLI reads them: scripts/build-cli.mjs puts this module in place of
// shared/tiss/model/index.ts and writes each model as dist/cli/models/<version>.json. A run reads and parses only
// the model of the version its file names, when the checker asks for it (the other three are never read), instead
// of compiling all four as JavaScript string literals (~320 kB) at every start. Same shape and laziness as the
// generated index: one frozen object, one getter per version, each model parsed once.

import type { TissSchemaModel } from '../shared/tiss/schema/model-types.ts';
import { readFileSync } from './node-builtins.ts';

/** The versions the build wrote a model for (esbuild `define`, from shared/tiss/model/). */
declare const TISS_MODEL_VERSIONS: readonly string[];

const parsed = new Map<string, TissSchemaModel>();

function load(versao: string): TissSchemaModel {
  const known = parsed.get(versao);
  if (known) return known;
  const model = JSON.parse(
    readFileSync(new URL(`./models/${versao}.json`, import.meta.url), 'utf8'),
  ) as TissSchemaModel;
  parsed.set(versao, model);
  return model;
}

export const TISS_SCHEMA_MODELS: Readonly<Record<string, TissSchemaModel>> = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(TISS_MODEL_VERSIONS.map((v) => [v, { enumerable: true, get: () => load(v) }])),
  ),
);
