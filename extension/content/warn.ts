// Small glue between findings and inline warnings, shared by the features.
import type { Finding } from '../../shared/findings.ts';
import type { WarningItem } from './ui/warning-layer.ts';

/** Findings as warning items, keyed so a dismissed one stays dismissed while its text stays the same. */
export function itemsOf(findings: readonly Finding[]): WarningItem[] {
  return findings.map((f) => ({ key: `${f.rule}|${f.message}`, severity: f.severity, message: f.message }));
}

/** Groups findings by the guia they concern ('' when none). */
export function byGuia(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.where.guia ?? '';
    out.set(key, [...(out.get(key) ?? []), f]);
  }
  return out;
}

/** Where a warning about a button goes: after its toolbar, so the buttons stay on one line. */
export function anchorForButton(button: Element): Element {
  return button.closest('.btn-toolbar, .btn-group, .modal-footer, .bc-toolbar') ?? button;
}
