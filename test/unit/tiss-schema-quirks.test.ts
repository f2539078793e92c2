// libxml2's reading of XML Schema, one named case per quirk. Each case is asserted on our validator AND on
// libxml2 itself (xmllint-wasm, with the official TISS simple types), so a quirk that changes with a libxml2
// upgrade shows up here by name instead of as a stray disagreement in the mutant run.
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeTissBytes } from '../../shared/tiss/decode.ts';
import { TISS_SCHEMA_MODELS } from '../../shared/tiss/model/index.ts';
import { parseXml } from '../../shared/tiss/parse.ts';
import { validateSchema } from '../../shared/tiss/schema/index.ts';
import type { SimpleTypeModel } from '../../shared/tiss/schema/model-types.ts';
import { checkSimpleValue } from '../../shared/tiss/schema/simple-types.ts';
import type { XmlElement } from '../../shared/tiss/xml-tree.ts';
import { libxml2TypeVerdicts, libxml2Verdicts } from '../support/libxml2-oracle.ts';
import { fixtureBytes } from '../support/tiss-fixtures.ts';
import { element, findFirst, serialize, signature } from '../support/tiss-mutants.ts';

const VERSION = '4.01.00';

// Declared in tissSimpleTypes but used by no element, so it is not in the compiled model; this is what the
// generator emits for it (the only minInclusive in TISS).
const ST_DATA_PADRAO: SimpleTypeModel = { k: 's', n: 'st_dataPadrao', b: 'date', mni: '1850-01-01' };

function modelType(name: string): SimpleTypeModel {
  if (name === ST_DATA_PADRAO.n) return ST_DATA_PADRAO;
  const t = TISS_SCHEMA_MODELS[VERSION]?.types.find((x) => x.k === 's' && x.n === name);
  if (t?.k !== 's') throw new Error(`type ${name} not in the ${VERSION} model`);
  return t;
}

/** [quirk, type, value, libxml2 says valid] */
const VALUE_QUIRKS: [string, string, string, boolean][] = [
  ['date: surrounding whitespace is rejected (the spec would collapse it)', 'st_data', ' 2026-01-10', false],
  ['date: trailing newline is rejected', 'st_data', '2026-01-10\n', false],
  ['time: leading whitespace is accepted', 'st_hora', ' 10:15:00', true],
  ['time: trailing whitespace is rejected', 'st_hora', '10:15:00 ', false],
  ['decimal: surrounding whitespace is accepted', 'st_decimal8-2', '\n 150.00 \t', true],
  ['decimal: a comma is not a decimal separator', 'st_decimal8-2', '10,50', false],
  ['decimal: no exponent notation', 'st_decimal8-2', '1e3', false],
  ['decimal: ".5", "5." and "+5" are decimals', 'st_decimal8-2', '.5', true],
  ['decimal: "5." is a decimal', 'st_decimal8-2', '5.', true],
  ['decimal: explicit plus sign', 'st_decimal8-2', '+5', true],
  ['decimal: negative values are valid (no minInclusive in TISS)', 'st_decimal8-2', '-150.00', true],
  ['totalDigits: leading zeros do not count', 'st_decimal8-2', '0000000150.00', true],
  ['totalDigits: 8 integer digits fit st_decimal8-2', 'st_decimal8-2', '12345678', true],
  ['totalDigits: 9 significant digits do not', 'st_decimal8-2', '1234567.89', false],
  ['totalDigits: trailing fraction zeros do not count', 'st_decimal8-2', '123456.780', true],
  ['fractionDigits: trailing zeros do not count', 'st_decimal8-2', '150.000', true],
  ['fractionDigits: a third significant decimal fails', 'st_decimal8-2', '150.001', false],
  ['integer: leading zeros do not count for totalDigits', 'st_numerico4', '00001', true],
  ['integer: surrounding whitespace is accepted', 'st_numerico4', ' 12 ', true],
  ['integer: a decimal point is not allowed', 'st_numerico4', '1.0', false],
  ['integer: five digits exceed st_numerico4', 'st_numerico4', '10000', false],
  ['date: 30 February does not exist', 'st_data', '2026-02-30', false],
  ['date: 29 February in a leap year', 'st_data', '2024-02-29', true],
  ['date: 29 February in a common year', 'st_data', '2025-02-29', false],
  ['date: 1900 is not a leap year', 'st_data', '1900-02-29', false],
  ['date: 2000 is a leap year', 'st_data', '2000-02-29', true],
  ['date: year 0000 does not exist', 'st_data', '0000-01-01', false],
  ['date: a time zone is allowed', 'st_data', '2026-01-10-03:00', true],
  ['date: zones stop at ±14:00', 'st_data', '2026-01-10+14:01', false],
  ['date: five-digit years are dates', 'st_data', '12026-01-10', true],
  ['date: one-digit month is not', 'st_data', '2026-1-10', false],
  ['time: 24:00:00 is the end of the day', 'st_hora', '24:00:00', true],
  ['time: no leap seconds', 'st_hora', '23:59:60', false],
  ['time: seconds are required', 'st_hora', '12:00', false],
  ['time: fractions of a second are allowed', 'st_hora', '12:00:00.5', true],
  ['minInclusive: a zoned date equal to the unzoned limit fails', 'st_dataPadrao', '1850-01-01Z', false],
  ['minInclusive: a zoned date later than the limit in UTC passes', 'st_dataPadrao', '1850-01-01-00:01', true],
  ['minInclusive: the limit itself passes', 'st_dataPadrao', '1850-01-01', true],
  ['minInclusive: the day before fails', 'st_dataPadrao', '1849-12-31', false],
  ['enumeration: strings are not trimmed', 'dm_versao', ' 4.01.00', false],
  ['enumeration: exact value passes', 'dm_versao', '4.01.00', true],
  ['pattern: strings are not trimmed', 'st_registroANS', ' 345474', false],
  ['pattern: [0-9] is ASCII only', 'st_registroANS', '٣٤٥٤٧٤', false],
  ['maxLength counts characters, not bytes', 'st_texto20', 'ç'.repeat(20), true],
  ['maxLength counts characters beyond the BMP once', 'st_texto20', '😀'.repeat(20), true],
  ['maxLength: one character too many', 'st_texto20', 'ç'.repeat(21), false],
  ['minLength: an empty text field fails', 'st_texto20', '', false],
  ['minLength: whitespace is content for strings', 'st_texto20', ' ', true],
];

/** xmldsig's base64Binary (ds:DigestValue), judged with the 4.01.00 set's xmldsig schema. */
const BASE64_QUIRKS: [string, string, boolean][] = [
  ['base64: characters outside the alphabet are skipped, not refused', 'QUJD😀', true],
  ['base64: even punctuation inside is skipped', 'QU!JD', true],
  ['base64: whitespace anywhere is fine', ' QU JD\n', true],
  ['base64: empty is valid', '', true],
  ['base64: data must fill 4-character groups', 'QUJ', false],
  ['base64: one "=" needs 3 data characters in the last group', 'QUJD=', false],
  ['base64: padding must not hide set bits', 'QUJ=', false],
  ['base64: no data after padding', 'QUI=A', false],
  ['base64: three "=" are never valid', 'QUI===', false],
];

describe('libxml2 quirks on simple values (TISS 4.01.00 types)', () => {
  let oracle: boolean[] = [];
  beforeAll(async () => {
    oracle = await libxml2TypeVerdicts(
      VERSION,
      VALUE_QUIRKS.map(([, type, value]) => ({ type, value })),
    );
  });

  VALUE_QUIRKS.forEach(([quirk, type, value, valid], i) => {
    it(`${quirk} (${type} ${JSON.stringify(value)} → ${valid ? 'valid' : 'invalid'})`, () => {
      expect(oracle[i]).toBe(valid);
      expect(checkSimpleValue(modelType(type), value) === undefined).toBe(valid);
    });
  });
});

/** The UTF-8 consulta fixture with one textual change. */
function consultaWith(find: RegExp, replace: string): string {
  const text = new TextDecoder().decode(fixtureBytes('valid/consulta-3-guias-utf8.xml'));
  const changed = text.replace(find, replace);
  if (changed === text) throw new Error(`no match for ${find}`);
  return changed;
}

/** [quirk, document, libxml2 says valid] */
const DOCUMENT_QUIRKS: [string, string, boolean][] = [
  [
    'xsi:schemaLocation is accepted on any element',
    consultaWith(
      /<ans:mensagemTISS /,
      '<ans:mensagemTISS xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.ans.gov.br/padroes/tiss/schemas tissV4_01_00.xsd" ',
    ),
    true,
  ],
  [
    'xsi:type naming the declared type is accepted',
    consultaWith(
      /<ans:numeroGuiaPrestador>/,
      '<ans:numeroGuiaPrestador xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="ans:st_texto20">',
    ),
    true,
  ],
  [
    'xsi:type naming another type is refused',
    consultaWith(
      /<ans:numeroGuiaPrestador>/,
      '<ans:numeroGuiaPrestador xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="ans:st_texto12">',
    ),
    false,
  ],
  [
    'xsi:type may name a type derived from the declared one (st_texto500 on the xs:string hash)',
    consultaWith(
      /<ans:hash>/,
      '<ans:hash xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="ans:st_texto500">',
    ),
    true,
  ],
  [
    'xsi:type then judges the value by the derived type (32-character hash in st_texto12)',
    consultaWith(
      /<ans:hash>/,
      '<ans:hash xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="ans:st_texto12">',
    ),
    false,
  ],
  [
    'xsi:nil is refused even when false (no TISS element is nillable)',
    consultaWith(
      /<ans:numeroGuiaPrestador>/,
      '<ans:numeroGuiaPrestador xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="false">',
    ),
    false,
  ],
  ['an undeclared attribute is refused', consultaWith(/<ans:cabecalho>/, '<ans:cabecalho id="1">'), false],
  [
    'a comment inside a value is ignored: the text around it is one value',
    consultaWith(/<ans:Padrao>4.01.00</, '<ans:Padrao>4.01<!-- x -->.00<'),
    true,
  ],
  ['CDATA is ordinary text', consultaWith(/<ans:Padrao>4.01.00</, '<ans:Padrao><![CDATA[4.01.00]]><'), true],
  [
    'entity references are decoded before checking',
    consultaWith(/<ans:Padrao>4.01.00</, '<ans:Padrao>4&#46;01.00<'),
    true,
  ],
  ['whitespace-only text between elements is fine', consultaWith(/<ans:cabecalho>/, '<ans:cabecalho> \n\t '), true],
  ['non-breaking space is text, not whitespace', consultaWith(/<ans:cabecalho>/, '<ans:cabecalho>\u00a0'), false],
  ['any prefix is the same namespace', consultaWith(/ans:/g, 'tiss:').replace('xmlns:ans=', 'xmlns:tiss='), true],
  ['the root must be in the TISS namespace', consultaWith(/ans:|xmlns:ans="[^"]*"/g, ''), false],
  ['a default namespace works too', consultaWith(/ans:/g, '').replace('xmlns:ans=', 'xmlns='), true],
];

describe('libxml2 quirks at document level', () => {
  let oracle = new Map<string, boolean>();
  beforeAll(async () => {
    oracle = await libxml2Verdicts(
      VERSION,
      DOCUMENT_QUIRKS.map(([, xml], i) => ({ name: `doc${i}.xml`, contents: xml })),
    );
  });

  DOCUMENT_QUIRKS.forEach(([quirk, xml, valid], i) => {
    it(`${quirk} → ${valid ? 'valid' : 'invalid'}`, () => {
      expect(oracle.get(`doc${i}.xml`)).toBe(valid);
      const decoded = decodeTissBytes(new TextEncoder().encode(xml));
      if (!decoded.ok) throw new Error('decode failed');
      const parsed = parseXml(decoded.text, decoded.encoding);
      if (!parsed.ok) throw new Error(parsed.finding.message);
      expect(validateSchema(parsed.document, VERSION)?.length === 0).toBe(valid);
    });
  });
});

/** The consulta fixture signed, with one change to the signature. */
function signedWith(change: (sig: XmlElement) => void): string {
  const decoded = decodeTissBytes(fixtureBytes('valid/consulta-3-guias.xml'));
  if (!decoded.ok) throw new Error('decode failed');
  const parsed = parseXml(decoded.text, decoded.encoding);
  if (!parsed.ok) throw new Error(parsed.finding.message);
  const root = parsed.document.root;
  const sig = signature(() => 0);
  change(sig);
  sig.parent = root;
  root.children.push(sig);
  return serialize(root);
}

function setIn(sig: XmlElement, name: string, set: (el: XmlElement) => void): void {
  const el = findFirst(sig, name);
  if (!el) throw new Error(`no ${name}`);
  set(el);
}

const signedWithDigest = (digest: string) =>
  signedWith((sig) =>
    setIn(sig, 'DigestValue', (el) => {
      el.text = digest;
    }),
  );
const signedWithUri = (uri: string) =>
  signedWith((sig) =>
    setIn(sig, 'Reference', (el) => {
      el.attributes.URI = uri;
    }),
  );

/** xmldsig's anyURI (ds:Reference/@URI). */
const URI_QUIRKS: [string, string, boolean][] = [
  ['anyURI: empty is a valid (same-document) reference', '', true],
  ['anyURI: spaces and non-ASCII letters are tolerated', 'arquivo de guias é.xml', true],
  ['anyURI: a bad percent-escape fails', '%zz', false],
  ['anyURI: a second "#" fails', 'a#b#c', false],
  ['anyURI: a ":" in a first segment without scheme fails', '1a:b', false],
  ['anyURI: an empty scheme fails', ':x', false],
  ['anyURI: a non-numeric port fails', 'http://x:abc/', false],
  ['anyURI: a fragment reference is fine', '#guias', true],
];

describe('libxml2 quirks on base64Binary (ds:Signature)', () => {
  let oracle = new Map<string, boolean>();
  beforeAll(async () => {
    oracle = await libxml2Verdicts(
      VERSION,
      BASE64_QUIRKS.map(([, value], i) => ({ name: `b64-${i}.xml`, contents: signedWithDigest(value) })),
    );
  });

  BASE64_QUIRKS.forEach(([quirk, value, valid], i) => {
    it(`${quirk} (${JSON.stringify(value)} → ${valid ? 'valid' : 'invalid'})`, () => {
      expect(oracle.get(`b64-${i}.xml`)).toBe(valid);
      const parsed = parseXml(signedWithDigest(value));
      if (!parsed.ok) throw new Error(parsed.finding.message);
      expect(validateSchema(parsed.document, VERSION)?.length === 0).toBe(valid);
    });
  });
});

describe('libxml2 quirks on anyURI (ds:Signature)', () => {
  let oracle = new Map<string, boolean>();
  beforeAll(async () => {
    oracle = await libxml2Verdicts(
      VERSION,
      URI_QUIRKS.map(([, value], i) => ({ name: `uri-${i}.xml`, contents: signedWithUri(value) })),
    );
  });

  URI_QUIRKS.forEach(([quirk, value, valid], i) => {
    it(`${quirk} (${JSON.stringify(value)} → ${valid ? 'valid' : 'invalid'})`, () => {
      expect(oracle.get(`uri-${i}.xml`)).toBe(valid);
      const parsed = parseXml(signedWithUri(value));
      if (!parsed.ok) throw new Error(parsed.finding.message);
      expect(validateSchema(parsed.document, VERSION)?.length === 0).toBe(valid);
    });
  });
});

const foreignInKeyInfo = (xsiType: string | undefined, withChild: boolean) =>
  signedWith((sig) =>
    setIn(sig, 'KeyInfo', (keyInfo) => {
      const foreign = element(
        'extensao',
        withChild ? '' : 'abc',
        withChild ? [element('item', '1', [], 'urn:outro')] : [],
        'urn:outro',
      );
      if (xsiType) foreign.attributes['xsi:type'] = xsiType;
      foreign.parent = keyInfo;
      keyInfo.children.unshift(foreign);
    }),
  );

/** Foreign elements under xmldsig's lax wildcards. */
const LAX_QUIRKS: [string, string, boolean][] = [
  ['lax: an unknown foreign element with content is skipped', foreignInKeyInfo(undefined, true), true],
  ['lax: xsi:type on it is still honoured (text fits st_texto20)', foreignInKeyInfo('ans:st_texto20', false), true],
  [
    'lax: xsi:type on it is still honoured (child elements do not fit a simple type)',
    foreignInKeyInfo('ans:st_texto20', true),
    false,
  ],
  ['lax: an xsi:type that names no type fails', foreignInKeyInfo('ans:tipoInexistente', false), false],
];

describe('libxml2 quirks on lax wildcards (ds:Signature)', () => {
  let oracle = new Map<string, boolean>();
  beforeAll(async () => {
    oracle = await libxml2Verdicts(
      VERSION,
      LAX_QUIRKS.map(([, xml], i) => ({ name: `lax-${i}.xml`, contents: xml })),
    );
  });

  LAX_QUIRKS.forEach(([quirk, xml, valid], i) => {
    it(`${quirk} → ${valid ? 'valid' : 'invalid'}`, () => {
      expect(oracle.get(`lax-${i}.xml`)).toBe(valid);
      const parsed = parseXml(xml);
      if (!parsed.ok) throw new Error(parsed.finding.message);
      expect(validateSchema(parsed.document, VERSION)?.length === 0).toBe(valid);
    });
  });
});
