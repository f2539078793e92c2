// Finding a form control by its label (within a section of the page), and setting it the way AngularJS
// notices: through the element's native value setter, then `input` and `change` events.
import { OWN_UI_SELECTOR } from '../ui/own-ui.ts';
import { firstShown, hiddenWithin, isMarkedHidden } from './dom-read.ts';
import { normalizeLabel } from './text.ts';

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const CONTROL = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), select, textarea';

/** Every control labelled by one of `labels` in `root` ("Conselho Profissional*" matches "Conselho Profissional"). */
export function findControls(root: ParentNode, labels: readonly string[]): FormControl[] {
  const out = new Set<FormControl>();
  for (const label of labelsOf(root, labels)) {
    const control = controlOfLabel(label);
    if (control) out.add(control);
  }
  return [...out];
}

/**
 * The shown labels reading one of `labels` in `root`: `<label>`s (and `.control-label`s) first; when none does, the
 * element holding the label's text, whatever its tag: the manuals show the words ("Caráter de Atendimento*", 004 §
 * 9.2 a), not the markup, and a page may print them in a `<span>` or `<div>` beside the control.
 */
function labelsOf(root: ParentNode, labels: readonly string[]): Element[] {
  const wanted = labels.map(normalizeLabel);
  return labelsMatching(root, (text) => wanted.includes(text));
}

/** `labelsOf` for a label that holds the words among others ("01- Data Realização" holds "Data Realização"). */
export function labelsContaining(root: ParentNode, labels: readonly string[]): Element[] {
  const wanted = labels.map((l) => ` ${normalizeLabel(l)} `);
  return labelsMatching(root, (text) => wanted.some((w) => ` ${text} `.includes(w)));
}

/** The shown labels whose normalised text `matches`: `<label>`s first, else any element whose whole text does. */
function labelsMatching(root: ParentNode, matches: (text: string) => boolean): Element[] {
  const usable = (el: Element) =>
    // A hidden copy of the field (one template, ng-show per variant: a Consulta's Caráter, a Nova Nota's value)
    // is not the one the clerk fills.
    !el.closest(OWN_UI_SELECTOR) && !hiddenWithin(el);
  const found = [...root.querySelectorAll('label, .control-label')].filter(
    (label) => matches(normalizeLabel(label.textContent ?? '')) && usable(label),
  );
  if (found.length) return found;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (text.length < 2 || text.length > 160 || !matches(normalizeLabel(text))) continue;
    const parent = n.parentElement;
    // The label's own element: the text is the label's, and so is the element's whole text (an asterisk in a child
    // span included), so a block that merely holds the label among other fields is not taken for it.
    if (!parent || !matches(normalizeLabel(parent.textContent ?? ''))) continue;
    if (usable(parent) && !found.includes(parent)) found.push(parent);
  }
  return found;
}

/**
 * The control a label names: its `for`, a control inside it, the first control after it among its siblings
 * (several label + field pairs in one line, 001 § 2.1 Etapa 3), else the first in its form group.
 */
export function controlOfLabel(label: Element): FormControl | undefined {
  const id = label.getAttribute('for');
  const byId = id ? label.ownerDocument.getElementById(id) : null;
  if (byId?.matches(CONTROL)) return byId as FormControl;
  const inside = label.querySelector(CONTROL);
  if (inside) return inside as FormControl;
  for (let next = label.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.matches('label')) break;
    // Not an edit-mode input hidden beside the value shown (ng-show), which may keep a stale value.
    if (isMarkedHidden(next)) continue;
    const control = next.matches(CONTROL) ? next : firstShown(next, CONTROL);
    if (control) return control as FormControl;
  }
  const group = label.closest('.form-group, .bc-campo, td');
  return group ? firstShown<FormControl>(group, CONTROL) : undefined;
}

/** The smallest element holding both a label of `labels` and its control (a field's own group), in `root`. */
export function findFieldGroup(root: ParentNode, labels: readonly string[]): Element | undefined {
  for (const label of labelsOf(root, labels)) {
    const control = controlOfLabel(label);
    if (!control) continue;
    let group = label.parentElement;
    while (group && !group.contains(control)) group = group.parentElement;
    if (group) return group;
  }
  return undefined;
}

export function findControl(root: ParentNode, labels: readonly string[]): FormControl | undefined {
  return findControls(root, labels)[0];
}

export function currentValue(control: FormControl): string {
  return control instanceof HTMLSelectElement
    ? control.value
      ? // options[selectedIndex], not selectedOptions: the same in browsers, and happy-dom keeps the latter stale.
        (
          control.options[control.selectedIndex] ?? [...control.options].find((o) => o.value === control.value)
        )?.textContent?.trim() || control.value.trim()
      : ''
    : control.value.trim();
}

/** True when the control already shows `value` (a select's "CRM - Conselho…" shows "CRM"). */
export function holds(control: FormControl, value: string): boolean {
  const a = normalizeLabel(currentValue(control));
  const b = normalizeLabel(value);
  return a === b || (control instanceof HTMLSelectElement && a.startsWith(`${b} `));
}

/** Sets a control's value so the page's framework sees it; false when a select has no such option. */
export function setControlValue(control: FormControl, value: string): boolean {
  const view = control.ownerDocument.defaultView;
  let next = value;
  if (control instanceof HTMLSelectElement) {
    const wanted = normalizeLabel(value);
    const option = [...control.options].find((o) => {
      const text = normalizeLabel(o.textContent ?? '');
      const v = normalizeLabel(o.value);
      return v === wanted || text === wanted || text.startsWith(`${wanted} `);
    });
    if (!option) return false;
    next = option.value;
  }
  // The prototype's setter, not the instance's: frameworks may shadow `value` on the element.
  const proto = Object.getPrototypeOf(control) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(control, next);
  else control.value = next;
  const EventCtor = view?.Event ?? Event;
  control.dispatchEvent(new EventCtor('input', { bubbles: true }));
  control.dispatchEvent(new EventCtor('change', { bubbles: true }));
  return true;
}

/** Planned fills split into the empty controls and those the user already typed something else into. */
export interface FillPlan {
  empty: [FormControl, string][];
  conflicts: [FormControl, string][];
}

/** Sorts (control, value) pairs: already showing the value → nothing to do; empty → fill; else a conflict. */
export function planFill(pairs: readonly [FormControl, string][]): FillPlan {
  const plan: FillPlan = { empty: [], conflicts: [] };
  for (const [control, value] of pairs) {
    if (!value || control.disabled || holds(control, value)) continue;
    (currentValue(control) ? plan.conflicts : plan.empty).push([control, value]);
  }
  return plan;
}

/** Fills every pair through setControlValue; the number actually set. */
export function fillAll(pairs: readonly [FormControl, string][]): number {
  return pairs.filter(([c, v]) => setControlValue(c, v)).length;
}
