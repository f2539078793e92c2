import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordInputFromGuia } from '../../lib/guia-records/from-guia.ts';
import { createGuiaRecordStore, watchGuiaRecords } from '../../lib/guia-records/store.ts';
import { createStore, type LastSync } from '../../lib/storage.ts';
import { memoryArea, until, usePtBr } from '../../lib/test-support.ts';
import { App, type OptionsDeps } from './App.tsx';

const HOJE = '2026-11-20';

async function setup(confirmed = true) {
  const area = memoryArea();
  const store = createStore(area, area);
  const guias = createGuiaRecordStore(area);
  const guia = (numero: string) =>
    recordInputFromGuia({ numero, procedimentos: [], outrasDespesas: [], anexos: [] }, '345474', 'xml');
  await guias.save([guia('1'), guia('2')], { hoje: HOJE, agora: new Date('2026-11-03T12:00:00Z') });
  const deps: OptionsDeps = {
    store,
    bundled: [],
    features: [],
    requestHostPermission: async () => true,
    removeHostPermission: async () => true,
    syncNow: async (): Promise<LastSync> => ({ at: '', status: 'ok', message: 'ok' }),
    confirm: () => confirmed,
    shortcut: 'Alt+Shift+P',
    guias: {
      summary: () => guias.summary(HOJE),
      clear: () => guias.clear(),
      retain: (dias) => guias.retain(HOJE, dias),
      watch: (onChange) => watchGuiaRecords(area, onChange),
    },
  };
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<App deps={deps} />, root);
  const section = await until(() => {
    const s = root.querySelector<HTMLElement>('section[aria-labelledby="sec-guias"]');
    expect(s).not.toBeNull();
    return s!;
  });
  return { section, store, area, guias, guia };
}

const button = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;
const resumo = (s: HTMLElement) => s.querySelector('.guias-resumo')?.textContent;

describe('options: guia data kept on this computer', () => {
  beforeEach(usePtBr);

  it('says how many guias are kept and since when, and "Apagar dados de guias" erases them', async () => {
    const { section, area } = await setup();
    await until(() => expect(resumo(section)).toBe('2 guias guardadas, desde 03/11/2026.'));
    button(section, 'Apagar dados de guias').click();
    await until(() => expect(resumo(section)).toBe('Nenhuma guia guardada.'));
    expect(section.querySelector('[role=status].message')?.textContent).toBe('2 guias apagadas.');
    expect(Object.keys(area.data).filter((k) => k.startsWith('guia:'))).toEqual([]);
  });

  it('follows records written or erased while the page is open, without reloading it', async () => {
    const { section, store, area, guias, guia } = await setup();
    await until(() => expect(resumo(section)).toBe('2 guias guardadas, desde 03/11/2026.'));
    // The popup checks an XML of three guias, one of them already kept.
    await guias.save([guia('2'), guia('3'), guia('4')], { hoje: HOJE, agora: new Date('2026-11-20T09:00:00Z') });
    await until(() => expect(resumo(section)).toBe('4 guias guardadas, desde 03/11/2026.'));
    // Erased from another options tab.
    await guias.clear();
    await until(() => expect(resumo(section)).toBe('Nenhuma guia guardada.'));
    // A settings change is not a record change, and does not break the count.
    await store.write({ bloquearEnvioComErros: true });
    await guias.save([guia('9')], { hoje: HOJE, agora: new Date('2026-11-19T09:00:00Z') });
    await until(() => expect(resumo(section)).toBe('1 guia guardada, desde 19/11/2026.'));
    expect(Object.keys(area.data).filter((k) => k.startsWith('guia:'))).toHaveLength(1);
  });

  it('keeps them when the user does not confirm', async () => {
    const { section } = await setup(false);
    await until(() => expect(resumo(section)).toContain('2 guias'));
    button(section, 'Apagar dados de guias').click();
    await new Promise((r) => setTimeout(r, 20));
    expect(resumo(section)).toContain('2 guias');
  });

  it('changes how many days a guia is kept, refusing a number out of range', async () => {
    const { section, store } = await setup();
    const input = section.querySelector<HTMLInputElement>('#guiaRetencaoDias')!;
    expect(input.value).toBe('180');
    const submit = async (v: string) => {
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      section.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    };
    await submit('0');
    await until(() => expect(section.querySelector('[role=status].message')?.textContent).toMatch(/entre 1 e 3650/));
    await submit('90');
    await until(() => expect(section.querySelector('[role=status].message')?.textContent).toBe('Opções salvas.'));
    expect((await store.read()).guiaRetencaoDias).toBe(90);
  });

  it('a shorter "Guardar por" applies at once to the guias already kept: those older than it are erased', async () => {
    const { section, store, area } = await setup();
    await until(() => expect(resumo(section)).toBe('2 guias guardadas, desde 03/11/2026.'));
    const input = section.querySelector<HTMLInputElement>('#guiaRetencaoDias')!;
    input.value = '10';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    section.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    // Kept on 03/11, 17 days before today (20/11): past the new 10 days.
    await until(() =>
      expect(section.querySelector('[role=status].message')?.textContent).toBe('Opções salvas. 2 guias apagadas.'),
    );
    await until(() => expect(resumo(section)).toBe('Nenhuma guia guardada.'));
    expect((await store.read()).guiaRetencaoDias).toBe(10);
    expect(Object.keys(area.data).filter((k) => k.startsWith('guia:'))).toEqual([]);
  });
});
