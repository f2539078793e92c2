import { afterEach, describe, expect, it } from 'vitest';
import { WarningLayer } from './warning-layer.ts';

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

function setup() {
  document.body.innerHTML = '<label>Nº Lote</label><p id="campo">7858</p>';
  return { layer: new WarningLayer(), anchor: document.getElementById('campo')! };
}

const item = (key: string, message: string) => ({ key, severity: 'error' as const, message });

describe('inline warnings', () => {
  it('renders next to the field, inside a shadow root, as an accessible alert in pt-BR', () => {
    const { layer, anchor } = setup();
    const host = layer.show('f', 1, { anchor, key: 'k', items: [item('a', 'Falta o anexo "Laudo".')] })!;
    expect(anchor.nextElementSibling).toBe(host);
    const alert = host.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('aria-live')).toBe('assertive');
    expect(alert.textContent).toContain('Erro: Falta o anexo "Laudo".');
    // Nothing leaks into the page's own text (the adapter must not read our words as the portal's).
    expect(document.body.textContent).not.toContain('Falta o anexo');
  });

  it("stays inside the table when its anchor is a grid's toolbar row or a cell: at the end of that cell", () => {
    document.body.innerHTML =
      '<table><thead><tr id="barra"><th><button>Incluir Anexo</button></th><th id="ultima"></th></tr>' +
      '<tr><th>Tipo de Documento</th></tr></thead><tbody><tr><td id="celula">Laudo</td></tr></tbody></table>';
    const layer = new WarningLayer();
    const naBarra = layer.show('f', 1, {
      anchor: document.getElementById('barra')!,
      key: 'k',
      items: [item('a', 'x')],
    })!;
    expect(naBarra.parentElement).toBe(document.getElementById('ultima'));
    const naCelula = layer.show('f', 1, {
      anchor: document.getElementById('celula')!,
      key: 'c',
      items: [item('b', 'y')],
    })!;
    expect(naCelula.parentElement).toBe(document.getElementById('celula'));
    // Shown again by the next run: not moved, not doubled.
    layer.show('f', 2, { anchor: document.getElementById('barra')!, key: 'k', items: [item('a', 'x')] });
    expect(document.querySelectorAll('#ultima > tiss-preflight-aviso')).toHaveLength(1);
  });

  it('keeps page styles out and its own styles in', () => {
    document.head.innerHTML =
      '<style>p, li, span { color: rgb(255, 0, 0) !important; display: none !important; }</style>';
    const { layer, anchor } = setup();
    const host = layer.show('f', 1, { anchor, key: 'k', items: [item('a', 'x')] })!;
    const style = host.shadowRoot!.querySelector('style')!;
    expect(style.textContent).toContain(':host { all: initial');
    expect(document.head.querySelectorAll('style')).toHaveLength(1);
    expect(host.shadowRoot!.querySelector('li')!.isConnected).toBe(true);
  });

  it('lets the user dismiss one item; it stays dismissed when the feature shows it again', () => {
    const { layer, anchor } = setup();
    const spec = { anchor, key: 'k', items: [item('a', 'primeiro'), item('b', 'segundo')] };
    const host = layer.show('f', 1, spec)!;
    const buttons = host.shadowRoot!.querySelectorAll('button');
    expect(buttons[0]!.getAttribute('aria-label')).toBe('Dispensar aviso: primeiro');
    buttons[0]!.click();
    expect(host.shadowRoot!.textContent).not.toContain('primeiro');
    const again = layer.show('f', 2, spec)!;
    expect(again.shadowRoot!.textContent).toContain('segundo');
    expect(again.shadowRoot!.textContent).not.toContain('primeiro');
  });

  it('reuses the same element when a re-run shows the same warning (no flicker, no repeated announcement)', () => {
    const { layer, anchor } = setup();
    const spec = { anchor, key: 'k', items: [item('a', 'x')] };
    const first = layer.show('f', 1, spec)!;
    const inner = first.shadowRoot!.querySelector('li');
    const second = layer.show('f', 2, spec)!;
    expect(second).toBe(first);
    expect(second.shadowRoot!.querySelector('li')).toBe(inner);
  });

  it("keeps an action's button when a re-run gives a new onClick, and a click runs the newest one", () => {
    const { layer, anchor } = setup();
    const clicks: number[] = [];
    const spec = (run: number) => ({
      anchor,
      key: 'perfil',
      items: [],
      action: { text: 'Preencher com "Clínica"', onClick: () => clicks.push(run) },
    });
    const host = layer.show('f', 1, spec(1))!;
    const button = host.shadowRoot!.querySelector('button.acao') as HTMLButtonElement;
    layer.show('f', 2, spec(2));
    // Not drawn again (the old button and its listener would outlive the run that made its onClick).
    expect(host.shadowRoot!.querySelector('button.acao')).toBe(button);
    button.click();
    expect(clicks).toEqual([2]);
  });

  it('removes a warning whose last item was dismissed, but not one that keeps its action', () => {
    const { layer, anchor } = setup();
    const only = layer.show('f', 1, { anchor, key: 'so-itens', items: [item('a', 'x')] })!;
    only.shadowRoot!.querySelector('button')!.click();
    expect(only.isConnected).toBe(false);
    const withAction = layer.show('f', 1, {
      anchor,
      key: 'com-acao',
      items: [item('a', 'y')],
      action: { text: 'Preencher', onClick: () => {} },
    })!;
    withAction.shadowRoot!.querySelector('li button')!.click();
    expect(withAction.isConnected).toBe(true);
    expect(withAction.shadowRoot!.querySelector('li')).toBeNull();
    expect(withAction.shadowRoot!.querySelector('button.acao')?.textContent).toBe('Preencher');
  });

  it('removes what a newer run did not show again, but keeps answers to clicks until dismissed', () => {
    const { layer, anchor } = setup();
    layer.show('f', 1, { anchor, key: 'velho', items: [item('a', 'velho')] });
    layer.show('f', 1, { anchor, key: 'clique', sticky: true, items: [item('a', 'clique')] });
    layer.show('g', 1, { anchor, key: 'outra', items: [item('a', 'outra feature')] });
    layer.sweep('f', 2);
    const texts = [...document.querySelectorAll('tiss-preflight-aviso')].map((h) => h.shadowRoot!.textContent);
    expect(texts.join('|')).not.toContain('velho');
    expect(texts.join('|')).toContain('clique');
    expect(texts.join('|')).toContain('outra feature');
  });

  it('drops an answer to a click once its button is hidden (a closed modal, ng-hide), not while it shows', () => {
    document.body.innerHTML =
      '<div class="modal fade in" id="m" style="display: block;"><div class="modal-footer"><button>Sim</button></div></div>' +
      '<div id="acoes"><a>Enviar Lote</a></div>';
    const layer = new WarningLayer();
    const sim = document.querySelector('button')!;
    const enviar = document.querySelector('#acoes a')!;
    layer.show('f', 1, { anchor: sim, key: 'modal', sticky: true, items: [item('a', 'no modal')] });
    layer.show('f', 1, { anchor: enviar, key: 'enviar', sticky: true, items: [item('a', 'no enviar')] });
    const texts = () => [...document.querySelectorAll('tiss-preflight-aviso')].map((h) => h.shadowRoot!.textContent);
    layer.sweep('f', 2);
    expect(texts().join('|')).toContain('no modal');
    expect(texts().join('|')).toContain('no enviar');
    (document.getElementById('m') as HTMLElement).style.display = 'none';
    document.getElementById('acoes')!.classList.add('ng-hide');
    layer.sweep('f', 3);
    expect(texts()).toEqual([]);
  });

  it('drops an answer in a Bootstrap modal closed by its classes alone (no inline style), as the adapter reads it', () => {
    document.body.innerHTML =
      '<div class="modal fade in" id="m"><div class="modal-footer"><button id="ok">Enviar</button></div></div>';
    const layer = new WarningLayer();
    const ok = document.getElementById('ok')!;
    layer.show('f', 1, { anchor: ok, key: 'modal', sticky: true, items: [item('a', 'faltam anexos')] });
    const texts = () => [...document.querySelectorAll('tiss-preflight-aviso')].map((h) => h.shadowRoot!.textContent);
    layer.sweep('f', 2);
    expect(texts().join('|')).toContain('faltam anexos');
    // Bootstrap 3 closes with "in" removed (Bootstrap 4/5: "show"); the element stays in the page.
    document.getElementById('m')!.classList.remove('in');
    layer.sweep('f', 3);
    expect(texts()).toEqual([]);
  });
});
