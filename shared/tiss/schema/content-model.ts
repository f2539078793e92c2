// Content-model matching for complex types: each particle tree (sequence/choice/element/wildcard with
// min/maxOccurs) is compiled from the model data into an NFA (bounded repeats unrolled, unbounded ones
// looped), and the NFA is determinised lazily while documents are walked, so a long list of guias or
// procedimentos costs one map lookup per element. The verdict is membership in the particle's language,
// which is what libxml2's automaton decides for the deterministic (UPA-conforming) TISS content models.
import type { Particle, ProcessContents, TissSchemaModel, WildcardNs } from './model-types.ts';

type Label = { element: number } | { ns: WildcardNs; process: ProcessContents };

interface NfaState {
  eps: number[];
  edges: [Label, number][];
}

/** How a child element was matched: by a declaration or by a wildcard. */
export type Match = { element: number } | { process: ProcessContents };

export interface DfaState {
  readonly accepting: boolean;
  /** Next state and the matching declaration for a child (namespace URI, local name); null = not allowed. */
  step(ns: string, name: string): { state: DfaState; match: Match } | null;
  /** What may come next, for messages: element names, '*' for a wildcard. */
  expected(): string[];
}

class Nfa {
  readonly states: NfaState[] = [];

  add(): number {
    return this.states.push({ eps: [], edges: [] }) - 1;
  }

  eps(from: number, to: number): void {
    this.states[from]?.eps.push(to);
  }

  /** Thompson construction with explicit repetition; returns [start, end]. */
  build(p: Particle): [number, number] {
    const [, min, max] = p;
    const start = this.add();
    let cur = start;
    for (let i = 0; i < min; i++) {
      const [s, e] = this.once(p);
      this.eps(cur, s);
      cur = e;
    }
    const end = this.add();
    if (max === -1) {
      const loop = this.add();
      this.eps(cur, loop);
      const [s, e] = this.once(p);
      this.eps(loop, s);
      this.eps(e, loop);
      this.eps(loop, end);
    } else {
      for (let i = min; i < max; i++) {
        this.eps(cur, end);
        const [s, e] = this.once(p);
        this.eps(cur, s);
        cur = e;
      }
      this.eps(cur, end);
    }
    return [start, end];
  }

  private once(p: Particle): [number, number] {
    const s = this.add();
    const e = this.add();
    if (p[0] === 'e' || p[0] === 'w') {
      const label: Label = p[0] === 'e' ? { element: p[3] } : { ns: p[3], process: p[4] };
      this.states[s]?.edges.push([label, e]);
      return [s, e];
    }
    if (p[0] === 'q') {
      let cur = s;
      for (const child of p[3]) {
        const [cs, ce] = this.build(child);
        this.eps(cur, cs);
        cur = ce;
      }
      this.eps(cur, e);
    } else {
      for (const child of p[3]) {
        const [cs, ce] = this.build(child);
        this.eps(s, cs);
        this.eps(ce, e);
      }
    }
    return [s, e];
  }
}

function wildcardAllows(ns: WildcardNs, uri: string): boolean {
  if (ns === '##any') return true;
  if (ns.startsWith('!')) return uri !== '' && uri !== ns.slice(1);
  return ns.split(' ').includes(uri);
}

class LazyDfa {
  private readonly byKey = new Map<string, State>();

  constructor(
    private readonly model: TissSchemaModel,
    private readonly nfa: Nfa,
    private readonly final: number,
  ) {}

  state(set: number[]): State {
    const closed = this.closure(set);
    const key = closed.join(',');
    let s = this.byKey.get(key);
    if (!s) {
      s = new State(this, closed, closed.includes(this.final));
      this.byKey.set(key, s);
    }
    return s;
  }

  private closure(set: number[]): number[] {
    const seen = new Set(set);
    const stack = [...set];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      for (const t of this.nfa.states[s]?.eps ?? []) {
        if (!seen.has(t)) {
          seen.add(t);
          stack.push(t);
        }
      }
    }
    return [...seen].sort((a, b) => a - b);
  }

  move(states: readonly number[], ns: string, name: string): { targets: number[]; match: Match } | null {
    const byElement: number[] = [];
    const byWildcard: number[] = [];
    let element: number | undefined;
    let process: ProcessContents | undefined;
    for (const s of states) {
      for (const [label, target] of this.nfa.states[s]?.edges ?? []) {
        if ('element' in label) {
          const decl = this.model.elements[label.element];
          if (decl && decl[0] === name && this.model.ns[decl[1]] === ns) {
            element ??= label.element;
            byElement.push(target);
          }
        } else if (wildcardAllows(label.ns, ns)) {
          process ??= label.process;
          byWildcard.push(target);
        }
      }
    }
    // A declaration wins over a wildcard (UPA makes both at once impossible in a valid schema).
    if (element !== undefined) return { targets: byElement, match: { element } };
    if (process !== undefined) return { targets: byWildcard, match: { process } };
    return null;
  }

  expectedNames(states: readonly number[]): string[] {
    const names = new Set<string>();
    for (const s of states) {
      for (const [label] of this.nfa.states[s]?.edges ?? []) {
        names.add('element' in label ? (this.model.elements[label.element]?.[0] ?? '?') : '*');
      }
    }
    return [...names];
  }
}

type Hit = { state: DfaState; match: Match } | null;

class State implements DfaState {
  // By local name, then namespace: no string building on the hot path (one lookup per element of a 15 MB lote).
  private readonly next = new Map<string, [ns: string, hit: Hit][]>();
  // The last child name stepped from here and its outcome: in a lote the same element follows a state over and
  // over, and the parser's interned names then compare by reference, with no map lookup.
  private lastName: string | undefined = undefined;
  private lastNs = '';
  private lastHit: Hit = null;

  constructor(
    private readonly dfa: LazyDfa,
    private readonly nfaStates: number[],
    readonly accepting: boolean,
  ) {}

  step(ns: string, name: string): Hit {
    if (name === this.lastName && ns === this.lastNs) return this.lastHit;
    const hit = this.lookup(ns, name);
    this.lastName = name;
    this.lastNs = ns;
    this.lastHit = hit;
    return hit;
  }

  private lookup(ns: string, name: string): Hit {
    let byNs = this.next.get(name);
    if (byNs) {
      for (let i = 0; i < byNs.length; i++) if (byNs[i]![0] === ns) return byNs[i]![1];
    } else {
      byNs = [];
      this.next.set(name, byNs);
    }
    const moved = this.dfa.move(this.nfaStates, ns, name);
    const hit: Hit = moved ? { state: this.dfa.state(moved.targets), match: moved.match } : null;
    byNs.push([ns, hit]);
    return hit;
  }

  expected(): string[] {
    return this.dfa.expectedNames(this.nfaStates);
  }
}

const EMPTY: Particle = ['q', 1, 1, []];
const compiled = new WeakMap<TissSchemaModel, Map<number, DfaState>>();

/** Start state of the content model of complex type `typeIndex` (compiled on first use, then cached). */
export function contentStart(model: TissSchemaModel, typeIndex: number): DfaState {
  let perModel = compiled.get(model);
  if (!perModel) {
    perModel = new Map();
    compiled.set(model, perModel);
  }
  let start = perModel.get(typeIndex);
  if (!start) {
    const type = model.types[typeIndex];
    const particle = type?.k === 'c' && type.p ? type.p : EMPTY;
    const nfa = new Nfa();
    const [s, e] = nfa.build(particle);
    start = new LazyDfa(model, nfa, e).state([s]);
    perModel.set(typeIndex, start);
  }
  return start;
}
