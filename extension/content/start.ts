// Wires the content script together: settings and the active pack from the extension, the feature manager
// over the page, and re-runs when the settings change.
import { hojeEmSaoPaulo } from '../../shared/rules/dates.ts';
import type { RulePack } from '../../shared/rules/pack-schema.ts';
import { controlValue, LabelIndex } from './adapter/dom-read.ts';
import { portalWords } from './adapter/labels.ts';
import { registroAns } from './adapter/read-page.ts';
import type { Feature } from './feature.ts';
import { type ContentEnvironment, type ContentSettings, createFeatureApi } from './feature-api.ts';
import { createFeatureManager, type FeatureManager } from './feature-manager.ts';
import { IDS } from './selectors.ts';
import { WarningLayer } from './ui/warning-layer.ts';

export interface ContentSources {
  loadSettings(): Promise<ContentSettings & { operadoras: readonly string[] }>;
  loadPack(ans: string): Promise<RulePack | undefined>;
  watchSettings(onChange: () => void): void;
  validateXml?: ContentEnvironment['validateXml'];
  onAutofillRequest?: ContentEnvironment['onAutofillRequest'];
  now?: () => Date;
  debounceMs?: number;
}

/**
 * The operadora the page is about: what the page content names (a lote's "Operadora: PAS SERPRO | 345474"),
 * else the header's picker ("PASA | 331988"), which holds the session's operadora.
 */
export function operadoraDaPagina(doc: Document): string | undefined {
  const picker = doc.getElementById(IDS.operadoraSelect);
  return (
    registroAns(new LabelIndex(doc).read(portalWords().labels.operadora)?.value) ??
    registroAns(picker ? controlValue(picker) : undefined)
  );
}

export async function startContent(
  doc: Document,
  features: readonly Feature[],
  sources: ContentSources,
): Promise<{ manager: FeatureManager; env: ContentEnvironment }> {
  let settings = await sources.loadSettings();
  const env: ContentEnvironment = {
    document: doc,
    settings,
    pack: undefined,
    hoje: hojeEmSaoPaulo((sources.now ?? (() => new Date()))()),
    warnings: new WarningLayer(),
    ...(sources.validateXml ? { validateXml: sources.validateXml } : {}),
    ...(sources.onAutofillRequest ? { onAutofillRequest: sources.onAutofillRequest } : {}),
  };
  let packFor: string | undefined;
  const manager = createFeatureManager({
    features,
    document: doc,
    isEnabled: (id) => env.settings.features[id] !== false,
    createApi: (feature, run) => createFeatureApi(env, feature.id, run),
    onFeatureDone: (id, generation) => env.warnings.sweep(id, generation),
    onFeatureOff: (id) => env.warnings.clear(id),
    // The user may switch operadora in the header; each run checks the pack still matches the page.
    async beforeRun() {
      const ans = operadoraDaPagina(doc) ?? settings.operadoras[0];
      if (ans === packFor) return;
      packFor = ans;
      env.pack = ans ? await sources.loadPack(ans).catch(() => undefined) : undefined;
    },
    ...(sources.debounceMs !== undefined ? { debounceMs: sources.debounceMs } : {}),
  });
  // Any change in the extension's storage (options saved, a pack synced): read settings again and let the
  // next run ask for the pack again, so a newly synced pack applies without reloading the portal.
  sources.watchSettings(() => {
    void sources.loadSettings().then((s) => {
      settings = s;
      env.settings = s;
      packFor = undefined;
      manager.schedule();
    });
  });
  manager.start();
  doc.documentElement.dataset.tissPreflight = 'on';
  return { manager, env };
}
