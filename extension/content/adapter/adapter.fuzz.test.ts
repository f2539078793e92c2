// Fuzzing the portal adapter and the features it feeds (issue 14): on saved portal pages mutated the way a portal
// release or a half-rendered page could (elements gone, duplicated or moved, texts and attributes replaced), the
// content script never throws and writes nothing outside its own hosts and shadow roots. Seeded and bounded.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choosePack } from '../../../shared/packs/choose.ts';
import { defaultPacks } from '../../../shared/packs/index.ts';
import { recordInputFromAutorizacao } from '../../lib/guia-records/from-guia.ts';
import { createGuiaRecordStore } from '../../lib/guia-records/store.ts';
import { memoryArea } from '../../lib/test-support.ts';
import { allFeatures } from '../features/index.ts';
import { startContent } from '../start.ts';
import { loadSnapshot, SNAPSHOT_HOJE } from '../testing/snapshots.ts';
import { isOwnUi, RUN_ATTRIBUTE } from '../ui/own-ui.ts';
import { portalWords } from './labels.ts';
import { readPortalPage } from './read-page.ts';

const PAGES: [string, string][] = [
  ['lote-aberto-100-guias', '/Pagamentos/LotePagamento/Detalhes/8501'],
  ['lote-aberto-anexos', '/Pagamentos/LotePagamento/Detalhes/8504'],
  ['lote-fechado', '/Pagamentos/LotePagamento/Detalhes/8503'],
  ['guia-spsadt-procedimentos', '/Guias/SpSadt/FaturamentoNovaGuiaEletiva?lote=8502'],
  ['guia-consulta-passo-1', '/Guias/Consulta/FaturamentoNovaGuiaEletiva'],
  ['upload-xml', '/Uploads/UploadXML/Novo'],
  ['recurso-glosa', '/__recurso__/8470'],
  ['pesquisa-guias-funssest-selecionada', '/Guias/PesquisaGuias/Index'],
];

/**
 * The senha facts senha-autorizacao keeps when a Detalhes da Guia is opened (FUNSSEST 71791, past its validade),
 * so Pesquisa de Guias has a row to flag (pesquisa-guias-senha reads kept records only).
 */
async function guiaRecords() {
  const store = createGuiaRecordStore(memoryArea());
  await store.save(
    [
      recordInputFromAutorizacao(
        { numero: '71791', senha: true, dataAutorizacao: '2026-09-11', dataValidadeSenha: '2026-11-10' },
        '330809',
      ),
    ],
    { hoje: SNAPSHOT_HOJE },
  );
  return store;
}

/** Texts a page could show where the adapter expects a number, a date, a label: odd on purpose. */
const oddText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '101',
    '99/99/9999',
    '31/02/2026',
    'NaN',
    '1e999',
    'Aberto',
    'Fechado',
    '<b>x</b>',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 500, maxLength: 2000 }),
);

type Mutation =
  | { op: 'remove' | 'duplicate' | 'empty'; at: number }
  | { op: 'text'; at: number; text: string }
  | { op: 'attr'; at: number; name: 'id' | 'class' | 'value' | 'name' | 'for'; text: string }
  | { op: 'move'; at: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('remove' as const, 'duplicate' as const, 'empty' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('text' as const), at: fc.nat(), text: oddText }),
  fc.record({
    op: fc.constant('attr' as const),
    at: fc.nat(),
    name: fc.constantFrom('id' as const, 'class' as const, 'value' as const, 'name' as const, 'for' as const),
    text: oddText,
  }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
);

function mutate(doc: Document, mutations: Mutation[]): void {
  for (const m of mutations) {
    const all = [...doc.body.querySelectorAll('*')];
    if (all.length === 0) return;
    const el = all[m.at % all.length]!;
    if (m.op === 'remove') el.remove();
    else if (m.op === 'duplicate') el.after(el.cloneNode(true));
    else if (m.op === 'empty') el.replaceChildren();
    else if (m.op === 'text') el.textContent = m.text;
    else if (m.op === 'attr') el.setAttribute(m.name, m.text);
    else {
      const target = all[m.to % all.length]!;
      if (!el.contains(target)) target.append(el);
    }
  }
}

/** Mutations of the page outside the extension's own hosts and shadow roots. */
function foreignWrites(records: MutationRecord[]): string[] {
  const out: string[] = [];
  for (const r of records) {
    if (isOwnUi(r.target)) continue;
    // The marks start.ts leaves on the page: <html data-tiss-preflight="on">, so the page knows it runs, and
    // data-tiss-preflight-run, the count of its runs once done with the page as it is.
    if (
      r.type === 'attributes' &&
      r.target === r.target.ownerDocument?.documentElement &&
      (r.attributeName === 'data-tiss-preflight' || r.attributeName === RUN_ATTRIBUTE)
    )
      continue;
    if (r.type === 'childList') {
      const nodes = [...r.addedNodes, ...r.removedNodes];
      if (nodes.every((n) => isOwnUi(n) || (n.nodeType === Node.ELEMENT_NODE && isOwnUiElement(n as Element))))
        continue;
    }
    out.push(`${r.type}${r.attributeName ? ` ${r.attributeName}` : ''} em <${r.target.nodeName.toLowerCase()}>`);
  }
  return out;
}
/** A removed host is no longer in the tree, so isOwnUi cannot climb to it: look at the node itself. */
const isOwnUiElement = (el: Element) => el.matches('tiss-preflight-aviso, [data-tiss-preflight-ui]');

let stop: (() => void) | undefined;
afterEach(() => stop?.());

async function runOn(doc: Document): Promise<{ writes: string[]; errors: unknown[]; hosts: number }> {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error);
  // A feature that throws is stopped alone and logged by the feature manager: a log is a failure here too.
  const logged = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => errors.push(args));
  window.addEventListener('error', onError);
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((rs) => records.push(...rs));
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    const { manager } = await startContent(doc, allFeatures, {
      loadSettings: async () => ({ features: {}, bloquearEnvioComErros: false, autofillProfiles: [], operadoras: [] }),
      loadPack: async (operadora) => choosePack(defaultPacks, operadora),
      watchSettings: () => {},
      now: () => new Date(`${SNAPSHOT_HOJE}T12:00:00-03:00`),
      debounceMs: 5,
      guiaRecords: await guiaRecords(),
    });
    stop = () => manager.stop();
    await manager.idle();
    records.push(...observer.takeRecords());
    manager.stop();
    stop = undefined;
  } finally {
    observer.disconnect();
    window.removeEventListener('error', onError);
    logged.mockRestore();
  }
  // Page text the extension repeats is shown as text: markup from the page never becomes elements in its UI.
  const injected = [...doc.querySelectorAll('tiss-preflight-aviso')].flatMap((h) => [
    ...(h.shadowRoot?.querySelectorAll('img, script, [onerror]') ?? []),
  ]);
  if (injected.length) errors.push(`marcação da página virou elemento: ${injected.map((e) => e.outerHTML).join(' ')}`);
  return { writes: foreignWrites(records), errors, hosts: doc.querySelectorAll('tiss-preflight-aviso').length };
}

describe('portal adapter and features on mutated portal pages (fuzz, seeded)', () => {
  it('the unmutated pages: nothing written outside the extension’s own UI (the property is not vacuous)', async () => {
    for (const [name, path] of PAGES) {
      const { writes, errors, hosts } = await runOn(loadSnapshot(name, path));
      expect({ name, writes, errors }).toEqual({ name, writes: [], errors: [] });
      // It did write, inside its hosts.
      if (name === 'lote-aberto-100-guias' || name.startsWith('pesquisa-guias')) expect(hosts).toBeGreaterThan(0);
    }
  });

  it('readPortalPage never throws on a mutated page', () => {
    const words = portalWords();
    fc.assert(
      fc.property(
        fc.constantFrom(...PAGES),
        fc.array(mutation, { minLength: 1, maxLength: 12 }),
        ([name, path], ms) => {
          const doc = loadSnapshot(name, path);
          mutate(doc, ms);
          readPortalPage(doc, words, SNAPSHOT_HOJE);
        },
      ),
      { seed: 14_2026, numRuns: 30 },
    );
  });

  it('every feature on a mutated page: no exception, no write outside its own hosts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PAGES),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        async ([name, path], ms) => {
          const doc = loadSnapshot(name, path);
          mutate(doc, ms);
          const { writes, errors } = await runOn(doc);
          expect(errors).toEqual([]);
          expect(writes).toEqual([]);
        },
      ),
      { seed: 14_2026, numRuns: 20 },
    );
  });
});
