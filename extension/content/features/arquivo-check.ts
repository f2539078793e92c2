// In the "Anexo de Documentos" dialogs (lote and recurso) and the XML upload: size and format of the
// chosen file against the operadora's limits, before the portal receives it.
import type { RuleContextInput } from '../../../shared/rules/context.ts';
import { anexoArquivo } from '../../../shared/rules/kinds/anexo-arquivo.ts';
import { hasAnexoDialog, isNotaFiscal, isRecursoGlosa } from '../conecta-pages.ts';
import { defineFeature } from '../feature.ts';
import { listenWhileRunning } from '../listen.ts';
import { findingsOfKinds } from '../pack-view.ts';
import { BC } from '../selectors.ts';
import { itemsOf } from '../warn.ts';

type Destino = NonNullable<RuleContextInput['arquivos']>[number]['destino'];

/** Files dropped on a dropzone never reach its input: remember them per dropzone. */
const dropped = new WeakMap<Element, File[]>();

export function chosenFiles(zone: Element): File[] {
  const input = zone.querySelector<HTMLInputElement>('input[type=file]');
  const picked = input?.files ? [...input.files] : [];
  return picked.length ? picked : (dropped.get(zone) ?? []);
}

export default defineFeature({
  id: 'arquivo-check',
  description:
    'Confere tamanho e formato do arquivo escolhido em Incluir Anexo, no recurso de glosa e na nota fiscal, antes do envio ao portal.',
  include: [hasAnexoDialog],
  init(signal, api) {
    // The same dialog serves the lote, the recurso and the nota fiscal (004 § 11 "Anexo de Documentos"), each
    // with its own limits in the pack.
    const destino: Destino = api.is(isNotaFiscal)
      ? 'anexo-nota-fiscal'
      : api.is(isRecursoGlosa)
        ? 'anexo-recurso'
        : 'anexo-lote';
    listenWhileRunning(
      api.document,
      'drop',
      (event) => {
        const zone = (event.target as Element | null)?.closest?.(BC.anexoDropzone);
        const files = event.dataTransfer?.files;
        if (zone && files?.length) dropped.set(zone, [...files]);
      },
      signal,
      true,
    );
    const check = (zone: Element) => {
      const arquivos = chosenFiles(zone).map((f) => ({ destino, nome: f.name, tamanho: f.size }));
      return arquivos.length ? findingsOfKinds(api.check({ arquivos }), [anexoArquivo]) : [];
    };
    const zones = [...api.document.querySelectorAll(BC.anexoDropzone)];
    zones.forEach((zone, i) => {
      api.show({ anchor: zone, key: `arquivo-${i}`, title: 'Arquivo escolhido', items: itemsOf(check(zone)) });
    });
    api.onAction(['incluirArquivo'], (_name, button) => {
      const zone = button.closest('.modal, bc-modal-evolution')?.querySelector(BC.anexoDropzone) ?? zones[0];
      return zone ? { findings: check(zone), anchor: button, title: 'Arquivo escolhido' } : undefined;
    });
  },
});
