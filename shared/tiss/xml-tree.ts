// The parsed-document contract shared by the TISS engine (parser, schema validator, hash) and the rule
// engine (context from a TISS document). Namespaces are resolved away: TISS has a single namespace and
// any prefix is legal, so elements are known by local name; `ns` keeps the namespace URI for the checks
// that need it (e.g. ds:Signature).
export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI ('' when none). */
  ns: string;
  /** Attributes by qualified name as written (xmlns declarations excluded). */
  attributes: Record<string, string>;
  /** Read-only in practice: the parser gives every leaf (and attribute-less element) one shared frozen empty array/object. */
  children: XmlElement[];
  /**
   * Decoded character data directly inside this element (entities and CDATA resolved), untrimmed. Leaf text is
   * exact; whitespace-only runs around child elements (indentation) are not kept (shared/tiss/parse.ts).
   */
  text: string;
  /** 1-based position of the start tag's '<'. */
  line: number;
  column: number;
  parent?: XmlElement;
}

export interface XmlDocument {
  root: XmlElement;
  /** Encoding used to decode the bytes ('ISO-8859-1', 'UTF-8'). */
  encoding: string;
}
