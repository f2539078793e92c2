import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPackFiles } from '../../../shared/packs/index.ts';
import { parseRulePack } from '../../../shared/rules/pack-schema.ts';
import type { PackJson } from '../pack/pack-draft.ts';
import { RecursoTab } from './recurso-tab.tsx';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(initial: PackJson) {
  let pack = initial;
  host = document.createElement('div');
  document.body.append(host);
  const draw = () => render(<RecursoTab pack={pack} setPack={setPack} readOnly={false} />, host);
  const setPack = (p: PackJson) => {
    pack = p;
    draw();
  };
  act(draw);
  return { root: host, current: () => pack };
}

function byLabel(root: HTMLElement, text: string, nth = 0): HTMLInputElement {
  const labels = [...root.querySelectorAll('label')].filter((l) => l.textContent?.replace(' *', '').trim() === text);
  const label = labels[nth];
  if (!label) throw new Error(`sem rótulo "${text}"`);
  return root.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`)!;
}

function type(el: HTMLInputElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('admin: recurso de glosa tab', () => {
  it("shows IPAM's templates per glosa code as fields generated from the pack schema, and edits them", () => {
    const { root, current } = mount(structuredClone(defaultPackFiles.ipam) as PackJson);
    expect(byLabel(root, 'Envio').tagName).toBe('SELECT');
    expect(byLabel(root, 'Código', 0).value).toBe('1714');
    expect(byLabel(root, 'Código', 1).value).toBe('2607');
    expect(byLabel(root, 'Neutro', 0).checked).toBe(true);
    expect(root.textContent).toContain('{valorGlosado}');

    act(() => byLabel(root, 'Reversível', 2).click());
    type(byLabel(root, 'Justificativa', 2), 'Honorários cobrados uma vez ({referencia}).');
    const parsed = parseRulePack(current());
    expect(parsed.ok && parsed.pack.recursoGlosa?.modelos[1]).toMatchObject({
      codigo: '2607',
      reversivel: true,
      justificativa: 'Honorários cobrados uma vez ({referencia}).',
    });
  });

  it('adds a code template and says what is wrong with it under the field', () => {
    const { root, current } = mount(structuredClone(defaultPackFiles.ipam) as PackJson);
    const add = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Adicionar modelo de glosa')!;
    act(() => add.click());
    type(byLabel(root, 'Código', 2), '17');
    expect(root.textContent).toContain('código de glosa da Tabela 38, com 4 dígitos');
    expect(parseRulePack(current()).ok).toBe(false);
    type(byLabel(root, 'Código', 2), '1801');
    type(byLabel(root, 'Justificativa', 3), 'Procedimento autorizado ({referencia}).');
    expect(parseRulePack(current()).ok).toBe(true);
  });
});
