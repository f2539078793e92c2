// The default packs shipped inside the extension (the last resort when no synced pack exists). Every JSON
// pack in shared/packs/ is bundled at build time; one that fails the pack schema is left out (and the
// bundled-packs test fails), so a bad file never breaks the extension.
import { parseRulePack, type RulePack } from '../../shared/rules/pack-schema.ts';

const files = import.meta.glob('../../shared/packs/*.json', { eager: true, import: 'default' });

export const bundledPackFiles: Readonly<Record<string, unknown>> = files;

export const bundledPacks: readonly RulePack[] = Object.values(files).flatMap((raw) => {
  const parsed = parseRulePack(raw);
  return parsed.ok ? [parsed.pack] : [];
});
