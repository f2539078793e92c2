// What a draft changes for the clerk: the findings of the current pack vs the draft's on the same XML.
// A finding is "the same" when it points at the same rule and place; if its severity or text differ it is
// "changed", so support staff see "60 dias" replacing "90 dias" as one row, not as one removal plus one addition.
import type { Finding } from '../../../shared/findings.ts';

export interface ChangedFinding {
  before: Finding;
  after: Finding;
}

export interface FindingsDiff {
  added: Finding[];
  removed: Finding[];
  changed: ChangedFinding[];
  unchanged: number;
}

function placeKey(f: Finding): string {
  const w = f.where;
  return [f.rule, w.guia, w.field, w.element, w.item, w.line, w.column].map((v) => v ?? '').join('\u0001');
}

function sameContent(a: Finding, b: Finding): boolean {
  return a.severity === b.severity && a.message === b.message;
}

export function diffFindings(current: readonly Finding[], draft: readonly Finding[]): FindingsDiff {
  // Several findings can share a place (one rule, one guia, two problems): match them as multisets, exact
  // matches first so an unchanged one is never paired with a changed sibling.
  const pending = new Map<string, Finding[]>();
  for (const f of current) {
    const k = placeKey(f);
    const list = pending.get(k);
    if (list) list.push(f);
    else pending.set(k, [f]);
  }
  const diff: FindingsDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  const unmatched: Finding[] = [];
  for (const f of draft) {
    const list = pending.get(placeKey(f));
    const i = list ? list.findIndex((c) => sameContent(c, f)) : -1;
    if (list && i >= 0) {
      list.splice(i, 1);
      diff.unchanged++;
    } else unmatched.push(f);
  }
  for (const f of unmatched) {
    const before = pending.get(placeKey(f))?.shift();
    if (before) diff.changed.push({ before, after: f });
    else diff.added.push(f);
  }
  for (const list of pending.values()) diff.removed.push(...list);
  return diff;
}
