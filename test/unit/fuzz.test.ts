// Fuzzing (issue 14), seeded and bounded so the suite stays fast: the TISS engine on mutated fixtures and on
// arbitrary bytes (never throws, never hangs, every finding placed in the file), and rule packs / signed envelopes
// as an attacker or a broken editor could send them (never throws, always a pt-BR answer, never accepted when
// altered).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPacks } from '../../shared/packs/index.ts';
import { parseRulePack } from '../../shared/rules/pack-schema.ts';
import {
  base64ToBytes,
  bytesToBase64,
  publicKeyFromSecret,
  signPackEnvelope,
  verifyPackEnvelope,
} from '../../shared/signing/pack-envelope.ts';
import { validateTiss } from '../../shared/tiss/index.ts';
import { validateXml } from '../../shared/validate.ts';

const SEED = 14_2026;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/tiss/valid/${name}`, import.meta.url));
const FIXTURES = ['consulta-3-guias.xml', 'odonto-2-guias.xml', 'recurso-glosa.xml'].map(fixture);

/** What can break an XML reader: markup starts and ends, entities, CDATA, PIs, odd code points, long names. */
const snippet = fc.oneof(
  fc.constantFrom('<', '</', '>', '/>', '&', '&amp;', '&#0;', '&#x110000;', '&lt', ']]>', '<![CDATA[', '<!--', '-->'),
  fc.constantFrom('<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY a "b">]>', 'xmlns:ans="x"', 'ans:', '"', "'", '='),
  fc.constantFrom('\u0000', '\uFFFE', '\u00e9', '\u00c3\u00a9', '\r\n', '\t', ' '.repeat(200)),
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 1, maxLength: 5 }).map((s) => `<${s}>`),
);

type Edit =
  | { op: 'delete'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate'; at: number; len: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: snippet }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 2000 }) }),
);

function applyEdits(bytes: Buffer, edits: Edit[]): Buffer {
  let s = bytes.toString('latin1'); // the fixtures are ISO-8859-1: one char per byte
  for (const e of edits) {
    const at = s.length ? e.at % s.length : 0;
    if (e.op === 'delete') s = s.slice(0, at) + s.slice(at + e.len);
    else if (e.op === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
    else s = s.slice(0, at) + s.slice(at, at + e.len) + s.slice(at);
  }
  return Buffer.from(s, 'latin1');
}

/** Findings about the file as a whole, which have no place inside it. */
const FILE_LEVEL = new Set(['tiss/nome-arquivo', 'tiss/tamanho']);
/** Generous: the point is "ends", not "is fast" (speed is `npm run bench`'s). */
const ENDS_WITHIN_MS = 10_000;

function checkEngine(bytes: Uint8Array) {
  const started = performance.now();
  const report = validateTiss(bytes, { fileName: 'lote.xml' });
  const ms = performance.now() - started;
  expect(ms).toBeLessThan(ENDS_WITHIN_MS);
  // The engine turns its own exceptions into this finding; a fuzzer that finds one found a bug.
  expect(report.findings.filter((f) => f.rule === 'tiss/erro-interno')).toEqual([]);
  for (const f of report.findings) {
    expect(f.message.length).toBeGreaterThan(0);
    if (!FILE_LEVEL.has(f.rule))
      expect({ rule: f.rule, line: f.where.line }).toEqual({ rule: f.rule, line: expect.any(Number) });
  }
  expect(report.valido).toBe(!report.findings.some((f) => f.severity === 'error'));
}

describe('TISS engine fuzz', () => {
  it('mutated fixtures: never throws, never hangs, every finding has a line', () => {
    fc.assert(
      fc.property(fc.nat({ max: FIXTURES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (i, edits) =>
        checkEngine(applyEdits(FIXTURES[i]!, edits)),
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('arbitrary bytes and XML-like text: the same', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.array(snippet, { maxLength: 60 }).map((parts) => new TextEncoder().encode(parts.join(''))),
        ),
        checkEngine,
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('with the operadora packs applied: validateXml never throws on a mutated fixture', () => {
    fc.assert(
      fc.property(fc.nat({ max: FIXTURES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) => {
        const report = validateXml(applyEdits(FIXTURES[i]!, edits), { hoje: '2026-11-20', fileName: 'lote.xml' });
        expect(report.findings.filter((f) => f.rule === 'tiss/erro-interno')).toEqual([]);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

/** The pack with the value at one path (chosen by `pick`) replaced by `value`. */
function replaceAt(root: unknown, pick: number, value: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, [...path, i]);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(root, []);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

describe('rule pack fuzz', () => {
  it('a pack with any value replaced anywhere: parsed or refused with paths and pt-BR messages, never a throw', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: defaultPacks.length - 1 }),
        fc.nat(),
        fc.jsonValue({ maxDepth: 3 }),
        (i, pick, value) => {
          const result = parseRulePack(replaceAt(defaultPacks[i], pick, value));
          if (result.ok) return;
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(issue.message).not.toMatch(/\b(Invalid|expected|Too (big|small)|Required|Unrecognized)\b/);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('a signed envelope altered anywhere is never accepted, and verifying never throws', async () => {
    const key = JSON.parse(readFileSync(new URL('../keys/TEST-ONLY-signing-key.json', import.meta.url), 'utf8')) as {
      keyId: string;
      secretKey: string;
    };
    const secret = base64ToBytes(key.secretKey);
    const trusted = [
      { keyId: key.keyId, alg: 'Ed25519' as const, publicKey: bytesToBase64(await publicKeyFromSecret(secret)) },
    ];
    const pack = defaultPacks[0]!;
    const envelope = await signPackEnvelope(
      {
        ans: pack.operadora.chave,
        pack: pack as unknown as Record<string, unknown>,
        sequence: 1,
        publishedAt: '2026-11-20T12:00:00.000Z',
      },
      secret,
      key.keyId,
    );
    expect(await verifyPackEnvelope(envelope, trusted)).toEqual({ ok: true });
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.jsonValue({ maxDepth: 2 }), async (pick, value) => {
        const altered = replaceAt(envelope, pick, value);
        fc.pre(JSON.stringify(altered) !== JSON.stringify(envelope));
        const result = await verifyPackEnvelope(altered, trusted);
        expect(result.ok).toBe(false);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
