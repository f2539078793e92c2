// The rule-pack side of `tiss-preflight validate` (--operadora, --pack, --hoje), imported only when one of
// those options is given, so a plain validation does not load the packs, their schema or the calendar.
import { defaultPacks } from '../shared/packs/index.ts';
import { hojeEmSaoPaulo } from '../shared/rules/dates.ts';
import type { RulePack } from '../shared/rules/pack-schema.ts';
import { findPack } from '../shared/validate.ts';
import { checkPackFile } from './pack.ts';
import type { CliIo } from './subcommand.ts';

export { validateXml } from '../shared/validate.ts';

/** --operadora / --pack / --hoje → options for validateXml; undefined = TISS checks only. */
export function packOptions(
  values: { operadora?: string; pack?: string; hoje?: string },
  io: CliIo,
): { packs: readonly RulePack[]; operadora?: string; hoje: string } | undefined | 'usage' {
  if (values.hoje !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.hoje)) {
    io.err(`--hoje deve ser uma data AAAA-MM-DD (recebido: ${values.hoje}).\n`);
    return 'usage';
  }
  const hoje = values.hoje ?? hojeEmSaoPaulo(new Date());
  if (values.pack !== undefined) {
    let checked: ReturnType<typeof checkPackFile>;
    try {
      checked = checkPackFile(values.pack);
    } catch (e) {
      io.err(`Não foi possível ler ${values.pack}: ${(e as Error).message}\n`);
      return 'usage';
    }
    if (!checked.ok) {
      io.err(`Pacote inválido ${values.pack}:\n${checked.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}\n`);
      return 'usage';
    }
    return { packs: [checked.pack], operadora: checked.pack.operadora.chave, hoje };
  }
  if (values.operadora === undefined) return undefined;
  if (values.operadora === 'auto') return { packs: defaultPacks, hoje };
  if (!findPack(defaultPacks, values.operadora)) {
    const known = defaultPacks.map((p) => p.operadora.registroAns ?? p.operadora.chave).join(', ');
    io.err(`Não há pacote de regras para a operadora ${values.operadora}. Pacotes: ${known}.\n`);
    return 'usage';
  }
  return { packs: defaultPacks, operadora: values.operadora, hoje };
}
