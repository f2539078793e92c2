// Inline warnings next to the field or row they concern, each in its own shadow root. Warnings are keyed, so
// a feature that re-runs after every page change re-uses what is already on screen (no flicker, no repeated
// screen-reader announcements); whatever a run did not show again is removed by `sweep`.
import type { Severity } from '../../../shared/findings.ts';
import { severityWord } from '../../../shared/severity-words.ts';
import { isShown } from '../adapter/dom-read.ts';
import { OWN_UI_ATTRIBUTE, WARNING_TAG } from './own-ui.ts';
import { WARNING_CSS } from './warning-styles.ts';

export interface WarningItem {
  /** Stable within the warning: a dismissed item stays dismissed across re-runs. */
  key: string;
  severity: Severity;
  message: string;
}

export interface WarningSpec {
  /** Element the warning belongs to. */
  anchor: Element;
  /** 'after' = block after the anchor; 'append' = block inside it (table cells); 'inline' = pill after it. */
  placement?: 'after' | 'append' | 'inline';
  key: string;
  title?: string;
  items: readonly WarningItem[];
  /** A short pill instead of a list ("37/100 guias"). */
  badge?: { text: string; severity: Severity; label: string };
  /**
   * Shown in answer to a click: stays until dismissed (re-runs do not sweep it) or its anchor is gone or hidden
   * (the confirmation modal the click was in closed, Angular's ng-show hid the button).
   */
  sticky?: boolean;
  /** One button after the text (e.g. "Preencher com perfil"). */
  action?: { text: string; onClick: () => void };
}

interface Shown {
  host: HTMLElement;
  feature: string;
  generation: number;
  signature: string;
  spec: WarningSpec;
}

export class WarningLayer {
  private readonly shown = new Map<string, Shown>();
  private readonly dismissed = new Set<string>();

  /** Shows or refreshes a warning owned by `feature` in run `generation`. Returns its host, if shown. */
  show(feature: string, generation: number, spec: WarningSpec): HTMLElement | undefined {
    const id = `${feature}\u0000${spec.key}`;
    const items = spec.items.filter((i) => !this.dismissed.has(`${id}\u0000${i.key}`));
    const existing = this.shown.get(id);
    if (!items.length && !spec.badge && !spec.action) {
      if (existing) this.remove(id);
      return undefined;
    }
    const signature = JSON.stringify([spec.title, spec.placement, items, spec.badge, spec.action?.text]);
    let host = existing?.host;
    if (!host) {
      host = spec.anchor.ownerDocument.createElement(WARNING_TAG);
      host.setAttribute(OWN_UI_ATTRIBUTE, feature);
      host.dataset.key = spec.key;
      host.attachShadow({ mode: 'open' });
      // A warning inside a clickable grid row must not select or open the row when the clerk clicks it.
      host.addEventListener('click', (event) => event.stopPropagation());
    }
    // A new onClick alone (a feature makes one per run) is no redraw: the button calls the one shown last.
    const redraw = !existing || existing.signature !== signature;
    // A new warning is drawn whole before it enters the page: one insertion of a finished subtree instead of
    // one per node (each insertion into a connected shadow root has the page's style engine take note).
    if (redraw && !existing) this.render(host, id, { ...spec, items });
    this.place(host, spec);
    if (redraw && existing) this.render(host, id, { ...spec, items });
    this.shown.set(id, { host, feature, generation, signature, spec });
    return host;
  }

  /** Removes the warnings of `feature` that its run `generation` did not show. */
  sweep(feature: string, generation: number): void {
    for (const [id, s] of this.shown) {
      if (s.feature !== feature || s.generation >= generation) continue;
      // A sticky answer goes with its anchor: hidden as the adapter reads the page (ng-hide, [hidden], inline
      // display: none, a Bootstrap modal closed by its classes) — the next confirmation re-opens that modal, and an
      // answer left in it would greet the clerk's next, unrelated click. Asked of sticky answers alone.
      if (!s.spec.sticky || !s.spec.anchor.isConnected || !isShown(s.spec.anchor)) this.remove(id);
    }
  }

  /** Removes every warning of `feature` (it was switched off or its page is gone). */
  clear(feature: string): void {
    for (const [id, s] of this.shown) if (s.feature === feature) this.remove(id);
  }

  count(): number {
    return this.shown.size;
  }

  private remove(id: string): void {
    this.shown.get(id)?.host.remove();
    this.shown.delete(id);
  }

  private place(host: HTMLElement, spec: WarningSpec): void {
    const placement = spec.placement ?? 'after';
    // Written only when it changes: an attribute set on a connected host invalidates its style.
    if (host.dataset.placement !== placement) host.dataset.placement = placement;
    const inside = placement === 'append' ? spec.anchor : cellFor(spec.anchor);
    if (inside) {
      if (host.parentNode !== inside) inside.append(host);
    } else {
      // Several warnings can follow one anchor: leave ours where it is within that run of warnings.
      let last: Element = spec.anchor;
      for (let n = spec.anchor.nextElementSibling; n?.tagName.toLowerCase() === WARNING_TAG; n = n.nextElementSibling) {
        if (n === host) return;
        last = n;
      }
      last.after(host);
    }
  }

  /**
   * The listeners made here outlive their elements until the browser's next full garbage collection (a redraw
   * detaches the old ones), and V8's young-generation collections count what they hold as alive until then: they
   * hold the layer, the warning's id and their own item, never `spec` (its action's onClick holds a feature's run).
   */
  private render(host: HTMLElement, id: string, spec: WarningSpec): void {
    const root = host.shadowRoot!;
    const doc = host.ownerDocument;
    // A new host's root is empty: nothing to clear (replaceChildren still costs a call into the DOM).
    if (root.firstChild) root.replaceChildren();
    const style = doc.createElement('style');
    style.textContent = WARNING_CSS;
    root.append(style);
    if (spec.badge) {
      const badge = doc.createElement('span');
      badge.className = 'aviso selo';
      badge.dataset.severity = spec.badge.severity;
      badge.setAttribute('role', 'status');
      badge.setAttribute('aria-live', 'polite');
      badge.setAttribute('aria-label', spec.badge.label);
      badge.textContent = spec.badge.text;
      root.append(badge);
    }
    // Dismissing the last item removes the warning, unless a badge or an action is left in it.
    const itemsOnly = !spec.badge && !spec.action;
    if (spec.items.length || spec.action) {
      const worst = spec.items.some((i) => i.severity === 'error')
        ? 'error'
        : spec.items.some((i) => i.severity === 'warning')
          ? 'warning'
          : 'info';
      const box = doc.createElement('div');
      box.className = 'aviso';
      box.dataset.severity = worst;
      // Errors and warnings interrupt (alert); information waits its turn (status).
      box.setAttribute('role', worst === 'info' ? 'status' : 'alert');
      box.setAttribute('aria-live', worst === 'info' ? 'polite' : 'assertive');
      if (spec.title) {
        const title = doc.createElement('p');
        title.className = 'titulo';
        title.textContent = spec.title;
        box.append(title);
      }
      const list = doc.createElement('ul');
      for (const item of spec.items) {
        const li = doc.createElement('li');
        li.dataset.severity = item.severity;
        const text = doc.createElement('span');
        text.className = 'texto';
        text.textContent = `${severityWord[item.severity]}: ${item.message}`;
        const dismiss = doc.createElement('button');
        dismiss.type = 'button';
        dismiss.textContent = '✕';
        dismiss.title = 'Dispensar este aviso';
        dismiss.setAttribute('aria-label', `Dispensar aviso: ${item.message}`);
        dismiss.addEventListener('click', (event) => {
          event.preventDefault();
          event.stopPropagation();
          this.dismissed.add(`${id}\u0000${item.key}`);
          li.remove();
          if (!list.children.length && itemsOnly) this.remove(id);
        });
        li.append(text, dismiss);
        list.append(li);
      }
      box.append(list);
      if (spec.action) {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'acao';
        button.textContent = spec.action.text;
        button.addEventListener('click', (event) => {
          event.preventDefault();
          event.stopPropagation();
          this.shown.get(id)?.spec.action?.onClick();
        });
        box.append(button);
      }
      root.append(box);
    }
  }
}

/**
 * Only cells may follow a cell, and rows a row: a warning placed after a grid's toolbar row or a cell (a
 * bc-smart-table's buttons sit in its thead) would be drawn outside the table, so it goes at the end of that cell.
 */
function cellFor(anchor: Element): Element | undefined {
  const name = anchor.localName;
  if (name === 'td' || name === 'th') return anchor;
  return name === 'tr' ? (anchor.lastElementChild ?? undefined) : undefined;
}
