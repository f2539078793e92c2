// Wires the content script together: settings and the active pack from the extension, the feature manager
// over the page, and re-runs when the settings change.
import { hojeEmSaoPaulo } from '../../shared/rules/dates.ts';
import type { RulePack } from '../../shared/rules/pack-schema.ts';
import type { RascunhosPortal } from '../lib/recurso-rascunhos.ts';
import { controlValue, LabelIndex } from './adapter/dom-read.ts';
import { portalWords } from './adapter/labels.ts';
import { readLotesGrid } from './adapter/read-faturamento.ts';
import { readPortalPage, registroAns } from './adapter/read-page.ts';
import {
  isDigitarGuia,
  isGuiaAutorizacao,
  isLoteDetalhe,
  isPesquisaLote,
  isRecursoGlosa,
  type PagePredicate,
} from './conecta-pages.ts';
import type { Feature } from './feature.ts';
import { type ContentEnvironment, type ContentSettings, createFeatureApi, withGuiaFacts } from './feature-api.ts';
import { createFeatureManager, type FeatureManager, type RunInfo } from './feature-manager.ts';
import { GuiaFacts, operadoraDoPack } from './guia-facts.ts';
import { IDS } from './selectors.ts';
import { RUN_ATTRIBUTE } from './ui/own-ui.ts';
import { WarningLayer } from './ui/warning-layer.ts';

export interface ContentSources {
  loadSettings(): Promise<ContentSettings & { operadoras: readonly string[] }>;
  /** The pack for the operadora shown as these texts (most specific first), or for a pack key. */
  loadPack(operadora: readonly string[]): Promise<RulePack | undefined>;
  watchSettings(onChange: () => void): void;
  validateXml?: ContentEnvironment['validateXml'];
  onAutofillRequest?: ContentEnvironment['onAutofillRequest'];
  /** Kept guia records, and a way to hear that one changed (written in the popup, erased in the options). */
  guiaRecords?: ContentEnvironment['guiaRecords'];
  /** Calls back with the storage keys of the records written or erased. */
  watchGuiaRecords?(onChange: (keys: readonly string[]) => void): void;
  /** The recurso drafts made in the popup: read only on a recurso page, once until they or the settings change. */
  loadRecursoRascunhos?(): Promise<RascunhosPortal>;
  /** Calls back when the popup saves or drops a recurso draft. */
  watchRecursoRascunhos?(onChange: () => void): void;
  now?: () => Date;
  debounceMs?: number;
}

/** A page question; in a run, the run's own answers (RunInfo.is), else asked now. */
type AskPage = (predicate: PagePredicate) => boolean;
const askNow =
  (doc: Document): AskPage =>
  (predicate) =>
    predicate({ document: doc, url: new URL(doc.location?.href ?? 'about:blank') });

/**
 * How the page shows the operadora it is about, most specific first: what the page content names (a lote's
 * "Operadora: PAS SERPRO | 345474" or "IPAM - ANS nº 999991"), then the header's picker ("PASA | 331988"),
 * which holds the session's operadora. The pack is chosen from these texts (shared/packs/choose.ts).
 */
export function operadoraDaPagina(doc: Document, index = new LabelIndex(doc), is: AskPage = askNow(doc)): string[] {
  const picker = doc.getElementById(IDS.operadoraSelect);
  const shown = [
    index.read(portalWords().labels.operadora)?.value,
    guiaOperadora(index, is),
    picker ? controlValue(picker) : '',
  ]
    .map((t) => t?.trim() ?? '')
    .filter((t) => t.length > 0);
  // The grid is read for this only when nothing else names the operadora (a second read of it per run otherwise).
  const daGrade = shown.length ? undefined : lotesOperadora(doc, is)?.trim();
  return daGrade ? [daGrade] : shown;
}

/**
 * Digitar Guia names the operadora the guia is for on its own line ("IPAM - ANS nº 99999-1", 004 § 9.2 a), and
 * it may differ from the header's (a guia typed from a lote of another operadora): the guia's pack, and the
 * operadora its record is kept under, are that one's, so the lote page finds it.
 */
function guiaOperadora(index: LabelIndex, is: AskPage): string | undefined {
  // The autorização's Detalhes da Guia names its operadora the same way ("MediBenner - ANS nº 5555-1", 004 § 6).
  if (!is(isDigitarGuia) && !is(isGuiaAutorizacao)) return undefined;
  // Normalised text: "ipam ans n 99999 1" (no dash, no º).
  return index.match(/^\S.* ans n\S{0,2} ?\d[\d .-]*\d$/)?.element.textContent ?? undefined;
}

/**
 * Pesquisar Lotes names the operadora in each row's Operadora column (004 § 13.1: "IPAM"), which serves when the
 * page shows no picker nor label: the one name every row gives (lotes of several operadoras name none).
 */
function lotesOperadora(doc: Document, is: AskPage): string | undefined {
  if (!is(isPesquisaLote)) return undefined;
  const nomes = new Set<string>();
  for (const lote of readLotesGrid(doc, portalWords())?.lotes ?? []) if (lote.operadora) nomes.add(lote.operadora);
  return nomes.size === 1 ? [...nomes][0] : undefined;
}

export async function startContent(
  doc: Document,
  features: readonly Feature[],
  sources: ContentSources,
): Promise<{ manager: FeatureManager; env: ContentEnvironment; guiaFacts: GuiaFacts | undefined }> {
  // The page already names its operadora: ask for its pack while the settings are read (two round trips to
  // the browser at once, not one after the other, before the first badge).
  const shownAtStart = operadoraDaPagina(doc);
  let prefetched = shownAtStart.length
    ? { key: shownAtStart.join('\n'), pack: sources.loadPack(shownAtStart).catch(() => undefined) }
    : undefined;
  let settings = await sources.loadSettings();
  const env: ContentEnvironment = {
    document: doc,
    settings,
    pack: undefined,
    hoje: hojeEmSaoPaulo((sources.now ?? (() => new Date()))()),
    warnings: new WarningLayer(),
    ...(sources.validateXml ? { validateXml: sources.validateXml } : {}),
    ...(sources.onAutofillRequest ? { onAutofillRequest: sources.onAutofillRequest } : {}),
    ...(sources.guiaRecords ? { guiaRecords: sources.guiaRecords } : {}),
  };
  const guiaFacts = sources.guiaRecords ? new GuiaFacts(sources.guiaRecords) : undefined;
  if (guiaFacts) env.guiaFacts = guiaFacts.facts;
  let packFor: string | undefined;
  const manager = createFeatureManager({
    features,
    document: doc,
    isEnabled: (id) => env.settings.features[id] !== false,
    createApi: (feature, run) => createFeatureApi(env, feature.id, run),
    onFeatureDone: (id, generation) => env.warnings.sweep(id, generation),
    onFeatureOff: (id) => env.warnings.clear(id),
    // The user may switch operadora in the header; each run checks the pack still matches the page.
    async beforeRun(run) {
      // The page's labels, walked once for the run (the operadora here, the adapter's read below).
      let labels: LabelIndex | undefined = new LabelIndex(doc);
      const shown = operadoraDaPagina(doc, labels, run.is);
      // No operadora on the page: the first one the user chose in the options.
      const operadora = shown.length ? shown : settings.operadoras.slice(0, 1);
      const key = operadora.join('\n');
      // The page often fills in its Operadora after the first run ("PASA | 331988" where only the header named
      // it): when its most specific text names the registro ANS of the pack in use, it is the same pack, no new
      // round trip (a name alone, "FUNSSEST", may be another operadora's: asked for).
      const ans = registroAns(operadora[0]);
      if (key !== packFor && packFor !== undefined && ans && env.pack?.operadora.registroAns === ans) packFor = key;
      if (key !== packFor) {
        packFor = key;
        // The page may change while the pack is on its way: its labels are walked again after.
        labels = undefined;
        const early = prefetched?.key === key ? prefetched.pack : undefined;
        prefetched = undefined;
        env.pack = early
          ? await early
          : operadora.length
            ? await sources.loadPack(operadora).catch(() => undefined)
            : undefined;
      }
      if (labels) run.cache.set('labels', labels);
      await rascunhosDoRecurso(run);
      await joinGuiaFacts(run, labels);
    },
    // The page as it is now was checked (RUN_ATTRIBUTE = n runs so far); absent while a run is due.
    onPending: () => doc.documentElement.removeAttribute(RUN_ATTRIBUTE),
    onSettled: (generation) => doc.documentElement.setAttribute(RUN_ATTRIBUTE, String(generation)),
    ...(sources.debounceMs !== undefined ? { debounceMs: sources.debounceMs } : {}),
  });
  let rascunhos: Promise<RascunhosPortal> | undefined;
  /** Recurso page: the drafts, for recurso-preencher (which reads settings synchronously). */
  async function rascunhosDoRecurso(run: RunInfo): Promise<void> {
    if (!sources.loadRecursoRascunhos || !run.is(isRecursoGlosa)) return;
    rascunhos ??= sources.loadRecursoRascunhos().catch(() => ({}));
    const lidos = await rascunhos;
    if (env.settings.recursoRascunhos !== lidos) env.settings = { ...env.settings, recursoRascunhos: lidos };
  }
  /** Lote page: the records of the guias shown are read before the features run (they read synchronously). */
  async function joinGuiaFacts(run: RunInfo, labels: LabelIndex | undefined): Promise<void> {
    const pack = env.pack;
    if (!guiaFacts || !pack) return;
    if (!run.is(isLoteDetalhe)) return;
    const words = portalWords(pack);
    const page = readPortalPage(doc, words, env.hoje, labels);
    const numeros = (page.context.guias ?? []).map((g) => g.numero);
    // Should the page change while records are read from storage, the change itself schedules the next run.
    await guiaFacts.load(operadoraDoPack(pack), numeros, env.hoje);
    // The page just read serves the run's features (read once per run).
    run.cache.set('words', words);
    run.cache.set('page-read', page);
    run.cache.set('page', withGuiaFacts(page, env.guiaFacts));
  }
  // A guia saved in Digitar Guia in another tab re-reads that one record, not the lote's hundred.
  sources.watchGuiaRecords?.((keys) => {
    guiaFacts?.forget(keys);
    env.guiaRecordChanges = (env.guiaRecordChanges ?? 0) + 1;
    manager.schedule();
  });
  // A draft saved in the popup while the recurso page is open: read again, offered without a reload.
  sources.watchRecursoRascunhos?.(() => {
    rascunhos = undefined;
    manager.schedule();
  });
  // Any change in the extension's storage (options saved, a pack synced): read settings again and let the
  // next run ask for the pack again, so a newly synced pack applies without reloading the portal.
  sources.watchSettings(() => {
    void sources.loadSettings().then((s) => {
      settings = s;
      env.settings = s;
      rascunhos = undefined;
      packFor = undefined;
      prefetched = undefined;
      manager.schedule();
    });
  });
  manager.start();
  doc.documentElement.dataset.tissPreflight = 'on';
  return { manager, env, guiaFacts };
}
