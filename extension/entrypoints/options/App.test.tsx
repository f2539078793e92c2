import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RulePack } from '../../../shared/rules/pack-schema.ts';
import { createStore, type LastSync } from '../../lib/storage.ts';
import { memoryArea, until, usePtBr } from '../../lib/test-support.ts';
import { App, type OptionsDeps } from './App.tsx';

const bundled = [
  {
    operadora: { registroAns: '419133', nome: 'Postal Saúde', chave: '419133' },
    versao: '1.0.0',
    vigencia: '2026-01-01',
    portal: { hosts: [], labels: {}, situacoes: {} },
    tiposDocumento: [],
    categorias: [],
    regras: [],
  },
] as RulePack[];

function setup(over: Partial<OptionsDeps> = {}, initial: Record<string, unknown> = {}) {
  const area = memoryArea(initial);
  const store = createStore(area, area);
  const permissions: string[] = [];
  let syncs = 0;
  const deps: OptionsDeps = {
    store,
    bundled,
    features: [
      { id: 'lote-tamanho', description: 'Contador de guias do lote' },
      { id: 'anexos', description: 'Anexos obrigatórios' },
    ],
    requestHostPermission: async (origin) => {
      permissions.push(origin);
      return true;
    },
    removeHostPermission: async () => true,
    syncNow: async (): Promise<LastSync> => {
      syncs++;
      return { at: '2026-11-25T12:00:00Z', status: 'ok', message: 'ok' };
    },
    confirm: () => true,
    shortcut: 'Alt+Shift+P',
    ...over,
  };
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<App deps={deps} />, root);
  return { root, store, area, permissions, syncs: () => syncs };
}

/** Types into a field and lets Preact re-render, as a person's next action would. */
async function type(root: HTMLElement, selector: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
}
const byText = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;
const ready = (root: HTMLElement) =>
  until(() => expect(root.querySelector('h1')?.textContent).toBe('Opções do TISS Preflight'));

describe('options page', () => {
  beforeEach(usePtBr);

  it('labels every input (keyboard and screen-reader users)', async () => {
    const { root } = setup();
    await ready(root);
    byText(root, 'Novo perfil').click();
    await until(() => expect(root.querySelector('#perfil-rotulo')).not.toBeNull());
    for (const input of root.querySelectorAll('input')) {
      const labelled = root.querySelector(`label[for="${input.id}"]`) ?? input.closest('label');
      expect(labelled, input.outerHTML).not.toBeNull();
    }
  });

  it('saves the server URL and operadoras, asking for the server origin permission, then syncs', async () => {
    const { root, store, permissions, syncs } = setup();
    await ready(root);
    await type(root, '#workerUrl', 'https://tiss.example.org/');
    await type(root, '#operadoras', '419133, 331988 419133');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => expect(root.querySelector('[role=status]')?.textContent).toBe('Opções salvas.'));
    const state = await store.read();
    expect(state.workerUrl).toBe('https://tiss.example.org/');
    expect(state.operadoras).toEqual(['419133', '331988']);
    expect(permissions).toEqual(['https://tiss.example.org/*']);
    expect(syncs()).toBe(1);
  });

  it('does not save a server whose permission the user refused, nor a bad operadora', async () => {
    const { root, store } = setup({ requestHostPermission: async () => false });
    await ready(root);
    await type(root, '#workerUrl', 'https://tiss.example.org');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() =>
      expect(root.querySelector('[role=status]')?.textContent).toBe(
        'Sem permissão para acessar https://tiss.example.org: o servidor não foi salvo.',
      ),
    );
    await type(root, '#workerUrl', 'http://127.0.0.1:8787');
    await type(root, '#operadoras', '4191');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() =>
      expect(root.querySelector('[role=status]')?.textContent).toContain(
        'Não foi possível salvar: "4191": Informe o registro ANS (6 dígitos) da operadora.',
      ),
    );
    expect((await store.read()).workerUrl).toBeUndefined();
  });

  it('shows each pack with its origin and the last sync, and updates when the background stores a new pack', async () => {
    const { root, store } = setup();
    await ready(root);
    const row = () => root.querySelector('tr[data-operadora="419133"]')?.textContent;
    expect(row()).toBe('Postal Saúde (419133)1.0.0incluído na extensão—');
    expect(root.querySelector('.last-sync')?.textContent).toBe('Nenhuma sincronização feita.');
    await store.write({
      packs: {
        '419133': {
          envelope: {
            ans: '419133',
            pack: { ...bundled[0], versao: '1.2.0' },
            sequence: 4,
            publishedAt: 'x',
            keyId: 'k',
            signature: 's',
          },
          sequence: 4,
          verifiedAt: '2026-11-25T12:00:00Z',
        },
      },
      lastSync: { at: '2026-11-25T12:00:00Z', status: 'ok', message: '1 pacote atualizado.' },
    });
    await until(() => expect(row()).toContain('1.2.0servidor (publicação 4)'));
    expect(root.querySelector('.last-sync')?.textContent).toMatch(/^Última sincronização: .+ — 1 pacote atualizado\.$/);
  });

  it('switches a portal check off and turns on "bloquear envio com erros"', async () => {
    const { root, store } = setup();
    await ready(root);
    const box = root.querySelector<HTMLInputElement>('input[name="anexos"]')!;
    expect(box.checked).toBe(true);
    box.click();
    root.querySelector<HTMLInputElement>('#bloquear')!.click();
    await until(() => expect(root.querySelector<HTMLInputElement>('#bloquear')!.checked).toBe(true));
    const state = await store.read();
    expect(state.features).toEqual({ anexos: false });
    expect(state.bloquearEnvioComErros).toBe(true);
  });

  it('creates, edits and deletes an autofill profile; refuses one without a name', async () => {
    const { root, store } = setup();
    await ready(root);
    byText(root, 'Novo perfil').click();
    await until(() => expect(root.querySelector('#perfil-nome')).not.toBeNull());
    await type(root, '#perfil-nome', 'Ana Souza');
    root.querySelector('.profile-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => expect(root.querySelector('[role=alert]')?.textContent).toBe('Dê um nome ao perfil.'));
    await type(root, '#perfil-rotulo', ' Dra. Ana ');
    await type(root, '#perfil-conselho', 'CRM');
    await type(root, '#perfil-numeroConselho', '12345');
    await type(root, '#perfil-uf', 'SP');
    root.querySelector('.profile-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() =>
      expect(root.querySelector('.profiles')?.textContent).toContain('Dra. Ana — Ana Souza CRM 12345/SP'),
    );
    expect((await store.read()).autofillProfiles).toMatchObject([{ rotulo: 'Dra. Ana', nome: 'Ana Souza', uf: 'SP' }]);

    byText(root, 'Editar').click();
    await until(() => expect(root.querySelector<HTMLInputElement>('#perfil-uf')?.value).toBe('SP'));
    await type(root, '#perfil-uf', 'RJ');
    root.querySelector('.profile-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => expect(root.querySelector('.profiles')?.textContent).toContain('12345/RJ'));
    expect((await store.read()).autofillProfiles).toHaveLength(1);

    byText(root, 'Excluir').click();
    await until(() => expect(root.textContent).toContain('Nenhum perfil cadastrado.'));
    expect((await store.read()).autofillProfiles).toEqual([]);
  });
});
