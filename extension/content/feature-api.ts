// What every feature gets from the manager for one run: the page as read by the adapter (once per run),
// the active pack and the user's settings, the rule engine over the page's facts, inline warnings, and
// click interception for the portal's buttons (warn; hold back only when the user asked for it).
import type { Finding } from '../../shared/findings.ts';
import type { Guia, RuleContextInput } from '../../shared/rules/context.ts';
import { parseRuleContext, ruleContextExtraSchema, runRulesOn } from '../../shared/rules/engine.ts';
import type { RulePack } from '../../shared/rules/pack-schema.ts';
import type { GuiaRecordStore } from '../lib/guia-records/store.ts';
import type { RascunhosPortal } from '../lib/recurso-rascunhos.ts';
import type { AutofillProfile } from '../lib/storage.ts';
import { actionOf } from './adapter/actions.ts';
import type { LabelIndex } from './adapter/dom-read.ts';
import { type PortalWords, portalWords } from './adapter/labels.ts';
import { type PortalPage, readPortalPage } from './adapter/read-page.ts';
import type { PagePredicate } from './conecta-pages.ts';
import { ContextMemo, FindingsMemo, type ParsedContext } from './context-memo.ts';
import type { RunInfo } from './feature-manager.ts';
import { guiasPorNumero, mergeKnownGuia } from './guia-facts.ts';
import { listenWhileRunning } from './listen.ts';
import type { ActionName } from './selectors.ts';
import type { WarningLayer, WarningSpec } from './ui/warning-layer.ts';
import type { UploadValidator } from './validate-upload.ts';
import { anchorForButton, itemsOf } from './warn.ts';

export interface ContentSettings {
  /** featureId → enabled; absent = enabled. */
  features: Readonly<Record<string, boolean>>;
  bloquearEnvioComErros: boolean;
  autofillProfiles: readonly AutofillProfile[];
  /** Recurso drafts made in the popup from a demonstrativo (storage.local), by protocolo. */
  recursoRascunhos?: RascunhosPortal;
  /** Days a guia record is kept (options); default in lib/guia-records. */
  guiaRetencaoDias?: number;
}

export interface ContentEnvironment {
  document: Document;
  settings: ContentSettings;
  pack: RulePack | undefined;
  hoje: string;
  warnings: WarningLayer;
  /** The upload pre-check's XML validation (runs in the background: validate-upload.ts). */
  validateXml?: UploadValidator;
  /**
   * Facts of the page's guias that the lote page does not show (procedures, atendimento dates: 004 § 9.2 b
   * lists neither), from guia records kept on this machine. Merged into `context.guias` by Nº Guia Prestador.
   */
  guiaFacts?: (page: PortalPage) => readonly Guia[];
  /** The guia records kept on this machine: Digitar Guia → Salvar writes one (guia-registro). */
  guiaRecords?: Pick<GuiaRecordStore, 'lookup' | 'save' | 'autorizacao'>;
  /** How many times kept records were written or erased since the page opened (a storage change heard). */
  guiaRecordChanges?: number;
  /** Autofill requests from the keyboard shortcut (background → content); the handler answers the shortcut. */
  onAutofillRequest?: (handler: AutofillHandler, signal: AbortSignal) => void;
}

export type AutofillHandler = (profileId?: string) => { preenchidos: number; mensagem: string };

export interface ActionCheck {
  findings: readonly Finding[];
  /** Where the warning goes (usually the clicked button). */
  anchor: Element;
  title: string;
  /** Re-use a warning already on screen (same key) instead of adding a second one. */
  key?: string;
}

export interface FeatureApi {
  readonly document: Document;
  readonly settings: ContentSettings;
  readonly pack: RulePack | undefined;
  readonly hoje: string;
  readonly words: PortalWords;
  readonly env: ContentEnvironment;
  /** The page as the adapter reads it (shared by all features of this run). */
  page(): PortalPage;
  /** A page question (conecta-pages.ts: isRecursoGlosa…), answered once per run for all features. */
  is(predicate: PagePredicate): boolean;
  /** The pack's rules over the page's facts, with `extra` facts on top (e.g. the action about to happen). */
  check(extra?: Partial<RuleContextInput>): Finding[];
  show(spec: WarningSpec): HTMLElement | undefined;
  /**
   * Runs `check` when the user clicks one of the portal's `actions`. Its findings are shown next to the
   * button; the click goes on unless they hold an error and the user enabled "bloquear envio com erros".
   */
  onAction(
    actions: readonly ActionName[],
    check: (action: ActionName, button: Element) => ActionCheck | undefined,
  ): void;
}

/** Per page (environment): the context parsed once per change of the page's facts, and the findings over it. */
const memos = new WeakMap<ContentEnvironment, { context: ContextMemo; findings: FindingsMemo }>();

/** Forgets what was parsed and found for this page, as on its first run (benchmarks). */
export function forgetParsedContext(env: ContentEnvironment): void {
  memos.delete(env);
}

/**
 * The pack's rules over the page's facts and `extra` (its `questionKey` is `key`): the page's facts are checked
 * against the context schema once per run (a lote page's 100 guias), and only the guias that changed since the
 * last run; each question's extra facts alone.
 */
function checkPage(
  env: ContentEnvironment,
  pack: RulePack,
  run: RunInfo,
  page: () => PortalPage,
  extra: Partial<RuleContextInput> | undefined,
  key: string,
): Finding[] {
  let memo = memos.get(env);
  if (!memo) {
    memo = { context: new ContextMemo(), findings: new FindingsMemo() };
    memos.set(env, memo);
  }
  let base = run.cache.get('context') as ParsedContext | undefined;
  if (!base) {
    // The page's own facts are parsed; the kept records' facts, parsed when read from storage, are joined after.
    page();
    const read = (run.cache.get('page-read') as PortalPage | undefined) ?? page();
    const known = read.context.guias?.length && env.guiaFacts ? env.guiaFacts(read) : [];
    base = memo.context.parse(read.context, known);
    run.cache.set('context', base);
  }
  if (!base.ok) return [base.finding];
  const context = base.context;
  // The same question of the same facts (the context object is kept while they do not change): same answer.
  return memo.findings.get(context, pack, key, () => {
    if (!extra || Object.keys(extra).length === 0) return runRulesOn(pack, context);
    const more = parseRuleContext(extra, ruleContextExtraSchema);
    return more.ok ? runRulesOn(pack, { ...context, ...more.context }) : [more.finding];
  });
}

const UNDEFINED = '\u0000undefined';

/**
 * The cache key of a `check` question: its JSON, with undefined kept (JSON.stringify drops it, and
 * `{ recurso: undefined }`, which takes the page's recurso out of the facts, is not the question `{}`).
 */
export function questionKey(extra: Partial<RuleContextInput> | undefined): string {
  return JSON.stringify(extra ?? {}, (_key, value: unknown) => (value === undefined ? UNDEFINED : value));
}

export function createFeatureApi(env: ContentEnvironment, featureId: string, run: RunInfo): FeatureApi {
  const words = (run.cache.get('words') as PortalWords | undefined) ?? portalWords(env.pack);
  run.cache.set('words', words);
  const page = (): PortalPage => {
    let p = run.cache.get('page') as PortalPage | undefined;
    if (!p) {
      // The labels the run already walked (start.ts), if any: one walk over the page per run.
      const labels = run.cache.get('labels') as LabelIndex | undefined;
      const read = readPortalPage(env.document, words, env.hoje, labels);
      p = withGuiaFacts(read, env.guiaFacts);
      run.cache.set('page-read', read);
      run.cache.set('page', p);
    }
    return p;
  };
  const show = (spec: WarningSpec) => env.warnings.show(featureId, run.generation, spec);
  return {
    document: env.document,
    settings: env.settings,
    pack: env.pack,
    hoje: env.hoje,
    words,
    env,
    page,
    is: run.is,
    check(extra) {
      if (!env.pack) return [];
      // Several features ask the same question in one run (e.g. "can a guia be added?"): answer once.
      let checks = run.cache.get('checks') as Map<string, Finding[]> | undefined;
      if (!checks) {
        checks = new Map();
        run.cache.set('checks', checks);
      }
      const key = questionKey(extra);
      let findings = checks.get(key);
      if (!findings) {
        findings = checkPage(env, env.pack, run, page, extra, key);
        checks.set(key, findings);
      }
      return findings;
    },
    show,
    onAction(actions, check) {
      const listener = (event: Event) => {
        const action = actionOf(event.target, actions);
        if (!action) return;
        const button = (event.target as Element).closest('button, a, input') ?? (event.target as Element);
        // The page may have changed since this run read it: read it again for an up-to-date answer.
        run.cache.delete('page');
        run.cache.delete('page-read');
        run.cache.delete('labels');
        run.cache.delete('context');
        run.cache.delete('checks');
        const result = check(action, button);
        if (!result?.findings.length) return;
        const block = env.settings.bloquearEnvioComErros && result.findings.some((f) => f.severity === 'error');
        if (block) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
        show({
          anchor: anchorForButton(result.anchor),
          key: result.key ?? `acao-${action}`,
          sticky: true,
          title: block
            ? `${result.title} — envio bloqueado: corrija os erros ou desligue "bloquear envio com erros" nas opções.`
            : result.title,
          items: itemsOf(result.findings),
        });
      };
      // Capture phase on the document: runs before the portal's own (Angular) click handlers. Let go of when the
      // run ends (listen.ts): the listener holds the run's page, records and findings.
      listenWhileRunning(env.document, 'click', listener, run.signal, true);
    },
  };
}

/** The page's guias completed with known facts (what the page shows wins; procedures come from the record). */
export function withGuiaFacts(page: PortalPage, source: ContentEnvironment['guiaFacts']): PortalPage {
  const shown = page.context.guias;
  const known = shown?.length && source ? source(page) : [];
  if (!shown || !known.length) return page;
  const byNumero = guiasPorNumero(known);
  const guias = shown.map((g) => {
    const k = byNumero.get(g.numero);
    return k ? mergeKnownGuia(g, k) : g;
  });
  return { ...page, context: { ...page.context, guias } };
}
