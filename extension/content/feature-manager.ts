// Runs the features whose pages match, again after in-place page changes (MutationObserver, debounced),
// aborting the previous run first. A feature that throws is logged and the others go on; a feature the user
// switched off in options does not run and its warnings go away.
import type { PageInfo } from './conecta-pages.ts';
import { isOwnUi } from './ui/own-ui.ts';

export interface ManagedFeature<Api> {
  id: string;
  include: readonly ((page: PageInfo) => boolean)[];
  exclude?: readonly ((page: PageInfo) => boolean)[];
  init(signal: AbortSignal, api: Api): void | Promise<void>;
}

export interface RunInfo {
  generation: number;
  signal: AbortSignal;
  /** Shared by the features of one run (the adapter reads the page once per run). */
  cache: Map<string, unknown>;
  /** A page question (is this the lote page?), answered once per run for every feature that asks it. */
  is(predicate: (page: PageInfo) => boolean): boolean;
}

export interface FeatureManagerOptions<Api> {
  features: readonly ManagedFeature<Api>[];
  document: Document;
  isEnabled(id: string): boolean;
  createApi(feature: ManagedFeature<Api>, run: RunInfo): Api;
  /** After a feature's run finished (not aborted): drop what the run did not show again. */
  onFeatureDone?(id: string, generation: number): void;
  /** The feature does not apply (page, options): remove all it showed. */
  onFeatureOff?(id: string): void;
  /** Before each run (e.g. load the pack of the operadora the page now shows; fill the run's cache). */
  beforeRun?(run: RunInfo): Promise<void>;
  /** A run is now scheduled or in progress, where none was. */
  onPending?(): void;
  /** The last run scheduled finished and none is pending: the page as it is now has been checked. */
  onSettled?(generation: number): void;
  debounceMs?: number;
  log?: (message: string, error: unknown) => void;
}

export interface FeatureManager {
  start(): void;
  stop(): void;
  /** Schedules a run (debounced), e.g. after the settings changed. */
  schedule(): void;
  /** Runs now (after any run in progress) and resolves when done: for benchmarks and tests. */
  runNow(): Promise<void>;
  /** Resolves when no run is pending or in progress. */
  idle(): Promise<void>;
  readonly generation: number;
}

export function createFeatureManager<Api>(options: FeatureManagerOptions<Api>): FeatureManager {
  const { document: doc, features } = options;
  const debounceMs = options.debounceMs ?? 120;
  const log = options.log ?? ((m, e) => console.error(`[tiss-preflight] ${m}`, e));
  const view = doc.defaultView;
  let generation = 0;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let observer: MutationObserver | undefined;
  /** Runs chained on `running` and not finished yet. */
  let queued = 0;
  const pending = () => timer !== undefined || queued > 0;

  function enqueue(): Promise<void> {
    if (!pending()) options.onPending?.();
    queued++;
    const done = () => {
      queued--;
      if (!pending()) options.onSettled?.(generation);
    };
    running = running.then(run, run).finally(done);
    return running;
  }

  async function run(): Promise<void> {
    timer = undefined;
    controller?.abort();
    controller = new AbortController();
    const page: PageInfo = { document: doc, url: new URL(doc.location?.href ?? 'about:blank') };
    // Many features ask the same page questions (is this the lote page?): each is answered once per run.
    const answers = new Map<(page: PageInfo) => boolean, boolean>();
    const is = (predicate: (page: PageInfo) => boolean) => {
      let answer = answers.get(predicate);
      if (answer === undefined) {
        answer = predicate(page);
        answers.set(predicate, answer);
      }
      return answer;
    };
    const run: RunInfo = { generation: ++generation, signal: controller.signal, cache: new Map(), is };
    try {
      await options.beforeRun?.(run);
    } catch (error) {
      log('falha ao preparar a verificação', error);
    }
    if (run.signal.aborted) return;
    await Promise.all(
      features.map(async (feature) => {
        let applies = false;
        try {
          applies = options.isEnabled(feature.id) && feature.include.some(is) && !(feature.exclude ?? []).some(is);
        } catch (error) {
          log(`${feature.id}: falha ao verificar a página`, error);
        }
        if (!applies) {
          options.onFeatureOff?.(feature.id);
          return;
        }
        try {
          await feature.init(run.signal, options.createApi(feature, run));
        } catch (error) {
          if (!run.signal.aborted) log(`${feature.id} falhou`, error);
        }
        if (!run.signal.aborted) options.onFeatureDone?.(feature.id, run.generation);
      }),
    );
  }

  function schedule(): void {
    if (timer !== undefined) return;
    if (!pending()) options.onPending?.();
    timer = setTimeout(enqueue, debounceMs);
  }

  function relevant(records: MutationRecord[]): boolean {
    for (const r of records) {
      if (isOwnUi(r.target)) continue;
      if (r.type !== 'childList') return true;
      const nodes = [...r.addedNodes, ...r.removedNodes];
      if (nodes.length === 0 || nodes.some((n) => !isOwnUi(n))) return true;
    }
    return false;
  }

  return {
    start() {
      void enqueue();
      const Observer = view?.MutationObserver ?? MutationObserver;
      observer = new Observer((records) => {
        if (relevant(records)) schedule();
      });
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        // Angular shows/hides blocks by class (ng-hide) and disables buttons; values typed are input events.
        attributeFilter: ['class', 'style', 'disabled', 'hidden'],
      });
      // Typing does not mutate the DOM; the features that read fields re-run on input and change.
      doc.addEventListener('input', onInput, true);
      doc.addEventListener('change', onInput, true);
    },
    stop() {
      observer?.disconnect();
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('change', onInput, true);
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      controller?.abort();
    },
    schedule,
    runNow: enqueue,
    async idle() {
      for (;;) {
        const current = running;
        await current;
        if (timer === undefined && current === running) return;
        if (timer !== undefined) await new Promise((r) => setTimeout(r, debounceMs + 5));
      }
    },
    get generation() {
      return generation;
    },
  };

  function onInput(event: Event): void {
    if (!isOwnUi(event.target as Node | null)) schedule();
  }
}
