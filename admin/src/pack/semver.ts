// The console's suggestion of the next version of a pack from what changed: support staff pick "correção", "nova
// regra" or "mudança que pode reprovar lotes antes aceitos". The version arithmetic itself is shared/semver.ts.
import type { Bump } from '../../../shared/semver.ts';

export { type Bump, bumpVersion, compareSemver, parseSemver } from '../../../shared/semver.ts';

/**
 * New or removed rules change what clerks are told: minor. Only options, severities or messages changed
 * (e.g. 90 → 60 dias): patch. A major bump is the author's call (e.g. a new portal layout), never suggested.
 */
export function suggestBump(changes: { rulesAdded: number; rulesRemoved: number }): Bump {
  return changes.rulesAdded > 0 || changes.rulesRemoved > 0 ? 'minor' : 'patch';
}
