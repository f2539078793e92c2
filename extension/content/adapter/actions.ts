// The portal's buttons, found by id or by caption (never by position).
import { ACTIONS, type ActionName, type ActionTarget, CLICKABLE } from '../selectors.ts';
import { OWN_UI_SELECTOR } from '../ui/own-ui.ts';
import { normalizeLabel } from './text.ts';

/** The portal's menus repeat captions ("Recurso de Glosa") as navigation links: not actions on this page. */
const MENU = 'nav, .dropdown-menu, .navbar, .breadcrumb';

function caption(el: Element): string {
  return normalizeLabel(el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''));
}

/** Every visible-or-not button/link of `target` inside `root` (ids first, then captions). */
export function findActions(root: ParentNode, target: ActionTarget): Element[] {
  return findTargets(root, [target])[0] ?? [];
}

export function findAction(root: ParentNode, name: ActionName): Element[] {
  return findActions(root, ACTIONS[name]);
}

/** `findAction` for several actions in one pass over the page's buttons (a lote page has hundreds of links). */
export function findActionsByName(root: ParentNode, names: readonly ActionName[]): Map<ActionName, Element[]> {
  const found = findTargets(
    root,
    names.map((name) => ACTIONS[name]),
  );
  return new Map(names.map((name, i) => [name, found[i] ?? []]));
}

function findTargets(root: ParentNode, targets: readonly ActionTarget[]): Element[][] {
  const wanted = targets.map((target) => {
    const found = new Set<Element>();
    for (const id of target.ids ?? []) {
      const el = root.querySelector(`#${CSS.escape(id)}`);
      if (el) found.add(el);
    }
    return { found, captions: target.captions.map(normalizeLabel) };
  });
  for (const el of root.querySelectorAll(CLICKABLE)) {
    // The caption first: most buttons of a 100-guia page are not the one asked for, and it is the cheap test.
    const text = caption(el);
    for (const w of wanted)
      if (w.captions.includes(text) && !el.closest(OWN_UI_SELECTOR) && !el.closest(MENU)) w.found.add(el);
  }
  return wanted.map((w) => [...w.found]);
}

/** Which named action (if any) an event target belongs to. */
export function actionOf(target: EventTarget | null, names: readonly ActionName[]): ActionName | undefined {
  const el = target instanceof Element ? target.closest(CLICKABLE) : null;
  if (!el || el.closest(OWN_UI_SELECTOR) || el.closest(MENU)) return undefined;
  for (const name of names) {
    const t: ActionTarget = ACTIONS[name];
    if (t.ids?.includes(el.id)) return name;
    if (t.captions.map(normalizeLabel).includes(caption(el))) return name;
  }
  return undefined;
}
