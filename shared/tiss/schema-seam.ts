// SEAM between the TISS engine (validateTiss) and the XSD validator in shared/tiss/schema/ (built in parallel).
// When shared/tiss/schema/index.ts exists, this file becomes a one-line re-export of its
// SUPPORTED_TISS_VERSIONS and validateSchema. Until then: the versions we have XSDs for, and no schema check.
import type { Finding } from '../findings.ts';
import type { XmlDocument } from './xml-tree.ts';

export const SUPPORTED_TISS_VERSIONS: readonly string[] = ['4.01.00', '4.02.00'];

/** Schema findings for `doc` against the XSD of `versao`; undefined = version not supported (or no validator yet). */
export const validateSchema: ((doc: XmlDocument, versao: string) => Finding[] | undefined) | undefined = undefined;
