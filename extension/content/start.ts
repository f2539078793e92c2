// Wires the content script together: settings and the active pack from the extension, the feature manager
// over the page, and re-runs when the settings change.
import type { Finding } from '../../shared/findings.ts';
import { hojeEmSaoPaulo } from '../../shared/rules/dates.ts';
import type { RulePack } from '../../shared/rules/pack-schema.ts';
import { LabelIndex } from './adapter/dom-read.ts';
import { portalWords } from './adapter/labels.ts';
import { registroAns } from './adapter/read-page.ts';
import type { Feature } from './feature.ts';
import { type ContentEnvironment, type ContentSettings, createFeatureApi } from './feature-api.ts';
import { createFeatureManager, type FeatureManager } from './feature-manager.ts';
import { WarningLayer } from './ui/warning-layer.ts';

export interface ContentSources {
  loadSettings(): Promise<ContentSettings & { operadoras: readonly string[] }>;
  loadPack(ans: string): Promise<RulePack | undefined>;
  watchSettings(onChange: () => void): void;
  validateXml?: (bytes: Uint8Array, fileName: string) => Promise<Finding[]>;
  onAutofillRequest?: ContentEnvironment['onAutofillRequest'];
  now?: () => Date;
}

export async function startContent(
  doc: Document,
  features: readonly Feature[],
  sources: ContentSources,
): Promise<{ manager: FeatureManager; env: ContentEnvironment }> {
  const settings = await sources.loadSettings();
  // The operadora the page names (select2 "POSTAL SAÚDE | 419133"), else the first one chosen in options.
  const ans = registroAns(new LabelIndex(doc).read(portalWords().labels.operadora)?.value) ?? settings.operadoras[0];
  const pack = ans ? await sources.loadPack(ans).catch(() => undefined) : undefined;
  const env: ContentEnvironment = {
    document: doc,
    settings,
    pack,
    hoje: hojeEmSaoPaulo((sources.now ?? (() => new Date()))()),
    warnings: new WarningLayer(),
    ...(sources.validateXml ? { validateXml: sources.validateXml } : {}),
    ...(sources.onAutofillRequest ? { onAutofillRequest: sources.onAutofillRequest } : {}),
  };
  const manager = createFeatureManager({
    features,
    document: doc,
    isEnabled: (id) => env.settings.features[id] !== false,
    createApi: (feature, run) => createFeatureApi(env, feature.id, run),
    onFeatureDone: (id, generation) => env.warnings.sweep(id, generation),
    onFeatureOff: (id) => env.warnings.clear(id),
  });
  sources.watchSettings(() => {
    void sources.loadSettings().then((s) => {
      env.settings = s;
      manager.schedule();
    });
  });
  manager.start();
  doc.documentElement.dataset.tissPreflight = 'on';
  return { manager, env };
}
