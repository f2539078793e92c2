// What a feature file declares (Refined GitHub style): an id equal to its file name, a pt-BR description
// (also in features/README.md), the pages it runs on, and `init`, called again after every in-place change
// of the page with a fresh AbortSignal (listeners registered with it through listen.ts go away when the next run
// starts).
import type { PagePredicate } from './conecta-pages.ts';
import type { FeatureApi } from './feature-api.ts';

export interface Feature {
  id: string;
  description: string;
  include: readonly PagePredicate[];
  exclude?: readonly PagePredicate[];
  init(signal: AbortSignal, api: FeatureApi): void | Promise<void>;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}
