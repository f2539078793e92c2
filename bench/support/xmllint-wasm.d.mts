import type { XMLFileInfo, XMLValidationResult } from 'xmllint-wasm';

export function readXsdFolder(dir: string): XMLFileInfo[];
export function validateWithWasm(
  xsdFiles: XMLFileInfo[],
  mainXsd: string,
  xmlPath: string,
): Promise<XMLValidationResult>;
