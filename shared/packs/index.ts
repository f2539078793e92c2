// The default packs, one per operadora in the seeds, validated at load. They ship inside the extension
// (last resort when no synced pack exists), seed the worker, and serve the CLI and the admin "Testar".
import { parseRulePack, type RulePack } from '../rules/pack-schema.ts';
import pasa from './331988.json';
import pasSerpro from './345474.json';
import arcelorMittal from './arcelormittal-tubarao-funssest.json';
import ipam from './ipam.json';

/** Raw JSON by file key, as committed. */
export const defaultPackFiles: Readonly<Record<string, unknown>> = {
  '345474': pasSerpro,
  '331988': pasa,
  'arcelormittal-tubarao-funssest': arcelorMittal,
  ipam,
};

function load(key: string, raw: unknown): RulePack {
  const parsed = parseRulePack(raw);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new Error(`pacote padrão ${key} inválido: ${first?.path}: ${first?.message}`);
  }
  return parsed.pack;
}

export const defaultPacks: readonly RulePack[] = Object.entries(defaultPackFiles).map(([k, raw]) => load(k, raw));
