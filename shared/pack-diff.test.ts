import { describe, expect, it } from 'vitest';
import { diffPacks } from './pack-diff.ts';

describe('pack diff', () => {
  it('matches rules by id, so reordering is no change, and reports added/removed rules', () => {
    const a = {
      regras: [
        { id: 'a', x: 1 },
        { id: 'b', x: 2 },
      ],
      hosts: ['h1'],
    };
    const b = {
      regras: [
        { id: 'b', x: 2 },
        { id: 'a', x: 1 },
      ],
      hosts: ['h1'],
    };
    expect(diffPacks(a, b)).toEqual([]);
    const c = {
      regras: [
        { id: 'a', x: 5 },
        { id: 'c', x: 3 },
      ],
      hosts: ['h1', 'h2'],
    };
    expect(diffPacks(a, c)).toEqual([
      { path: 'hosts[1]', op: 'added', new: 'h2' },
      { path: 'regras[id=a].x', op: 'changed', old: 1, new: 5 },
      { path: 'regras[id=b]', op: 'removed', old: { id: 'b', x: 2 } },
      { path: 'regras[id=c]', op: 'added', new: { id: 'c', x: 3 } },
    ]);
  });
});
