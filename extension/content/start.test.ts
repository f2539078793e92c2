import { afterEach, describe, expect, it } from 'vitest';
import { choosePack } from '../../shared/packs/choose.ts';
import { defaultPacks } from '../../shared/packs/index.ts';
import type { RulePack } from '../../shared/rules/pack-schema.ts';
import { LabelIndex } from './adapter/dom-read.ts';
import { portalWords } from './adapter/labels.ts';
import { allFeatures } from './features/index.ts';
import { operadoraDaPagina, startContent } from './start.ts';
import { shownText } from './testing/run-content.ts';
import { loadPageHtml, loadSnapshot } from './testing/snapshots.ts';
import { WARNING_TAG } from './ui/own-ui.ts';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

const pasa = defaultPacks.find((p) => p.operadora.chave === '331988')!;

describe('content script start-up', () => {
  it('takes the operadora from the lote rather than from the header picker', () => {
    const doc = loadSnapshot('lote-fechado', '/Pagamentos/LotePagamento/Detalhes/8503');
    expect(doc.getElementById('OperadorasCredenciadas_HandleOperadoraSelected')).not.toBeNull();
    expect(choosePack(defaultPacks, operadoraDaPagina(doc))?.operadora.chave).toBe('345474');
  });

  it('chooses the FUNSSEST pack from the lote’s Operadora field, by registro ANS or by name', () => {
    const doc = loadSnapshot('lote-fechado', '/Pagamentos/LotePagamento/Detalhes/8503');
    const field = new LabelIndex(doc).read(portalWords().labels.operadora)?.element;
    expect(field).toBeDefined();
    for (const shown of ['FUNSSEST | 330809', 'ARCELORMITTAL TUBARÃO - ANS nº 330809', 'FUNSSEST']) {
      if (field instanceof HTMLInputElement) field.value = shown;
      else if (field) field.textContent = shown;
      expect(operadoraDaPagina(doc)[0]).toBe(shown);
      expect(choosePack(defaultPacks, operadoraDaPagina(doc))?.operadora.chave).toBe('arcelormittal-tubarao-funssest');
    }
  });

  it('on Pesquisar Lotes without a picker, takes the operadora every row names (004 § 13.1), none if they differ', () => {
    const grid = (nomes: string[]) =>
      loadPageHtml(
        `<table id="DataGrid"><thead><tr><th>Operadora</th><th>Data Inclusão</th><th>Nº Lote</th><th>Situação Lote</th></tr></thead>${nomes
          .map((n, i) => `<tbody><tr><td>${n}</td><td>20/10/2026</td><td>${8630 + i}</td><td>Aberto</td></tr></tbody>`)
          .join('')}</table>`,
        '/Pagamentos/PesquisaLote/Index',
      );
    expect(choosePack(defaultPacks, operadoraDaPagina(grid(['IPAM', 'IPAM'])))?.operadora.chave).toBe('ipam');
    expect(operadoraDaPagina(grid(['IPAM', 'PASA']))).toEqual([]);
  });

  it('applies a pack synced while the page is open, without a reload', async () => {
    const doc = loadSnapshot('lote-aberto-99-guias', '/Pagamentos/LotePagamento/Detalhes/8502');
    let pack: RulePack = pasa;
    let notify = () => {};
    const { manager } = await startContent(doc, allFeatures, {
      loadSettings: async () => ({ features: {}, bloquearEnvioComErros: false, autofillProfiles: [], operadoras: [] }),
      loadPack: async () => pack,
      watchSettings: (cb) => {
        notify = cb;
      },
      debounceMs: 5,
    });
    stop = () => manager.stop();
    await manager.idle();
    const badge = () => [...doc.querySelectorAll(WARNING_TAG)].map(shownText).find((t) => t.endsWith('guias'));
    expect(badge()).toBe('99/100 guias');
    // Support publishes a stricter limit; the background syncs it and storage changes.
    pack = {
      ...pasa,
      regras: pasa.regras.map((r) => (r.kind === 'lote-max-guias' ? { ...r, options: { max: 80 } } : r)),
    };
    const before = manager.generation;
    notify();
    await expect.poll(() => manager.generation > before).toBe(true);
    await manager.idle();
    expect(badge()).toBe('99/80 guias');
  });

  it('asks for the page’s pack while the settings are still being read, and only once', async () => {
    const doc = loadSnapshot('lote-aberto-99-guias', '/Pagamentos/LotePagamento/Detalhes/8502');
    const order: string[] = [];
    const { manager } = await startContent(doc, allFeatures, {
      loadSettings: async () => {
        order.push('settings');
        // The browser answers the storage read later than the pack request went out.
        await new Promise((r) => setTimeout(r, 20));
        order.push('settings lidas');
        return { features: {}, bloquearEnvioComErros: false, autofillProfiles: [], operadoras: [] };
      },
      loadPack: async () => {
        order.push('pacote');
        return pasa;
      },
      watchSettings: () => {},
      debounceMs: 5,
    });
    stop = () => manager.stop();
    await manager.idle();
    expect(order.indexOf('pacote')).toBeLessThan(order.indexOf('settings lidas'));
    expect(order.filter((o) => o === 'pacote')).toHaveLength(1);
    expect([...doc.querySelectorAll(WARNING_TAG)].map(shownText)).toContain('99/100 guias');
  });

  it('asks for a pack again when the page names another operadora, not when it names the same one anew', async () => {
    const doc = loadSnapshot('lote-aberto-99-guias', '/Pagamentos/LotePagamento/Detalhes/8502');
    const field = new LabelIndex(doc).read(portalWords().labels.operadora)?.element;
    const show = (text: string) => {
      if (field instanceof HTMLInputElement) field.value = text;
      else if (field) field.textContent = text;
    };
    show('PASA | 331988');
    const asked: string[][] = [];
    const { manager } = await startContent(doc, allFeatures, {
      loadSettings: async () => ({ features: {}, bloquearEnvioComErros: false, autofillProfiles: [], operadoras: [] }),
      loadPack: async (operadora) => {
        asked.push([...operadora]);
        return choosePack(defaultPacks, operadora);
      },
      watchSettings: () => {},
      debounceMs: 5,
    });
    stop = () => manager.stop();
    await manager.idle();
    expect(asked).toHaveLength(1);
    // Angular writes the lote's Operadora again in the manual's other form: same registro ANS, same pack.
    show('PASA - ANS nº 331988');
    await manager.runNow();
    expect(asked).toHaveLength(1);
    // Another operadora: its pack is asked for.
    show('PAS SERPRO | 345474');
    await manager.runNow();
    expect(asked).toHaveLength(2);
    expect(asked[1]![0]).toBe('PAS SERPRO | 345474');
    // A name alone may be another operadora's, whatever the header's registro: asked for.
    show('FUNSSEST');
    await manager.runNow();
    expect(asked).toHaveLength(3);
  });
});
