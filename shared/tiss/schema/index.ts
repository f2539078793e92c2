// Schema validation of a parsed TISS message against the official XSD of the version its Padrao names,
// using the models compiled by scripts/gen-tiss-model.ts. Verdicts match libxml2 (xmllint), checked by
// test/unit/tiss-schema-differential.test.ts on the fixtures and on generated mutants.
//
// Digital signature (ds:Signature, optional at the end of mensagemTISS): validated like the rest, with the
// xmldsig model compiled from xmldsig-core-schema.xsd — structure, attributes (Algorithm required, Id
// unique), base64 values; its wildcards follow processContents (lax: unknown foreign elements skipped).
// The signature value itself is not verified cryptographically here.
import type { Finding } from '../../findings.ts';
import { TISS_SCHEMA_MODELS } from '../model/index.ts';
import type { XmlDocument } from '../xml-tree.ts';
import { validateWithModel } from './validate.ts';

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

/** Findings (rule tiss/schema) for `doc` against the XSD of `versao`; undefined when there is no model for it. */
export function validateSchema(doc: XmlDocument, versao: string): Finding[] | undefined {
  const model = TISS_SCHEMA_MODELS[versao];
  if (!model) return undefined;
  return validateWithModel(doc.root, model, versao);
}
