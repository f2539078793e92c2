// Uploads → Novo: the chosen TISS XML is validated locally (schema, hash, version, the operadora's pack)
// as soon as it is picked, and the findings shown above the upload area. With "bloquear envio com erros"
// on, a file with errors is held back: the portal's own upload never sees the selection.
import type { Finding } from '../../../shared/findings.ts';
import { isUploadXml } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import type { FeatureApi } from '../feature-api.ts';
import { BC } from '../selectors.ts';
import { itemsOf } from '../warn.ts';

const MAX_SHOWN = 8;
const results = new WeakMap<File, Promise<Finding[]>>();
/** Change events we re-dispatch after a file passed: let them through. */
const released = new WeakSet<Event>();

function validate(api: FeatureApi, file: File): Promise<Finding[]> {
  let r = results.get(file);
  if (!r) {
    const validateXml = api.env.validateXml;
    r = validateXml
      ? file.arrayBuffer().then((b) => validateXml(new Uint8Array(b), file.name, api.pack, api.hoje))
      : Promise.resolve([]);
    results.set(file, r);
  }
  return r;
}

function fileInputs(doc: Document): HTMLInputElement[] {
  const inputs = [...doc.querySelectorAll<HTMLInputElement>('input[type=file]')];
  const inZone = inputs.filter((i) => i.closest(BC.incluirArquivo) || /xml/i.test(i.accept));
  return inZone.length ? inZone : inputs;
}

function anchorOf(input: HTMLInputElement): Element {
  return input.closest(BC.incluirArquivo) ?? input.closest('form, .panel') ?? input;
}

function render(api: FeatureApi, input: HTMLInputElement, file: File, findings: Finding[], bloqueado: boolean): void {
  const erros = findings.filter((f) => f.severity === 'error').length;
  const shown = findings.slice(0, MAX_SHOWN).map((f) => ({
    ...f,
    message: f.where.line ? `linha ${f.where.line}: ${f.message}` : f.message,
  }));
  const resto = findings.length - shown.length;
  const title = erros
    ? `"${file.name}": ${erros} erro(s) encontrados antes do envio${bloqueado ? ' — envio bloqueado (opção "bloquear envio com erros")' : ''}.`
    : `"${file.name}": nenhum erro encontrado na pré-verificação.`;
  api.show({
    anchor: anchorOf(input),
    key: 'resultado',
    title: resto > 0 ? `${title} Mais ${resto} aviso(s): valide pelo ícone da extensão para ver todos.` : title,
    items: shown.length
      ? itemsOf(shown)
      : [{ key: `ok|${file.name}`, severity: 'info', message: 'Esquema, hash e regras da operadora conferidos.' }],
  });
}

export default defineFeature({
  id: 'upload-precheck',
  description:
    'Em Uploads → Novo, valida o XML escolhido no próprio navegador (esquema TISS, hash, versão, regras da operadora) antes de o portal recebê-lo.',
  include: [isUploadXml],
  async init(signal, api) {
    const bloquear = api.settings.bloquearEnvioComErros;
    api.document.addEventListener(
      'change',
      (event) => {
        const input = event.target;
        if (!bloquear || released.has(event) || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
        const file = input.files?.[0];
        if (!file) return;
        // Hold the selection until the file is checked; hand it to the portal only when it has no error.
        event.stopImmediatePropagation();
        void validate(api, file).then((findings) => {
          if (findings.some((f) => f.severity === 'error')) {
            render(api, input, file, findings, true);
            return;
          }
          const again = new Event('change', { bubbles: true });
          released.add(again);
          input.dispatchEvent(again);
        });
      },
      { capture: true, signal },
    );
    for (const input of fileInputs(api.document)) {
      const file = input.files?.[0];
      if (!file) continue;
      api.show({
        anchor: anchorOf(input),
        key: 'resultado',
        items: [{ key: 'validando', severity: 'info', message: `Verificando "${file.name}"…` }],
      });
      const findings = await validate(api, file);
      if (signal.aborted) return;
      render(api, input, file, findings, bloquear && findings.some((f) => f.severity === 'error'));
    }
  },
});
