// The upload pre-check's local validation: the TISS engine plus the operadora's pack, with the page's
// (possibly synced) pack preferred and the bundled ones for an XML of another operadora.
import type { Finding } from '../../shared/findings.ts';
import { defaultPacks } from '../../shared/packs/index.ts';
import type { RulePack } from '../../shared/rules/pack-schema.ts';
import { validateXml } from '../../shared/validate.ts';

export async function validateUploadXml(
  bytes: Uint8Array,
  fileName: string,
  pack: RulePack | undefined,
  hoje: string,
): Promise<Finding[]> {
  const packs = pack ? [pack, ...defaultPacks.filter((p) => p.operadora.chave !== pack.operadora.chave)] : defaultPacks;
  return validateXml(bytes, { packs, hoje, fileName }).findings;
}
