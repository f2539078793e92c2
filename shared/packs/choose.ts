// Which pack applies to an operadora, from any way it reaches us: the portal header's picker
// ("PASA | 331988"), the "NOME - ANS nº 123456" form, a lote's Operadora field, a bare registro ANS
// ("33.080-9", "330809"), a pack key, a name ("FUNSSEST"), or the XML's registroANS. One function for the
// content script, the popup, the CLI and the worker, so an operadora is never recognised in one place and
// missed in another.
import type { RulePack } from '../rules/pack-schema.ts';
import { normalizeText } from '../rules/text.ts';

type PackOperadora = Pick<RulePack, 'operadora'>;

/** What a text says about the operadora: its registro ANS (6 digits) and its name, either may be missing. */
export interface OperadoraShown {
  registroAns?: string;
  nome?: string;
}

/**
 * Splits a shown operadora: "POSTAL SAÚDE | 419133", "IPAM - ANS nº 999991", "Registro Operadora - ANS Nº
 * 33.080-9", "331988", "33198-8", "FUNSSEST". A number is a registro only after "|" or "ANS nº", or when it
 * is the whole text: a name may hold digits of its own.
 */
export function parseOperadoraShown(text: string): OperadoraShown {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const whole = trimmed.replace(/[\s.\-/]/g, '');
  if (/^\d{6}$/.test(whole)) return { registroAns: whole };
  const marked = /(?:\||\bans\s*n\S{0,2})\s*(\d{2}\.?\d{3}-?\d)\b/i.exec(trimmed);
  const registroAns = marked?.[1]?.replace(/\D/g, '');
  const nome = (marked ? trimmed.slice(0, marked.index) : trimmed).replace(/[\s|–-]+$/u, '').trim();
  return { ...(registroAns ? { registroAns } : {}), ...(nome ? { nome } : {}) };
}

/** Words of a name as compared: no accents, case, punctuation ("ArcelorMittal Tubarão" → "arcelormittal tubarao"). */
function words(text: string): string[] {
  return normalizeText(text).split(' ').filter(Boolean);
}

/** Whether `needle` occurs in `hay` as whole consecutive words ("funssest" in "arcelormittal funssest"). */
function containsWords(hay: readonly string[], needle: readonly string[]): boolean {
  if (!needle.length || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, j) => hay[i + j] === w)) return true;
  return false;
}

/** The names a pack answers to: its name, the name before " - " ("PASA"), and the aliases it lists. */
function namesOf(pack: PackOperadora): string[][] {
  const { nome, aliases = [] } = pack.operadora;
  const short = nome.split(/\s+[-–]\s+/u)[0] ?? nome;
  return [nome, short, ...aliases].map(words).filter((w) => w.length > 0);
}

/** How well a shown name fits a pack: the length in words of the longest of its names found in it; 0 = no fit. */
function nameFit(pack: PackOperadora, nome: string): number {
  const shown = words(nome);
  let best = 0;
  for (const name of namesOf(pack)) if (containsWords(shown, name)) best = Math.max(best, name.length);
  return best;
}

/**
 * The pack for the operadora the texts show, first text first (the most specific: a lote's Operadora before
 * the header's picker). In each text a registro ANS wins (the pack's registro, or its key), then a pack key
 * ("ipam"), then a name: the pack whose name or alias fits with the most words. A text that names a
 * registro no pack has, and no known name, leaves the choice to the next text.
 */
export function choosePack<P extends PackOperadora>(
  packs: readonly P[],
  texts: readonly (string | undefined)[],
): P | undefined {
  for (const text of texts) {
    if (!text) continue;
    const shown = parseOperadoraShown(text);
    if (shown.registroAns) {
      const byRegistro =
        packs.find((p) => p.operadora.registroAns === shown.registroAns) ??
        packs.find((p) => p.operadora.chave === shown.registroAns);
      if (byRegistro) return byRegistro;
    }
    const key = text.trim().toLowerCase();
    const byKey = packs.find((p) => p.operadora.chave === key);
    if (byKey) return byKey;
    if (!shown.nome) continue;
    let best: P | undefined;
    let bestFit = 0;
    for (const pack of packs) {
      const fit = nameFit(pack, shown.nome);
      if (fit > bestFit) [best, bestFit] = [pack, fit];
    }
    if (best) return best;
  }
  return undefined;
}
