// Content-model matching on small hand-built models: order, choice, counts, nested repetition, wildcards.
import { describe, expect, it } from 'vitest';
import { contentStart } from '../../shared/tiss/schema/content-model.ts';
import type { Particle, TissSchemaModel } from '../../shared/tiss/schema/model-types.ts';

const NS = 'urn:t';

/** A model whose type 1 has `particle` over elements a..f (all of simple type 0). */
function modelWith(particle: Particle): TissSchemaModel {
  const names = ['a', 'b', 'c', 'd', 'e', 'f'];
  return {
    version: 'test',
    ns: [NS],
    types: [
      { k: 's', n: 'string', b: 'string' },
      { k: 'c', p: particle },
    ],
    elements: names.map((n) => [n, 0, 0]),
    globals: { '0 a': 0 },
    root: 0,
  };
}
const el = (name: string, min = 1, max = 1): Particle => ['e', min, max, 'abcdef'.indexOf(name)];

function accepts(particle: Particle, children: string): boolean {
  const model = modelWith(particle);
  let state = contentStart(model, 1);
  for (const name of children.split('').filter(Boolean)) {
    const next = name === '*' ? state.step('urn:other', 'x') : state.step(NS, name);
    if (!next) return false;
    state = next.state;
  }
  return state.accepting;
}

describe('content model matching', () => {
  it('enforces sequence order and required elements', () => {
    const p: Particle = ['q', 1, 1, [el('a'), el('b', 0), el('c')]];
    expect(accepts(p, 'abc')).toBe(true);
    expect(accepts(p, 'ac')).toBe(true);
    expect(accepts(p, 'ba')).toBe(false);
    expect(accepts(p, 'ab')).toBe(false);
    expect(accepts(p, 'abbc')).toBe(false);
  });

  it('a choice of bounded repeats allows one kind only (one guia type per lote, at most N)', () => {
    const p: Particle = ['c', 1, 1, [el('a', 1, 3), el('b', 1, 3)]];
    expect(accepts(p, 'aaa')).toBe(true);
    expect(accepts(p, 'aaaa')).toBe(false);
    expect(accepts(p, 'aab')).toBe(false);
    expect(accepts(p, '')).toBe(false);
  });

  it('handles repeated groups with optional parts', () => {
    const p: Particle = ['q', 0, 2, [el('a'), el('b', 0)]];
    expect(accepts(p, '')).toBe(true);
    expect(accepts(p, 'aba')).toBe(true);
    expect(accepts(p, 'aa')).toBe(true);
    expect(accepts(p, 'aaa')).toBe(false);
    expect(accepts(p, 'abab')).toBe(true);
    expect(accepts(p, 'abb')).toBe(false);
  });

  it('handles unbounded repeats and nested choices', () => {
    const p: Particle = ['q', 1, 1, [el('a'), ['c', 1, -1, [el('b'), el('c')]], el('d', 0, -1)]];
    expect(accepts(p, 'abcbcbdd')).toBe(true);
    expect(accepts(p, 'a')).toBe(false);
    expect(accepts(p, 'adb')).toBe(false);
  });

  it('matches wildcards by namespace (##other)', () => {
    const p: Particle = ['q', 1, 1, [el('a'), ['w', 0, -1, `!${NS}`, 'l']]];
    expect(accepts(p, 'a**')).toBe(true);
    const model = modelWith(p);
    const afterA = contentStart(model, 1).step(NS, 'a')?.state;
    expect(afterA?.step(NS, 'zzz')).toBeNull();
    expect(afterA?.step('', 'zzz')).toBeNull();
    expect(afterA?.step('urn:x', 'zzz')?.match).toEqual({ process: 'l' });
  });

  it('says what was expected at the point of failure', () => {
    const model = modelWith(['q', 1, 1, [el('a'), ['c', 1, 1, [el('b'), el('c')]]]]);
    const after = contentStart(model, 1).step(NS, 'a')?.state;
    expect(after?.expected().sort()).toEqual(['b', 'c']);
    expect(after?.accepting).toBe(false);
  });
});
