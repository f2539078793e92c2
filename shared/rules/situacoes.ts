// Lote/protocolo situações are data in the pack: a canonical key with the wordings seen on pages and in
// manuals. A page text maps to its key by normalised comparison with the key's synonyms.
import type { RulePack } from './pack-schema.ts';
import { normalizeText } from './text.ts';

/** Canonical key of a situação text, or undefined when the pack does not know the wording. */
export function situacaoKey(pack: Pick<RulePack, 'portal'>, text: string): string | undefined {
  const wanted = normalizeText(text);
  for (const [key, synonyms] of Object.entries(pack.portal.situacoes)) {
    if (normalizeText(key) === wanted) return key;
    if (synonyms.some((s) => normalizeText(s) === wanted)) return key;
  }
  return undefined;
}

/** The first wording of a key, for messages ("Aberto"). */
export function situacaoLabel(pack: Pick<RulePack, 'portal'>, key: string): string {
  return pack.portal.situacoes[key]?.[0] ?? key;
}
