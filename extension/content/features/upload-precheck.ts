// Uploads → Novo: the TISS XML is validated (schema, hash, version, the operadora's pack) as soon as the clerk
// picks it or drops it on the area (004 § 9.1 "CLIQUE NA ÁREA OU ARRASTE E SOLTE O ARQUIVO"), and the
// findings shown above the upload area. With "bloquear envio com erros" on, a file with errors is held back:
// the portal's own upload never sees the selection or the drop.

import type { Finding } from '../../../shared/findings.ts';
import { plural } from '../../../shared/plural.ts';
import { countText } from '../../../shared/severity-words.ts';
import { isUploadXml } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import type { FeatureApi } from '../feature-api.ts';
import { listenWhileRunning } from '../listen.ts';
import { BC } from '../selectors.ts';
import { itemsOf } from '../warn.ts';

const MAX_SHOWN = 8;
const results = new WeakMap<File, Promise<Finding[]>>();
/** Change and drop events we re-dispatch after a file passed: let them through. */
const released = new WeakSet<Event>();

/**
 * The file last picked or dropped on each area. A dropped file is in no input, so the runs after the drop
 * find it here; it is forgotten once the area has shown its name and no longer does (the clerk removed it).
 */
interface Chosen {
  file: File;
  shown: boolean;
}
const chosenByDoc = new WeakMap<Document, Map<Element, Chosen>>();

function chosenOn(doc: Document): Map<Element, Chosen> {
  let m = chosenByDoc.get(doc);
  if (!m) {
    m = new Map();
    chosenByDoc.set(doc, m);
  }
  return m;
}

function validate(api: FeatureApi, file: File): Promise<Finding[]> {
  let r = results.get(file);
  if (!r) {
    const validateXml = api.env.validateXml;
    r = validateXml ? validateXml(file, file.name, api.hoje) : Promise.resolve([]);
    results.set(file, r);
  }
  return r;
}

function fileInputs(doc: Document): HTMLInputElement[] {
  const inputs = [...doc.querySelectorAll<HTMLInputElement>('input[type=file]')];
  const inZone = inputs.filter((i) => i.closest(BC.incluirArquivo) || /xml/i.test(i.accept));
  return inZone.length ? inZone : inputs;
}

function areaOf(el: Element): Element {
  return el.closest(BC.incluirArquivo) ?? el.closest('form, .panel') ?? el;
}

/** The area a drop landed on; a drop beside it (the portal's own handler decides) goes to the page's first area. */
function dropArea(doc: Document, target: EventTarget | null): Element | undefined {
  const el = target instanceof Element ? target : undefined;
  const own = el?.closest(BC.incluirArquivo);
  if (own) return own;
  const first = fileInputs(doc)[0];
  return first ? areaOf(first) : el && areaOf(el);
}

/** Each area with the file it now holds: the one last picked or dropped there, else its input's. */
function filesOnPage(doc: Document): [Element, File][] {
  const chosen = chosenOn(doc);
  const out = new Map<Element, File>();
  for (const [area, c] of chosen) {
    const shows = area.isConnected && (area.textContent ?? '').includes(c.file.name);
    if (shows) c.shown = true;
    if (!area.isConnected || (c.shown && !shows)) chosen.delete(area);
    else out.set(area, c.file);
  }
  for (const input of fileInputs(doc)) {
    const area = areaOf(input);
    const file = input.files?.[0];
    if (file && !out.has(area)) out.set(area, file);
  }
  return [...out];
}

function render(api: FeatureApi, area: Element, file: File, findings: Finding[], bloqueado: boolean): void {
  const erros = findings.filter((f) => f.severity === 'error').length;
  const shown = findings.slice(0, MAX_SHOWN).map((f) => ({
    ...f,
    message: f.where.line ? `linha ${f.where.line}: ${f.message}` : f.message,
  }));
  const resto = findings.length - shown.length;
  const title = erros
    ? `"${file.name}": ${countText('error', erros)} ${plural(erros, 'encontrado', 'encontrados')} antes do envio${bloqueado ? ' — envio bloqueado (opção "bloquear envio com erros")' : ''}.`
    : `"${file.name}": nenhum erro encontrado na pré-verificação.`;
  api.show({
    anchor: area,
    key: 'resultado',
    title:
      resto > 0
        ? `${title} ${resto === 1 ? 'Mais 1 crítica' : `Mais ${resto} críticas`}: valide pelo ícone da extensão para ver todas.`
        : title,
    items: shown.length
      ? itemsOf(shown)
      : [{ key: `ok|${file.name}`, severity: 'info', message: 'Esquema, hash e regras da operadora conferidos.' }],
  });
}

const hasErrors = (findings: readonly Finding[]) => findings.some((f) => f.severity === 'error');

export default defineFeature({
  id: 'upload-precheck',
  description:
    'Em Uploads → Novo, valida o XML escolhido ou arrastado no próprio navegador (esquema TISS, hash, versão, regras da operadora) antes de o portal recebê-lo.',
  include: [isUploadXml],
  async init(signal, api) {
    const doc = api.document;
    const bloquear = api.settings.bloquearEnvioComErros;
    const chosen = chosenOn(doc);
    const check = (area: Element, file: File) => {
      api.show({
        anchor: area,
        key: 'resultado',
        items: [{ key: 'validando', severity: 'info', message: `Verificando "${file.name}"…` }],
      });
      return validate(api, file);
    };
    listenWhileRunning(
      doc,
      'change',
      (event) => {
        const input = event.target;
        if (released.has(event) || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
        const file = input.files?.[0];
        if (!file) return;
        chosen.set(areaOf(input), { file, shown: false });
        if (!bloquear) return;
        // Hold the selection until the file is checked; hand it to the portal only when it has no error.
        event.stopImmediatePropagation();
        void check(areaOf(input), file).then((findings) => {
          if (hasErrors(findings)) {
            render(api, areaOf(input), file, findings, true);
            return;
          }
          const again = new Event('change', { bubbles: true });
          released.add(again);
          input.dispatchEvent(again);
        });
      },
      signal,
      true,
    );
    listenWhileRunning(
      doc,
      'drop',
      (event) => {
        if (released.has(event)) return;
        const file = event.dataTransfer?.files[0];
        const area = dropArea(doc, event.target);
        if (!file || !area) return;
        chosen.set(area, { file, shown: false });
        const target = event.target;
        if (!bloquear) {
          // The portal takes the file as usual; the result shows as soon as it is ready.
          void check(area, file).then((findings) => {
            if (!signal.aborted) render(api, area, file, findings, false);
          });
          return;
        }
        // The drop's file list is readable only now: keep the File, hold the drop, replay it if the file passes.
        event.preventDefault();
        event.stopImmediatePropagation();
        void check(area, file).then((findings) => {
          if (hasErrors(findings)) {
            render(api, area, file, findings, true);
            return;
          }
          const transfer = new DataTransfer();
          transfer.items.add(file);
          const again = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer });
          released.add(again);
          (target instanceof Node && target.isConnected ? target : area).dispatchEvent(again);
        });
      },
      signal,
      true,
    );
    for (const [area, file] of filesOnPage(doc)) {
      const findings = await check(area, file);
      if (signal.aborted) return;
      render(api, area, file, findings, bloquear && hasErrors(findings));
    }
  },
});
