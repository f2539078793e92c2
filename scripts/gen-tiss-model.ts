// Compiles the official TISS XSD sets in third_party/ans-tiss/<version>/ into the compact models in
// shared/tiss/model/ that the schema validator walks (npm run gen:tiss-model). A new TISS version is data:
// drop its XSDs in a new folder and re-run. `--check` exits 1 when the committed models are stale.
//
// Only the part of XML Schema that the TISS and xmldsig files use is supported; anything else stops the
// generator with a clear error instead of being silently mis-compiled.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import type {
  AttributeUse,
  BuiltinType,
  ComplexTypeModel,
  ElementDecl,
  Particle,
  SimpleTypeModel,
  TissSchemaModel,
  TypeModel,
} from '../shared/tiss/schema/model-types.ts';

const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
const TISS_NS = 'http://www.ans.gov.br/padroes/tiss/schemas';
const ROOT_ELEMENT = 'mensagemTISS';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const XSD_DIR = join(repoRoot, 'third_party/ans-tiss');
export const MODEL_DIR = join(repoRoot, 'shared/tiss/model');

const BUILTINS: Record<string, BuiltinType> = {
  string: 'string',
  normalizedString: 'string',
  decimal: 'decimal',
  integer: 'integer',
  date: 'date',
  time: 'time',
  dateTime: 'dateTime',
  boolean: 'boolean',
  base64Binary: 'base64Binary',
  anyURI: 'anyURI',
  ID: 'ID',
  anySimpleType: 'anySimpleType',
};

/** Built-in types a built-in restricts, nearest first (for xsi:type: is the named type derived from the declared one). */
const BUILTIN_ANCESTORS: Record<string, string[]> = {
  integer: ['decimal', 'anySimpleType'],
  ID: ['NCName', 'Name', 'token', 'normalizedString', 'string', 'anySimpleType'],
  normalizedString: ['string', 'anySimpleType'],
  string: ['anySimpleType'],
  decimal: ['anySimpleType'],
  date: ['anySimpleType'],
  time: ['anySimpleType'],
  dateTime: ['anySimpleType'],
  boolean: ['anySimpleType'],
  base64Binary: ['anySimpleType'],
  anyURI: ['anySimpleType'],
};

/** One XSD node as read: local name, attributes, child nodes, the in-scope namespace prefixes. */
interface XsdNode {
  name: string;
  attrs: Record<string, string>;
  children: XsdNode[];
  prefixes: Record<string, string>;
  /** targetNamespace of the schema document the node comes from. */
  tns: string;
  file: string;
}

type Raw = Record<string, unknown>;

const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

function toNodes(raw: Raw[], inherited: Record<string, string>, tns: string, file: string): XsdNode[] {
  const out: XsdNode[] = [];
  for (const item of raw) {
    const tag = Object.keys(item).find((k) => k !== ':@');
    if (tag === undefined || tag === '#text' || tag.startsWith('?')) continue;
    const attrs = { ...((item[':@'] as Record<string, string> | undefined) ?? {}) };
    const prefixes = { ...inherited };
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'xmlns') prefixes[''] = v;
      else if (k.startsWith('xmlns:')) prefixes[k.slice(6)] = v;
    }
    const ownTns = localName(tag) === 'schema' ? (attrs.targetNamespace ?? '') : tns;
    out.push({
      name: localName(tag),
      attrs,
      children: toNodes(item[tag] as Raw[], prefixes, ownTns, file),
      prefixes,
      tns: ownTns,
      file,
    });
  }
  return out;
}

function readSchemaDoc(path: string): XsdNode {
  // The XSDs are ISO-8859-1 or UTF-8 (declared); 'latin1' is byte-exact for the former and the markup we
  // read is ASCII in both. xmldsig-core-schema.xsd carries a DOCTYPE whose entities the schema body never
  // uses; it is dropped because the XML reader refuses parameter entities.
  const bytes = readFileSync(path);
  const declared = /encoding="([^"]+)"/.exec(bytes.subarray(0, 100).toString('latin1'))?.[1]?.toUpperCase();
  const text = bytes
    .toString(declared === 'UTF-8' ? 'utf8' : 'latin1')
    .replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/, '');
  const schema = toNodes(xmlParser.parse(text) as Raw[], {}, '', path).find((n) => n.name === 'schema');
  if (!schema) throw new Error(`${path}: no <schema> element`);
  return schema;
}

class SchemaSet {
  readonly elements = new Map<string, XsdNode>();
  readonly complexTypes = new Map<string, XsdNode>();
  readonly simpleTypes = new Map<string, XsdNode>();
  private readonly loaded = new Set<string>();

  load(path: string): void {
    if (this.loaded.has(path)) return;
    this.loaded.add(path);
    const schema = readSchemaDoc(path);
    for (const child of schema.children) {
      const key = `{${schema.tns}}${child.attrs.name}`;
      switch (child.name) {
        case 'include':
        case 'import':
          if (!child.attrs.schemaLocation) throw new Error(`${path}: ${child.name} without schemaLocation`);
          this.load(join(dirname(path), child.attrs.schemaLocation));
          break;
        case 'element':
          this.elements.set(key, child);
          break;
        case 'complexType':
          this.complexTypes.set(key, child);
          break;
        case 'simpleType':
          this.simpleTypes.set(key, child);
          break;
        case 'annotation':
          break;
        default:
          throw new Error(`${path}: unsupported top-level <${child.name}>`);
      }
    }
  }
}

/** Resolves a QName attribute value against the node's in-scope prefixes into "{ns}local". */
function qname(node: XsdNode, value: string): string {
  const i = value.indexOf(':');
  const prefix = i < 0 ? '' : value.slice(0, i);
  const ns = node.prefixes[prefix];
  if (ns === undefined) throw new Error(`${node.file}: unknown prefix in "${value}"`);
  return `{${ns}}${value.slice(i + 1)}`;
}

function occurs(node: XsdNode): [number, number] {
  const min = node.attrs.minOccurs === undefined ? 1 : Number(node.attrs.minOccurs);
  const maxRaw = node.attrs.maxOccurs;
  const max = maxRaw === undefined ? 1 : maxRaw === 'unbounded' ? -1 : Number(maxRaw);
  return [min, max];
}

const elementChildren = (node: XsdNode) => node.children.filter((c) => c.name !== 'annotation');

class ModelBuilder {
  private readonly nsList: string[] = [TISS_NS];
  private readonly types: TypeModel[] = [];
  private readonly typeKeys = new Map<string, number>();
  private readonly namedTypes = new Map<string, number>();
  private readonly elements: ElementDecl[] = [];
  private readonly elementKeys = new Map<string, number>();
  private readonly globals: Record<string, number> = {};

  constructor(private readonly set: SchemaSet) {}

  build(version: string): TissSchemaModel {
    for (const key of this.set.elements.keys()) this.globalElement(key);
    const root = this.globals[`0 ${ROOT_ELEMENT}`];
    if (root === undefined) throw new Error(`no global ${ROOT_ELEMENT}`);
    return { version, ns: this.nsList, types: this.types, elements: this.elements, globals: this.globals, root };
  }

  private nsIndex(uri: string): number {
    let i = this.nsList.indexOf(uri);
    if (i < 0) i = this.nsList.push(uri) - 1;
    return i;
  }

  /** Anonymous types are shared when identical; named types keep their own entry (their name is shown). */
  private intern(type: TypeModel): number {
    const key = JSON.stringify(type);
    const found = this.typeKeys.get(key);
    if (found !== undefined) return found;
    const i = this.types.push(type) - 1;
    this.typeKeys.set(key, i);
    return i;
  }

  private globalElement(key: string): number {
    const m = /^\{(.*)\}(.*)$/.exec(key);
    if (!m) throw new Error(`bad element key ${key}`);
    const ns = this.nsIndex(m[1] ?? '');
    const gkey = `${ns} ${m[2]}`;
    const known = this.globals[gkey];
    if (known !== undefined) return known;
    const node = this.set.elements.get(key);
    if (!node) throw new Error(`element ${key} is not declared`);
    // Reserve the slot first: a global element may be reached again while its type is compiled.
    const index = this.elements.push([m[2] ?? '', ns, -1]) - 1;
    this.globals[gkey] = index;
    const decl = this.elements[index];
    if (decl) decl[2] = this.elementType(node);
    return index;
  }

  private localElement(node: XsdNode): number {
    if (node.attrs.form === 'unqualified') throw new Error(`${node.file}: unqualified local elements unsupported`);
    const decl: ElementDecl = [node.attrs.name ?? '', this.nsIndex(node.tns), this.elementType(node)];
    const key = JSON.stringify(decl);
    const found = this.elementKeys.get(key);
    if (found !== undefined) return found;
    const i = this.elements.push(decl) - 1;
    this.elementKeys.set(key, i);
    return i;
  }

  private elementType(node: XsdNode): number {
    for (const attr of ['default', 'fixed', 'nillable', 'abstract', 'substitutionGroup']) {
      if (node.attrs[attr] !== undefined) throw new Error(`${node.file}: element attribute ${attr} unsupported`);
    }
    if (node.attrs.type) return this.namedType(qname(node, node.attrs.type), node);
    const inline = elementChildren(node)[0];
    if (!inline) throw new Error(`${node.file}: element ${node.attrs.name} without a type (anyType) unsupported`);
    return inline.name === 'complexType' ? this.complexType(inline) : this.simpleType(inline, '');
  }

  private namedType(key: string, from: XsdNode): number {
    const known = this.namedTypes.get(key);
    if (known !== undefined) return known;
    const local = key.slice(key.indexOf('}') + 1);
    let index: number;
    if (key.startsWith(`{${XSD_NS}}`)) {
      const b = BUILTINS[local];
      if (!b) throw new Error(`${from.file}: built-in type ${local} unsupported`);
      const ancestors = BUILTIN_ANCESTORS[local];
      index = this.types.push({ k: 's', n: local, b, ...(ancestors ? { d: ancestors } : {}) }) - 1;
    } else if (this.set.simpleTypes.has(key)) {
      index = this.types.push({ k: 's', n: local, b: 'string' }) - 1;
      this.namedTypes.set(key, index);
      this.types[index] = this.simpleTypeModel(this.set.simpleTypes.get(key) as XsdNode, local);
    } else if (this.set.complexTypes.has(key)) {
      index = this.types.push({ k: 'c', n: local }) - 1;
      this.namedTypes.set(key, index);
      this.types[index] = { ...this.complexTypeModel(this.set.complexTypes.get(key) as XsdNode), n: local };
    } else {
      throw new Error(`${from.file}: type ${key} is not declared`);
    }
    this.namedTypes.set(key, index);
    return index;
  }

  private simpleType(node: XsdNode, name: string): number {
    return this.intern(this.simpleTypeModel(node, name));
  }

  private simpleTypeModel(node: XsdNode, name: string): SimpleTypeModel {
    const restriction = elementChildren(node)[0];
    if (restriction?.name !== 'restriction') throw new Error(`${node.file}: simpleType ${name}: only restriction`);
    let base: SimpleTypeModel;
    if (restriction.attrs.base) {
      const t = this.types[this.namedType(qname(restriction, restriction.attrs.base), restriction)];
      if (t?.k !== 's') throw new Error(`${node.file}: simpleType ${name}: base is not simple`);
      base = t;
    } else {
      const inline = elementChildren(restriction).find((c) => c.name === 'simpleType');
      if (!inline) throw new Error(`${node.file}: simpleType ${name}: restriction without base`);
      base = this.simpleTypeModel(inline, '');
    }
    const out: SimpleTypeModel = { ...base, k: 's', n: name || base.n, d: [base.n, ...(base.d ?? [])] };
    const enums: string[] = [];
    const patterns: string[] = [];
    for (const facet of elementChildren(restriction)) {
      const v = facet.attrs.value ?? '';
      switch (facet.name) {
        case 'enumeration':
          enums.push(v);
          break;
        case 'pattern':
          patterns.push(v);
          break;
        case 'length':
          out.l = Number(v);
          break;
        case 'minLength':
          out.mnl = Number(v);
          break;
        case 'maxLength':
          out.mxl = Number(v);
          break;
        case 'totalDigits':
          out.td = Number(v);
          break;
        case 'fractionDigits':
          out.fd = Number(v);
          break;
        case 'minInclusive':
          out.mni = v;
          break;
        case 'maxInclusive':
          out.mxi = v;
          break;
        case 'minExclusive':
          out.mne = v;
          break;
        case 'maxExclusive':
          out.mxe = v;
          break;
        case 'simpleType':
          break;
        default:
          throw new Error(`${node.file}: simpleType ${name}: facet ${facet.name} unsupported`);
      }
    }
    if (enums.length > 0) out.e = enums;
    if (patterns.length > 0) out.p = [...(base.p ?? []), patterns];
    return out;
  }

  private complexType(node: XsdNode): number {
    return this.intern(this.complexTypeModel(node));
  }

  private complexTypeModel(node: XsdNode): ComplexTypeModel {
    const out: ComplexTypeModel = { k: 'c' };
    if (node.attrs.mixed === 'true') out.m = 1;
    const attrs: AttributeUse[] = [];
    for (const child of elementChildren(node)) {
      switch (child.name) {
        case 'sequence':
        case 'choice':
          out.p = this.particle(child);
          break;
        case 'attribute':
          attrs.push(this.attribute(child));
          break;
        case 'complexContent':
          this.complexContent(child, out, attrs);
          break;
        case 'simpleContent':
          this.simpleContent(child, out, attrs);
          break;
        default:
          throw new Error(`${node.file}: complexType: <${child.name}> unsupported`);
      }
    }
    if (attrs.length > 0) out.a = attrs;
    return out;
  }

  private complexContent(node: XsdNode, out: ComplexTypeModel, attrs: AttributeUse[]): void {
    const ext = elementChildren(node)[0];
    if (ext?.name !== 'extension' || !ext.attrs.base) throw new Error(`${node.file}: complexContent: only extension`);
    const base = this.types[this.namedType(qname(ext, ext.attrs.base), ext)];
    if (base?.k !== 'c') throw new Error(`${node.file}: complexContent extension of a simple type`);
    if (base.m || node.attrs.mixed === 'true') out.m = 1;
    attrs.push(...(base.a ?? []));
    const own: Particle[] = [];
    for (const child of elementChildren(ext)) {
      if (child.name === 'attribute') attrs.push(this.attribute(child));
      else if (child.name === 'sequence' || child.name === 'choice') own.push(this.particle(child));
      else throw new Error(`${node.file}: extension: <${child.name}> unsupported`);
    }
    // Extension = the base's content followed by the new content, as one sequence.
    const parts = [...(base.p ? [base.p] : []), ...own];
    if (parts.length === 1) out.p = parts[0];
    else if (parts.length > 1) out.p = ['q', 1, 1, parts];
  }

  private simpleContent(node: XsdNode, out: ComplexTypeModel, attrs: AttributeUse[]): void {
    const ext = elementChildren(node)[0];
    if (ext?.name !== 'extension' || !ext.attrs.base) throw new Error(`${node.file}: simpleContent: only extension`);
    out.s = this.namedType(qname(ext, ext.attrs.base), ext);
    for (const child of elementChildren(ext)) {
      if (child.name !== 'attribute') throw new Error(`${node.file}: simpleContent: <${child.name}> unsupported`);
      attrs.push(this.attribute(child));
    }
  }

  private attribute(node: XsdNode): AttributeUse {
    const { name, type, use } = node.attrs;
    if (!name || !type || node.attrs.form || node.attrs.default || node.attrs.fixed) {
      throw new Error(`${node.file}: attribute form unsupported`);
    }
    return [name, use === 'required' ? 1 : 0, this.namedType(qname(node, type), node)];
  }

  private particle(node: XsdNode): Particle {
    const [min, max] = occurs(node);
    switch (node.name) {
      case 'element':
        return [
          'e',
          min,
          max,
          node.attrs.ref ? this.globalElement(qname(node, node.attrs.ref)) : this.localElement(node),
        ];
      case 'sequence':
      case 'choice':
        return [node.name === 'sequence' ? 'q' : 'c', min, max, elementChildren(node).map((c) => this.particle(c))];
      case 'any': {
        const pc = node.attrs.processContents ?? 'strict';
        return ['w', min, max, wildcardNs(node), pc === 'lax' ? 'l' : pc === 'skip' ? 'k' : 's'];
      }
      default:
        throw new Error(`${node.file}: particle <${node.name}> unsupported`);
    }
  }
}

/** Namespace constraint with the declaring schema's namespace resolved (see WildcardNs). */
function wildcardNs(node: XsdNode): string {
  const spec = node.attrs.namespace ?? '##any';
  if (spec === '##any') return spec;
  if (spec === '##other') return `!${node.tns}`;
  return spec
    .split(/\s+/)
    .map((t) => (t === '##targetNamespace' ? node.tns : t === '##local' ? '' : t))
    .join(' ');
}

/** The main schema of a version folder: the one file that declares mensagemTISS. */
function mainSchemaFile(dir: string): string {
  const main = readdirSync(dir).find((f) => /^tissV\d+_\d+_\d+\.xsd$/.test(f));
  if (!main) throw new Error(`${dir}: no tissVx_xx_xx.xsd`);
  return join(dir, main);
}

export function tissVersions(): string[] {
  return readdirSync(XSD_DIR)
    .filter((d) => /^\d+\.\d+\.\d+$/.test(d) && existsSync(join(XSD_DIR, d)))
    .sort();
}

export function compileTissModel(version: string): TissSchemaModel {
  const set = new SchemaSet();
  set.load(mainSchemaFile(join(XSD_DIR, version)));
  return new ModelBuilder(set).build(version);
}

const HEADER = '// Generated by scripts/gen-tiss-model.ts (npm run gen:tiss-model). Do not edit.\n';

function identifier(version: string): string {
  return `tiss_${version.replace(/\./g, '_')}`;
}

/** Every generated file, by path relative to shared/tiss/model/. */
export function generateModelSources(): Map<string, string> {
  const files = new Map<string, string>();
  const versions = tissVersions();
  for (const version of versions) {
    const json = JSON.stringify(compileTissModel(version));
    files.set(
      `${version}.ts`,
      `${HEADER}// Source: third_party/ans-tiss/${version}/ (official ANS XSDs).\n` +
        // A JSON string parses faster than an object literal of this size and costs tsc nothing; it is parsed
        // on first use (index.ts), so a message of one version does not pay for the others.
        `export const ${identifier(version)}_json = ${JSON.stringify(json)};\n`,
    );
  }
  files.set(
    'index.ts',
    `${HEADER}import type { TissSchemaModel } from '../schema/model-types.ts';\n` +
      versions.map((v) => `import { ${identifier(v)}_json } from './${v}.ts';\n`).join('') +
      '\nconst json: Record<string, string> = {\n' +
      versions.map((v) => `  '${v}': ${identifier(v)}_json,\n`).join('') +
      '};\nconst parsed = new Map<string, TissSchemaModel>();\n\n' +
      '/** Compiled schema model by TISS version (text of cabecalho/Padrao); each is parsed on first access. */\n' +
      'export const TISS_SCHEMA_MODELS: Readonly<Record<string, TissSchemaModel>> = Object.freeze(\n' +
      '  Object.defineProperties(\n' +
      '    {},\n' +
      '    Object.fromEntries(\n' +
      '      Object.keys(json).map((v) => [\n' +
      '        v,\n' +
      '        {\n' +
      '          enumerable: true,\n' +
      '          get(): TissSchemaModel {\n' +
      '            let model = parsed.get(v);\n' +
      '            if (!model) parsed.set(v, (model = JSON.parse(json[v]!) as TissSchemaModel));\n' +
      '            return model;\n' +
      '          },\n' +
      '        },\n' +
      '      ]),\n' +
      '    ),\n' +
      '  ),\n' +
      ');\n',
  );
  return files;
}

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, content] of generateModelSources()) {
    const path = join(MODEL_DIR, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const kib = (Buffer.byteLength(content) / 1024).toFixed(1);
    if (current === content) {
      console.log(`${name}: ${kib} KiB (up to date)`);
    } else if (check) {
      console.log(`${name}: STALE`);
      stale++;
    } else {
      writeFileSync(path, content);
      console.log(`${name}: ${kib} KiB (written)`);
    }
  }
  if (stale > 0) {
    console.error('The committed TISS models are stale: run npm run gen:tiss-model.');
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
