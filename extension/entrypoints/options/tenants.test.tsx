import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RulePack } from '../../../shared/rules/pack-schema.ts';
import { createStore, type LastSync } from '../../lib/storage.ts';
import { memoryArea, until, usePtBr } from '../../lib/test-support.ts';
import { App, type OptionsDeps } from './App.tsx';

const packOf = (chave: string, nome: string, hosts: string[]) =>
  ({
    operadora: { nome, chave },
    versao: '1.0.0',
    vigencia: '2026-01-01',
    portal: { hosts, labels: {}, situacoes: {} },
    tiposDocumento: [],
    categorias: [],
    regras: [],
  }) as RulePack;

function setup(grant: boolean, initial: Record<string, unknown> = {}, bundled: RulePack[] = []) {
  const area = memoryArea(initial);
  const store = createStore(area, area);
  const requested: string[] = [];
  const removed: string[] = [];
  const deps: OptionsDeps = {
    store,
    bundled,
    features: [],
    requestHostPermission: async (pattern) => {
      requested.push(pattern);
      return grant;
    },
    removeHostPermission: async (pattern) => {
      removed.push(pattern);
      return true;
    },
    syncNow: async (): Promise<LastSync> => ({ at: '', status: 'ok', message: 'ok' }),
    confirm: () => true,
    shortcut: 'Alt+Shift+P',
  };
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<App deps={deps} />, root);
  return { root, store, requested, removed };
}

const section = (root: HTMLElement) => root.querySelector<HTMLElement>('section[aria-labelledby="sec-portais"]')!;
async function addPortal(root: HTMLElement, value: string) {
  await until(() => expect(section(root)).not.toBeNull());
  const input = section(root).querySelector<HTMLInputElement>('#tenantOrigin')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
  [...section(root).querySelectorAll('button')].find((b) => b.textContent === 'Adicionar portal')!.click();
}
const status = (root: HTMLElement) => section(root).querySelector('[role="status"]')?.textContent ?? '';

describe('options: portais das operadoras', () => {
  beforeEach(usePtBr);

  it('asks the browser for the typed origin and lists it once granted', async () => {
    const { root, store, requested } = setup(true);
    await addPortal(root, ' https://conectapasa.benner.com.br/ ');
    await until(() => expect(status(root)).toContain('Portal https://conectapasa.benner.com.br adicionado'));
    expect(requested).toEqual(['https://conectapasa.benner.com.br/*']);
    expect((await store.read()).tenantOrigins).toEqual(['https://conectapasa.benner.com.br']);
    await until(() =>
      expect(section(root).querySelector('li')?.dataset.origin).toBe('https://conectapasa.benner.com.br'),
    );
  });

  it('stores nothing when the user refuses the permission', async () => {
    const { root, store, requested } = setup(false);
    await addPortal(root, 'https://conectapasa.benner.com.br');
    await until(() => expect(status(root)).toContain('Sem permissão para acessar https://conectapasa.benner.com.br'));
    expect(requested).toHaveLength(1);
    expect((await store.read()).tenantOrigins).toEqual([]);
  });

  it.each([
    ['http://conectapasa.benner.com.br'],
    ['https://conectapasa.benner.com.br/Pagamentos/PesquisaLote'],
    ['conectapasa'],
  ])('refuses %s in pt-BR without asking for any permission', async (typed) => {
    const { root, store, requested } = setup(true);
    await addPortal(root, typed);
    await until(() => expect(status(root)).toContain('Endereço do portal inválido: use https://'));
    expect(requested).toEqual([]);
    expect((await store.read()).tenantOrigins).toEqual([]);
    // What the clerk typed stays in the field to be corrected.
    expect(section(root).querySelector<HTMLInputElement>('#tenantOrigin')!.value).toBe(typed);
  });

  it('refuses the main Conecta portal, which already has the checks', async () => {
    const { root, requested } = setup(true);
    await addPortal(root, 'https://portalconectasaude.com.br');
    await until(() => expect(status(root)).toContain('Este portal já tem as verificações'));
    expect(requested).toEqual([]);
  });

  it('removes a portal: forgets it and gives the permission back', async () => {
    const { root, store, removed } = setup(true, {
      schemaVersion: 2,
      tenantOrigins: ['https://conectapasa.benner.com.br', 'https://conectaoutra.benner.com.br'],
    });
    await until(() => expect(section(root)?.querySelectorAll('li')).toHaveLength(2));
    section(root)
      .querySelector<HTMLButtonElement>('button[aria-label="Remover https://conectapasa.benner.com.br"]')!
      .click();
    await until(() => expect(section(root).querySelectorAll('li')).toHaveLength(1));
    expect((await store.read()).tenantOrigins).toEqual(['https://conectaoutra.benner.com.br']);
    expect(removed).toEqual(['https://conectapasa.benner.com.br/*']);
  });

  describe("the packs' portal addresses", () => {
    const bundled = [
      packOf('345474', 'PAS SERPRO', ['portalconectasaude.com.br']),
      packOf('331988', 'PASA', ['conectapasa.benner.com.br']),
    ];
    const row = (root: HTMLElement, host: string) =>
      section(root).querySelector<HTMLTableRowElement>(`tr[data-host="${host}"]`);

    it('lists each operadora with the hosts of its pack and says where the checks already run', async () => {
      const { root } = setup(true, {}, bundled);
      await until(() => expect(row(root, 'portalconectasaude.com.br')).not.toBeNull());
      expect(row(root, 'portalconectasaude.com.br')!.textContent).toBe(
        'PAS SERPROportalconectasaude.com.brrodam (portal Conecta)',
      );
      expect(row(root, 'portalconectasaude.com.br')!.querySelector('button')).toBeNull();
      expect(row(root, 'conectapasa.benner.com.br')!.textContent).toContain('PASA');
      expect(row(root, 'conectapasa.benner.com.br')!.querySelector('button')?.textContent).toBe(
        'Permitir neste portal',
      );
    });

    it('asks for a host the browser has not granted, then shows the checks running there', async () => {
      const { root, store, requested } = setup(true, {}, bundled);
      await until(() => expect(row(root, 'conectapasa.benner.com.br')).not.toBeNull());
      row(root, 'conectapasa.benner.com.br')!.querySelector('button')!.click();
      await until(() =>
        expect(row(root, 'conectapasa.benner.com.br')!.textContent).toContain('rodam (portal adicionado)'),
      );
      expect(requested).toEqual(['https://conectapasa.benner.com.br/*']);
      expect((await store.read()).tenantOrigins).toEqual(['https://conectapasa.benner.com.br']);
      expect(status(root)).toContain('Portal https://conectapasa.benner.com.br adicionado');
    });

    it('keeps the button and stores nothing when the user refuses', async () => {
      const { root, store } = setup(false, {}, bundled);
      await until(() => expect(row(root, 'conectapasa.benner.com.br')).not.toBeNull());
      row(root, 'conectapasa.benner.com.br')!.querySelector('button')!.click();
      await until(() => expect(status(root)).toContain('Sem permissão para acessar https://conectapasa.benner.com.br'));
      expect((await store.read()).tenantOrigins).toEqual([]);
      expect(row(root, 'conectapasa.benner.com.br')!.querySelector('button')).not.toBeNull();
    });
  });
});
