// Runs the real content script (every feature, the default packs) over a saved portal page, for DOM tests.
import { choosePack } from '../../../shared/packs/choose.ts';
import { defaultPacks } from '../../../shared/packs/index.ts';
import { parseRulePack, type RulePack } from '../../../shared/rules/pack-schema.ts';
import { backgroundHandlers } from '../../lib/background-handlers.ts';
import { keepCheckedGuias } from '../../lib/guia-records/keep-checked.ts';
import { dispatchMessage } from '../../lib/messages.ts';
import { type AutofillProfile, createStore } from '../../lib/storage.ts';
import { memoryArea } from '../../lib/test-support.ts';
import { LabelIndex } from '../adapter/dom-read.ts';
import type { ContentEnvironment, ContentSettings } from '../feature-api.ts';
import { allFeatures } from '../features/index.ts';
import { type ContentSources, startContent } from '../start.ts';
import { WARNING_TAG } from '../ui/own-ui.ts';
import { uploadValidator } from '../validate-upload.ts';
import { loadSnapshot, SNAPSHOT_HOJE } from './snapshots.ts';

export interface ContentRun {
  document: Document;
  stop(): void;
  /** Waits for the debounced re-run after a change, and its completion. */
  settle(): Promise<void>;
  /** Text of every warning/badge the extension shows (inside the shadow roots, styles left out). */
  texts(): string[];
  hosts(): HTMLElement[];
}

export function runContent(
  snapshot: string,
  path: string,
  settings: Partial<ContentSettings> & { autofillProfiles?: AutofillProfile[] } = {},
  packs: readonly RulePack[] = defaultPacks,
  guiaFacts?: ContentEnvironment['guiaFacts'],
  extra: Partial<ContentSources> = {},
): Promise<ContentRun> {
  return runContentOn(() => loadSnapshot(snapshot, path), settings, packs, guiaFacts, extra);
}

/** `runContent` over a page the caller puts in the test document (`load`), e.g. one written for a test. */
export async function runContentOn(
  load: () => Document,
  settings: Partial<ContentSettings> & { autofillProfiles?: AutofillProfile[] } = {},
  packs: readonly RulePack[] = defaultPacks,
  guiaFacts?: ContentEnvironment['guiaFacts'],
  /** More of what the extension gives the content script (e.g. the kept guia records). */
  extra: Partial<ContentSources> = {},
): Promise<ContentRun> {
  const doc = load();
  // The upload pre-check goes through the real message and background handler, serialised as Chrome does.
  const agora = () => new Date(`${SNAPSHOT_HOJE}T12:00:00-03:00`);
  // The background keeps an XML's guias in the same records the content script reads, as the extension's does.
  const guiaRecords = extra.guiaRecords;
  const background = backgroundHandlers(
    { store: createStore(memoryArea()), fetch: () => Promise.reject(new Error('offline')), trustedKeys: [] },
    packs,
    guiaRecords
      ? {
          keepGuias: keepCheckedGuias({
            store: guiaRecords,
            retencaoDias: async () => undefined,
            now: agora,
          }),
        }
      : {},
  );
  const send = (msg: unknown) => dispatchMessage(background, JSON.parse(JSON.stringify(msg)));
  const { manager, env } = await startContent(doc, allFeatures, {
    loadSettings: async () => ({
      features: {},
      bloquearEnvioComErros: false,
      autofillProfiles: [],
      operadoras: [],
      ...settings,
    }),
    loadPack: async (operadora) => choosePack(packs, operadora),
    watchSettings: () => {},
    validateXml: uploadValidator(send),
    now: agora,
    debounceMs: 5,
    ...extra,
  });
  await manager.idle();
  if (guiaFacts) {
    env.guiaFacts = guiaFacts;
    await manager.runNow();
  }
  const hosts = () => [...doc.querySelectorAll<HTMLElement>(WARNING_TAG)];
  return {
    document: doc,
    stop: () => manager.stop(),
    async settle() {
      // A change was made: wait for the re-run it triggers (however busy the machine), then for it to end.
      const before = manager.generation;
      for (let waited = 0; manager.generation === before && waited < 3000; waited += 10)
        await new Promise((r) => setTimeout(r, 10));
      await manager.idle();
    },
    hosts,
    texts: () => hosts().map(shownText),
  };
}

/** What a warning host shows (its shadow root's text without the <style>). */
export function shownText(host: Element): string {
  return [...(host.shadowRoot?.childNodes ?? [])]
    .filter((n) => n.nodeName !== 'STYLE')
    .map((n) => n.textContent ?? '')
    .join('');
}

/** A default pack with extra rules (as a support team would publish), validated like any pack. */
export function packWith(chave: string, regras: unknown[]): RulePack {
  const base = defaultPacks.find((p) => p.operadora.chave === chave);
  if (!base) throw new Error(`pacote padrão não encontrado: ${chave}`);
  const parsed = parseRulePack({ ...base, regras: [...base.regras, ...regras] });
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return parsed.pack;
}

/**
 * Writes a header value of a snapshot as the portal would show it (a read-only input or text), found by its
 * label: a test gives a date the snapshot leaves empty (Enviar Até, Data Pagamento) without a new snapshot.
 */
export function setHeaderField(doc: Document, labels: readonly string[], value: string): void {
  const field = new LabelIndex(doc).read(labels)?.element;
  if (!field) throw new Error(`campo não encontrado: ${labels.join(' / ')}`);
  if (field instanceof HTMLInputElement) {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  } else field.textContent = value;
}
