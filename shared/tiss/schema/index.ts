// Schema validation of a parsed TISS message against the official XSD of the version its Padrao names,
// using the models compiled by scripts/gen-tiss-model.ts. Verdicts match libxml2 (xmllint), checked by
// test/unit/tiss-schema-differential.test.ts on the fixtures and on generated mutants.
//
// Digital signature (ds:Signature, optional at the end of mensagemTISS): validated like the rest, with the
// xmldsig model compiled from xmldsig-core-schema.xsd — structure, attributes (Algorithm required, Id
// unique), base64 values; its wildcards follow processContents (lax: unknown foreign elements skipped).
// The signature value itself is not verified cryptographically here.
import type { Finding } from '../../findings.ts';
import { ElementFrame } from '../locate.ts';
import { TISS_SCHEMA_MODELS } from '../model/index.ts';
import type { XmlDocument, XmlElement } from '../xml-tree.ts';
import { SchemaChecker } from './validate.ts';

export { SchemaChecker };

/** TISS versions with a compiled XSD model, oldest first. */
export const SUPPORTED_TISS_VERSIONS: readonly string[] = Object.keys(TISS_SCHEMA_MODELS).sort();

let published: ReadonlySet<string> | undefined;

/** Every TISS version some vendored XSD's dm_versao lists (the published ones, as far as our XSDs know). */
export function publishedTissVersions(): ReadonlySet<string> {
  published ??= new Set([
    ...SUPPORTED_TISS_VERSIONS,
    ...Object.values(TISS_SCHEMA_MODELS).flatMap((m) =>
      m.types.flatMap((t) => (t.k === 's' && t.n === 'dm_versao' ? (t.e ?? []) : [])),
    ),
  ]);
  return published;
}

/** A checker for the XSD of `versao`, to be fed the parser's events; undefined when there is no model for it. */
export function schemaChecker(versao: string): SchemaChecker | undefined {
  const model = TISS_SCHEMA_MODELS[versao];
  return model && new SchemaChecker(model, versao);
}

/**
 * Findings (rule tiss/schema) for an already built tree against the XSD of `versao` (undefined when there is no
 * model for it): the tree is replayed as the parser's events into the same checker validateTiss runs.
 */
export function validateSchema(doc: XmlDocument, versao: string): Finding[] | undefined {
  const checker = schemaChecker(versao);
  if (!checker) return undefined;
  // Iterative: [element, its frame, next child index].
  const stack: [XmlElement, ElementFrame, number][] = [];
  const enter = (el: XmlElement, parent: ElementFrame | undefined) => {
    const frame = new ElementFrame(el.name, el.ns, el.attributes, el.line, el.column, parent);
    frame.text = el.text;
    checker.open(frame);
    stack.push([el, frame, 0]);
  };
  enter(doc.root, undefined);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [el, frame, next] = top;
    if (next < el.children.length) {
      top[2]++;
      enter(el.children[next]!, frame);
    } else {
      stack.pop();
      checker.close(frame);
    }
  }
  return checker.findings();
}
