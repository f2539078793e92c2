// Deterministic mutants of valid TISS lotes for the differential test against libxml2: structure (element
// dropped, duplicated, reordered, moved, renamed, unknown, wrong namespace, emptied), attributes, stray text,
// values (out of domain, too long/short, bad dates and times, comma decimals, too many digits, surrounding
// whitespace), lote-level cases (101 guias, mixed guia types), the optional ds:Signature, and the 4.01.00 vs
// 4.02.00 differences. Mutations are schema-agnostic: whether a mutant is valid is for the oracle to say.
import type {
  ElementDecl,
  Particle,
  ProcessContents,
  SimpleTypeModel,
  TissSchemaModel,
} from '../../shared/tiss/schema/model-types.ts';
import type { XmlElement } from '../../shared/tiss/xml-tree.ts';

export const TISS_NS = 'http://www.ans.gov.br/padroes/tiss/schemas';
export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

export interface Mutant {
  name: string;
  /** TISS version whose XSD judges this mutant (its Padrao says so unless the mutation broke Padrao). */
  version: string;
  description: string;
  xml: string;
}

export interface MutantSource {
  name: string;
  root: XmlElement;
  /** The version whose XSD judges this source's mutants; default: 4.01.00, or 4.02.00 with Padrao rewritten. */
  version?: string;
}

/** Small seeded PRNG (mulberry32): same seed, same mutants, on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

/** Thrown by a mutation that finds nothing to work on (e.g. a combo that already emptied the message). */
class NothingToMutate extends Error {}
const pickSome = <T>(rng: Rng, xs: readonly T[]): T => {
  if (xs.length === 0) throw new NothingToMutate();
  return pick(rng, xs);
};

export function cloneElement(el: XmlElement, parent?: XmlElement): XmlElement {
  const copy: XmlElement = { ...el, attributes: { ...el.attributes }, children: [] };
  if (parent) copy.parent = parent;
  else delete copy.parent;
  copy.children = el.children.map((c) => cloneElement(c, copy));
  return copy;
}

export function element(name: string, text = '', children: XmlElement[] = [], ns = TISS_NS): XmlElement {
  const el: XmlElement = { name, ns, attributes: {}, children, text, line: 1, column: 1 };
  for (const c of children) c.parent = el;
  return el;
}

function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const el = stack.pop() as XmlElement;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as XmlElement);
  }
  return out;
}

export function findFirst(root: XmlElement, name: string): XmlElement | undefined {
  return allElements(root).find((e) => e.name === name);
}

function insertChild(parent: XmlElement, child: XmlElement, index: number): void {
  child.parent = parent;
  parent.children.splice(index, 0, child);
}

function removeElement(el: XmlElement): void {
  const siblings = el.parent?.children;
  if (siblings) siblings.splice(siblings.indexOf(el), 1);
}

// ---------------------------------------------------------------- serialisation

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** UTF-8 XML text with ans:/ds: prefixes; other namespaces get a local declaration. */
export function serialize(root: XmlElement): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const usesXsi = allElements(root).some((e) => Object.keys(e.attributes).some((a) => a.startsWith('xsi:')));
  const write = (el: XmlElement, depth: number) => {
    const indent = '\t'.repeat(depth);
    const decls: string[] = [];
    let qname = el.name;
    if (el.ns === TISS_NS) qname = `ans:${el.name}`;
    else if (el.ns === DSIG_NS) qname = `ds:${el.name}`;
    else if (el.ns !== '') {
      qname = `o:${el.name}`;
      decls.push(` xmlns:o="${escapeAttr(el.ns)}"`);
    }
    if (depth === 0) {
      decls.push(` xmlns:ans="${TISS_NS}" xmlns:ds="${DSIG_NS}"`);
      if (usesXsi) decls.push(` xmlns:xsi="${XSI_NS}"`);
    }
    for (const a of Object.keys(el.attributes)) {
      const prefix = a.includes(':') ? a.slice(0, a.indexOf(':')) : '';
      if (prefix && prefix !== 'xsi' && prefix !== 'xml') decls.push(` xmlns:${prefix}="urn:${prefix}"`);
    }
    const attrs = Object.entries(el.attributes)
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join('');
    const open = `${indent}<${qname}${decls.join('')}${attrs}`;
    if (el.children.length === 0) {
      parts.push(el.text === '' ? `${open}/>\n` : `${open}>${escapeText(el.text)}</${qname}>\n`);
      return;
    }
    const text = /^[ \t\r\n]*$/.test(el.text) ? '' : escapeText(el.text);
    parts.push(`${open}>${text}\n`);
    for (const c of el.children) write(c, depth + 1);
    parts.push(`${indent}</${qname}>\n`);
  };
  write(root, 0);
  return parts.join('');
}

// ---------------------------------------------------------------- value mutations

const LENGTHS = [
  1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 20, 21, 30, 31, 40, 41, 50, 60, 61, 70, 71, 100, 101, 150, 151,
  500, 501,
];
const CODES = [
  '',
  ' ',
  '0',
  '1',
  '2',
  '3',
  '9',
  '01',
  '05',
  '23',
  '99',
  'A',
  'E',
  'N',
  'S',
  'U',
  'X',
  '223575',
  '3167',
  'true',
];
const DATES = [
  '2026-02-30',
  '2024-02-29',
  '2025-02-29',
  '1900-02-29',
  '2000-02-29',
  '2026-13-01',
  '2026-04-31',
  '2026-04-30',
  '26-01-01',
  '2026/01/01',
  '01/02/2026',
  '2026-1-1',
  '2026-01-01Z',
  '2026-01-01-03:00',
  '2026-01-01+15:00',
  '1849-12-31',
  '1850-01-01',
  '1850-01-01Z',
  '0000-01-01',
  '12026-01-01',
  '2026-01-01T10:00:00',
];
const TIMES = [
  '24:00:00',
  '23:59:59',
  '23:59:60',
  '12:00',
  '12:00:00.5',
  '12:00:00-03:00',
  '25:00:00',
  '9:00:00',
  '12:60:00',
];
const NUMBERS = [
  '10,50',
  '1234567.89',
  '12345678.9',
  '123456789',
  '99999999.99',
  '999999.99',
  '1000000.00',
  '99999.99',
  '100000.00',
  '1.234',
  '1.230',
  '-1.00',
  '+1',
  '.5',
  '5.',
  '1e3',
  '0',
  '00000000123.45',
  '12345678901234567890',
  '1.',
  '-',
  '0.001',
  '10000',
  '9999',
];

function valueCandidates(rng: Rng, v: string): string[] {
  const out = [
    ...CODES,
    `${v} `,
    ` ${v}`,
    `\t${v}\n`,
    `${v}${v}`,
    v.slice(0, -1),
    `${v}0`,
    `0${v}`,
    v.toLowerCase(),
    `${v}ção`,
    `${v}😀`,
  ];
  const len = pick(rng, LENGTHS);
  out.push('A'.repeat(len), '9'.repeat(len), 'ã'.repeat(len));
  if (/^\d{4}-\d\d-\d\d$/.test(v)) out.push(...DATES, ...DATES);
  if (/^\d\d:\d\d:\d\d$/.test(v)) out.push(...TIMES, ...TIMES);
  if (/^-?\d+(\.\d+)?$/.test(v)) out.push(...NUMBERS, ...NUMBERS, `${v}.000`, `${v}.001`);
  return out;
}

// ---------------------------------------------------------------- structural mutations

type Mutation = (root: XmlElement, rng: Rng, ctx: MutationContext) => string | null;

interface MutationContext {
  /** Guias of other types, for mixing. */
  otherGuias: XmlElement[];
}

const isLeaf = (el: XmlElement) => el.children.length === 0;
const nonRoot = (root: XmlElement) => allElements(root).filter((e) => e.parent);

const mutations: Record<string, Mutation> = {
  drop(root, rng) {
    const el = pickSome(rng, nonRoot(root));
    removeElement(el);
    return `drop ${el.name}`;
  },
  duplicate(root, rng) {
    const el = pickSome(rng, nonRoot(root));
    const parent = el.parent as XmlElement;
    insertChild(parent, cloneElement(el), parent.children.indexOf(el) + 1);
    return `duplicate ${el.name}`;
  },
  swap(root, rng) {
    const candidates = nonRoot(root).filter((e) => {
      const s = e.parent?.children;
      const next = s?.[s.indexOf(e) + 1];
      return next !== undefined && next.name !== e.name;
    });
    if (candidates.length === 0) return null;
    const el = pickSome(rng, candidates);
    const siblings = el.parent?.children as XmlElement[];
    const i = siblings.indexOf(el);
    [siblings[i], siblings[i + 1]] = [siblings[i + 1] as XmlElement, el];
    return `swap ${el.name} with ${siblings[i]?.name}`;
  },
  move(root, rng) {
    const el = pickSome(rng, nonRoot(root));
    removeElement(el);
    const target = pickSome(
      rng,
      allElements(root).filter((e) => !isLeaf(e)),
    );
    insertChild(target, el, Math.floor(rng() * (target.children.length + 1)));
    return `move ${el.name} into ${target.name}`;
  },
  unknown(root, rng) {
    const target = pickSome(
      rng,
      allElements(root).filter((e) => !isLeaf(e)),
    );
    insertChild(target, element('campoInexistente', '1'), Math.floor(rng() * (target.children.length + 1)));
    return `unknown element in ${target.name}`;
  },
  rename(root, rng) {
    const all = nonRoot(root);
    const el = pickSome(rng, all);
    const other = pick(rng, all).name;
    if (other === el.name) return null;
    const before = el.name;
    el.name = other;
    return `rename ${before} to ${other}`;
  },
  namespace(root, rng) {
    const el = pickSome(rng, nonRoot(root));
    el.ns = pick(rng, ['', 'urn:outro', DSIG_NS]);
    return `namespace of ${el.name} -> "${el.ns}"`;
  },
  attribute(root, rng) {
    const el = pick(rng, allElements(root));
    const [k, v] = pick(rng, [
      ['id', '1'],
      ['xsi:schemaLocation', `${TISS_NS} tissV4_01_00.xsd`],
      ['xsi:nil', 'true'],
      ['xml:lang', 'pt'],
      ['foo:bar', 'x'],
      ['Id', 'a1'],
      ['xsi:type', 'ans:st_texto20'],
    ] as const);
    el.attributes[k] = v;
    return `attribute ${k} on ${el.name}`;
  },
  text(root, rng) {
    const el = pickSome(
      rng,
      allElements(root).filter((e) => !isLeaf(e)),
    );
    el.text = pick(rng, ['abc', ' \n\t ', '0', '\u00a0']);
    return `text ${JSON.stringify(el.text)} in ${el.name}`;
  },
  childInLeaf(root, rng) {
    const el = pickSome(rng, allElements(root).filter(isLeaf));
    insertChild(el, element('valor', '1'), 0);
    return `child element inside leaf ${el.name}`;
  },
  empty(root, rng) {
    const el = pickSome(
      rng,
      nonRoot(root).filter((e) => !isLeaf(e)),
    );
    el.children = [];
    el.text = pick(rng, ['', ' ']);
    return `empty ${el.name}`;
  },
  value(root, rng) {
    const el = pickSome(rng, allElements(root).filter(isLeaf));
    const before = el.text;
    el.text = pick(rng, valueCandidates(rng, before));
    return `value of ${el.name}: ${JSON.stringify(before)} -> ${JSON.stringify(el.text)}`;
  },
  value2(root, rng) {
    const a = mutations.value?.(root, rng, { otherGuias: [] });
    const b = mutations.value?.(root, rng, { otherGuias: [] });
    return `${a}; ${b}`;
  },
  attributeValue(root, rng) {
    const withAttrs = allElements(root).filter((e) => Object.keys(e.attributes).length > 0);
    if (withAttrs.length === 0) return null;
    const el = pickSome(rng, withAttrs);
    const name = pick(rng, Object.keys(el.attributes));
    el.attributes[name] = pick(rng, [
      '',
      ' ',
      '::',
      ':x',
      'a b',
      '%zz',
      'http://x/y#z',
      '1sig',
      'sig 1',
      'id1',
      'ç',
      'x:y',
    ]);
    return `attribute value ${name}=${JSON.stringify(el.attributes[name])} on ${el.name}`;
  },
  whitespace(root, rng) {
    const el = pickSome(rng, allElements(root).filter(isLeaf));
    const before = el.text;
    el.text = pick(rng, [` ${before}`, `${before} `, `\n${before}`, `${before}\t`, ` ${before} `]);
    return `whitespace around ${el.name}: ${JSON.stringify(el.text)}`;
  },
  combo(root, rng, ctx) {
    const kinds = ['value', 'drop', 'duplicate', 'swap', 'whitespace', 'empty', 'unknown'];
    const done: string[] = [];
    for (let i = 0; i < 2 + Math.floor(rng() * 2); i++) {
      const d = mutations[pick(rng, kinds)]?.(root, rng, ctx);
      if (d) done.push(d);
    }
    return done.length ? `combo: ${done.join('; ')}` : null;
  },
  mix(root, rng, ctx) {
    const guias = findFirst(root, 'guiasTISS');
    if (!guias || ctx.otherGuias.length === 0) return null;
    const other = cloneElement(pick(rng, ctx.otherGuias));
    insertChild(guias, other, Math.floor(rng() * (guias.children.length + 1)));
    return `mix ${other.name} into ${guias.children[0]?.name} lote`;
  },
  signature(root, rng) {
    root.children.push(signature(rng));
    const last = root.children.at(-1) as XmlElement;
    last.parent = root;
    return 'signature (possibly damaged)';
  },
};

/** A ds:Signature, valid against xmldsig, sometimes with one defect (none when `rng` returns 0). */
export function signature(rng: Rng): XmlElement {
  const ds = (name: string, text = '', children: XmlElement[] = [], attrs: Record<string, string> = {}) => {
    const el = element(name, text, children, DSIG_NS);
    el.attributes = attrs;
    return el;
  };
  const sig = ds('Signature', '', [
    ds('SignedInfo', '', [
      ds('CanonicalizationMethod', '', [], { Algorithm: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315' }),
      ds('SignatureMethod', '', [], { Algorithm: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1' }),
      ds(
        'Reference',
        '',
        [
          ds('Transforms', '', [
            ds('Transform', '', [], { Algorithm: 'http://www.w3.org/2000/09/xmldsig#enveloped-signature' }),
          ]),
          ds('DigestMethod', '', [], { Algorithm: 'http://www.w3.org/2000/09/xmldsig#sha1' }),
          ds('DigestValue', 'AAAAAAAAAAAAAAAAAAAAAAAAAAA='),
        ],
        { URI: '' },
      ),
    ]),
    ds('SignatureValue', 'QUJDRA=='),
    ds('KeyInfo', '', [ds('X509Data', '', [ds('X509Certificate', 'TUlJQg==')])]),
  ]);
  const damage = Math.floor(rng() * 9);
  const all = allElements(sig);
  switch (damage) {
    case 1:
      removeElement(findFirst(sig, 'SignatureValue') as XmlElement);
      break;
    case 2:
      (findFirst(sig, 'DigestValue') as XmlElement).text = 'AB==';
      break;
    case 3:
      delete (findFirst(sig, 'DigestMethod') as XmlElement).attributes.Algorithm;
      break;
    case 4:
      pick(rng, all).attributes.foo = 'x';
      break;
    case 5:
      // A foreign element where xmldsig allows ##other with lax processing.
      insertChild(findFirst(sig, 'KeyInfo') as XmlElement, element('extra', 'x', [], 'urn:outro'), 0);
      break;
    case 6:
      sig.attributes.Id = pick(rng, ['sig1', '1sig']);
      break;
    case 7:
      insertChild(findFirst(sig, 'KeyInfo') as XmlElement, element('extra', 'x', [], TISS_NS), 0);
      break;
    case 8:
      (findFirst(sig, 'SignatureValue') as XmlElement).text = ' QUJD RA==\n';
      break;
  }
  return sig;
}

const WEIGHTS: [string, number][] = [
  ['value', 40],
  ['value2', 8],
  ['whitespace', 6],
  ['attributeValue', 3],
  ['combo', 6],
  ['drop', 10],
  ['duplicate', 8],
  ['swap', 6],
  ['move', 4],
  ['unknown', 3],
  ['rename', 4],
  ['namespace', 2],
  ['attribute', 4],
  ['text', 3],
  ['childInLeaf', 2],
  ['empty', 3],
  ['mix', 2],
  ['signature', 4],
];

function pickMutation(rng: Rng): string {
  const total = WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [name, w] of WEIGHTS) {
    r -= w;
    if (r < 0) return name;
  }
  return 'value';
}

function setPadrao(root: XmlElement, value: string): void {
  const padrao = findFirst(root, 'Padrao');
  if (padrao) padrao.text = value;
}

/** `count` random mutants of the sources, each judged by 4.01.00 or (Padrao 4.02.00) by 4.02.00. */
export function randomMutants(sources: readonly MutantSource[], count: number, seed: number): Mutant[] {
  const rng = seededRandom(seed);
  const guias = sources.flatMap((s) => findFirst(s.root, 'guiasTISS')?.children.slice(0, 1) ?? []);
  const out: Mutant[] = [];
  while (out.length < count) {
    const source = pick(rng, sources);
    const root = cloneElement(source.root);
    const label = rng() < 0.3 ? '4.02.00' : '4.01.00';
    const version = source.version ?? label;
    if (!source.version && version === '4.02.00') setPadrao(root, '4.02.00');
    const firstGuia = findFirst(root, 'guiasTISS')?.children[0]?.name;
    const kind = pickMutation(rng);
    let description: string | null | undefined;
    try {
      description = mutations[kind]?.(root, rng, { otherGuias: guias.filter((g) => g.name !== firstGuia) });
    } catch (e) {
      if (!(e instanceof NothingToMutate)) throw e;
    }
    if (!description) continue;
    out.push({
      name: `m${String(out.length).padStart(4, '0')}-${source.name}`,
      version,
      description,
      xml: serialize(root),
    });
  }
  return out;
}

/** Mutants that pin down lote-level limits and the 4.01.00/4.02.00 differences, on purpose rather than by luck. */
export function targetedMutants(sources: readonly MutantSource[], big: MutantSource): Mutant[] {
  const out: Mutant[] = [];
  const add = (name: string, version: string, description: string, root: XmlElement) =>
    out.push({ name: `t-${name}`, version, description, xml: serialize(root) });

  // Lote size: 100 guias pass, 101 fail, 99 pass; a guia of another type in a full lote fails.
  for (const n of [99, 100, 101]) {
    const root = cloneElement(big.root);
    const guias = findFirst(root, 'guiasTISS') as XmlElement;
    while (guias.children.length > n) guias.children.pop();
    while (guias.children.length < n) insertChild(guias, cloneElement(guias.children[0] as XmlElement), 0);
    add(`lote-${n}-guias`, '4.01.00', `${n} guias SP/SADT`, root);
  }
  const consulta = sources.find((s) => findFirst(s.root, 'guiaConsulta'));
  if (consulta) {
    const root = cloneElement(big.root);
    const guias = findFirst(root, 'guiasTISS') as XmlElement;
    guias.children.pop();
    insertChild(guias, cloneElement(findFirst(consulta.root, 'guiaConsulta') as XmlElement), 50);
    add('lote-mixed', '4.01.00', '99 SP/SADT + 1 consulta', root);
  }

  // Version differences, each under both XSDs (the label decides the XSD; Padrao follows the label).
  const differences: [string, string, string][] = [
    ['CBOS', '223575', 'CBO 223575 (obstetriz), new in 4.02.00'],
    ['Padrao', '4.02.00', 'Padrao 4.02.00 (unknown to the 4.01.00 XSD)'],
    ['tipoAtendimento', '05', 'tipoAtendimento 05 (removed in 4.01.00)'],
    ['tipoAtendimento', '23', 'tipoAtendimento 23'],
  ];
  // Money fields widened from st_decimal8-2 to st_decimal10-2 in 4.02.00 (totalDigits 8 -> 10).
  for (const field of [
    'valorUnitario',
    'valorTotal',
    'valorProcedimento',
    'valorProc',
    'valorTotalProc',
    'valorRecursado',
  ]) {
    for (const value of ['999999.99', '12345678', '1234567.89', '12345678.9', '99999999.99', '100000000.00']) {
      differences.push([field, value, `${field} ${value}: st_decimal8-2 (4.01.00) vs st_decimal10-2 (4.02.00)`]);
    }
  }
  for (const source of sources) {
    for (const [field, value, why] of differences) {
      if (!findFirst(source.root, field)) continue;
      for (const version of ['4.01.00', '4.02.00']) {
        const root = cloneElement(source.root);
        if (field !== 'Padrao') setPadrao(root, version);
        for (const el of allElements(root)) if (el.name === field && isLeaf(el)) el.text = value;
        add(`${source.name}-${field}-${value}-${version}`, version, why, root);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- instances generated from the model

/** A value the simple type accepts (libxml2 has the last word: the test sends it to the oracle anyway). */
function sampleValue(type: SimpleTypeModel, rng: Rng): string {
  if (type.e) return pick(rng, type.e);
  const pattern = type.p?.[0]?.[0];
  if (pattern) return samplePattern(pattern);
  switch (type.b) {
    case 'decimal':
      return pick(rng, ['1', '10.5', '150.00', '0']);
    case 'integer':
      return pick(rng, ['1', '7', '12']).slice(0, type.td ?? 3);
    case 'date':
      return pick(rng, ['2026-01-15', '2024-02-29', '1999-12-31']);
    case 'time':
      return pick(rng, ['10:00:00', '23:59:59']);
    case 'dateTime':
      return '2026-01-15T10:00:00';
    case 'boolean':
      return pick(rng, ['true', 'false']);
    case 'base64Binary':
      return 'QUJD';
    case 'anyURI':
      return 'http://example.org/x';
    case 'ID':
      return `id${Math.floor(rng() * 1e6)}`;
    default: {
      const min = type.l ?? Math.max(type.mnl ?? 1, 1);
      const max = type.l ?? Math.min(type.mxl ?? 8, 8);
      return 'TESTE ÇÃO'.repeat(4).slice(0, min + Math.floor(rng() * (max - min + 1)));
    }
  }
}

/** Shortest string of a TISS pattern: sequences of "[class]{n}", "[class]{m,n}" or "[class]+". */
function samplePattern(pattern: string): string {
  let out = '';
  for (const m of pattern.matchAll(/\[([^\]]+)\](?:\{(\d+)(?:,\d+)?\}|(\+))?/g)) {
    out += (m[1] ?? 'A').charAt(0).repeat(m[2] ? Number(m[2]) : 1);
  }
  return out;
}

function sampleElement(model: TissSchemaModel, declIndex: number, rng: Rng, depth: number): XmlElement {
  const [name, nsIndex, typeIndex] = model.elements[declIndex] as ElementDecl;
  const el = element(name, '', [], model.ns[nsIndex]);
  const type = model.types[typeIndex];
  if (!type) return el;
  if (type.k === 's') {
    el.text = sampleValue(type, rng);
    return el;
  }
  for (const [attr, required, t] of type.a ?? []) {
    const at = model.types[t];
    if (at?.k === 's' && (required || rng() < 0.3)) el.attributes[attr] = sampleValue(at, rng);
  }
  const simple = type.s !== undefined ? model.types[type.s] : undefined;
  if (simple?.k === 's') el.text = sampleValue(simple, rng);
  else if (type.p) for (const c of sampleParticle(model, type.p, rng, depth)) insertChild(el, c, el.children.length);
  return el;
}

function sampleParticle(model: TissSchemaModel, p: Particle, rng: Rng, depth: number): XmlElement[] {
  const [kind, min, max] = p;
  // Optional content is included often near the top and rarely deep down, to keep instances small.
  const extra = max === -1 || max > min ? (rng() < 0.6 / (1 + depth / 4) ? 1 : 0) : 0;
  const times = max === -1 ? min + extra : Math.min(max, min + extra);
  const out: XmlElement[] = [];
  for (let i = 0; i < times; i++) {
    if (kind === 'e') out.push(sampleElement(model, p[3], rng, depth + 1));
    else if (kind === 'q') for (const c of p[3]) out.push(...sampleParticle(model, c, rng, depth));
    else if (kind === 'c') out.push(...sampleParticle(model, pick(rng, p[3]), rng, depth));
    else if (p[0] === 'w' && rng() < 0.5) out.push(sampleWildcard(p[3], p[4], rng));
  }
  return out;
}

/** Something the wildcard accepts: xmldsig's global KeyName where strict, a foreign element otherwise. */
function sampleWildcard(ns: string, process: ProcessContents, rng: Rng): XmlElement {
  if (process === 's' || (ns !== '##any' && !ns.startsWith('!'))) return element('KeyName', 'chave', [], DSIG_NS);
  return pick(rng, [
    element('extensao', '', [element('item', '1', [], 'urn:outro')], 'urn:outro'),
    element('KeyName', 'chave', [], 'urn:outro'),
  ]);
}

/** Messages of every kind (operadora and prestador sides), built from the compiled model of one version. */
export function sampleMessages(model: TissSchemaModel, count: number, seed: number): MutantSource[] {
  const rng = seededRandom(seed);
  const out: MutantSource[] = [];
  for (let i = 0; i < count; i++) {
    const root = sampleElement(model, model.root, rng, 0);
    setPadrao(root, model.version);
    const kind = root.children[1]?.children[0]?.name ?? 'vazio';
    out.push({ name: `s${model.version}-${String(i).padStart(3, '0')}-${kind}`, root, version: model.version });
  }
  return out;
}
