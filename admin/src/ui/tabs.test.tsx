import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from './tabs.tsx';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

const key = (el: Element, k: string) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });

describe('tabs are keyboard-usable', () => {
  it('arrow keys, Home and End move the selection and the focus; only the selected tab is tabbable', async () => {
    host = document.createElement('div');
    document.body.append(host);
    await act(() =>
      render(
        <Tabs
          label="Partes"
          tabs={[
            { id: 'a', title: 'Regras', render: () => <p>painel regras</p> },
            { id: 'b', title: 'Testar', render: () => <p>painel testar</p> },
            { id: 'c', title: 'Publicar', render: () => <p>painel publicar</p> },
          ]}
        />,
        host,
      ),
    );
    const tabs = () => [...host.querySelectorAll<HTMLElement>('[role=tab]')];
    const selected = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true')?.textContent;
    expect(selected()).toBe('Regras');
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    tabs()[0]!.focus();
    await key(tabs()[0]!, 'ArrowRight');
    expect(selected()).toBe('Testar');
    expect(document.activeElement?.textContent).toBe('Testar');
    expect(host.querySelector('[role=tabpanel]')?.textContent).toBe('painel testar');
    await key(tabs()[1]!, 'End');
    expect(selected()).toBe('Publicar');
    await key(tabs()[2]!, 'ArrowRight');
    expect(selected()).toBe('Regras');
    await key(tabs()[0]!, 'ArrowLeft');
    expect(selected()).toBe('Publicar');
    await key(tabs()[2]!, 'Home');
    expect(selected()).toBe('Regras');
    expect(host.querySelector('[role=tabpanel]')?.getAttribute('aria-labelledby')).toBe('tab-a');
  });
});
