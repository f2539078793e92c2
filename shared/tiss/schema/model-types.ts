// Shape of a compiled TISS schema model: what scripts/gen-tiss-model.ts emits from the official XSDs and
// what the validator walks. Compact on purpose (it ships in the extension): tuples for particles, indices
// into shared tables instead of nested objects, and each named type emitted once.

/** XSD built-in types the TISS schemas (and xmldsig) restrict. */
export type BuiltinType =
  | 'string'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'time'
  | 'dateTime'
  | 'boolean'
  | 'base64Binary'
  | 'anyURI'
  | 'ID'
  | 'anySimpleType';

/** A simple type with its facets flattened along the restriction chain (derived facets win). */
export interface SimpleTypeModel {
  k: 's';
  /** Type name as in the XSD (e.g. "st_data"), for the technical detail. */
  n: string;
  b: BuiltinType;
  /** enumeration values (the most derived step that has any). */
  e?: string[];
  /** patterns: one array per restriction step; a value must match one pattern of every step. */
  p?: string[][];
  /** length / minLength / maxLength, in characters. */
  l?: number;
  mnl?: number;
  mxl?: number;
  /** totalDigits / fractionDigits. */
  td?: number;
  fd?: number;
  /** minInclusive / maxInclusive / minExclusive / maxExclusive, as lexical values. */
  mni?: string;
  mxi?: string;
  mne?: string;
  mxe?: string;
  /** Names of the types this one restricts, nearest first (so xsi:type can check derivation). */
  d?: string[];
}

/**
 * Wildcard namespace constraint: '##any'; '!' + URI for ##other (any namespace but that one, and not the
 * empty one); otherwise the space-separated list of allowed URIs ('' = no namespace).
 */
export type WildcardNs = string;
/** processContents: strict, lax, skip. */
export type ProcessContents = 's' | 'l' | 'k';

/** maxOccurs -1 means unbounded. */
export type Particle =
  | [kind: 'e', min: number, max: number, element: number]
  | [kind: 'q' | 'c', min: number, max: number, children: Particle[]]
  | [kind: 'w', min: number, max: number, ns: WildcardNs, process: ProcessContents];

/** [name, required (1) or optional (0), simple type index]. Attributes are unqualified in these schemas. */
export type AttributeUse = [name: string, required: 0 | 1, type: number];

export interface ComplexTypeModel {
  k: 'c';
  /** Type name as in the XSD; absent for anonymous types. */
  n?: string;
  /** Content particle; absent = empty content. */
  p?: Particle;
  /** mixed="true": character data allowed between children. */
  m?: 1;
  /** simpleContent: index of the simple type of the text. */
  s?: number;
  a?: AttributeUse[];
}

export type TypeModel = SimpleTypeModel | ComplexTypeModel;

/** [local name, namespace index, type index]. */
export type ElementDecl = [name: string, ns: number, type: number];

export interface TissSchemaModel {
  /** TISS version this model was compiled from (the folder name under third_party/ans-tiss). */
  version: string;
  /** Namespace URIs; index 0 is the TISS target namespace. */
  ns: string[];
  types: TypeModel[];
  elements: ElementDecl[];
  /** Global element declarations by "nsIndex name" (roots, refs and strict/lax wildcards). */
  globals: Record<string, number>;
  /** The root element every TISS message starts with (mensagemTISS). */
  root: number;
}
