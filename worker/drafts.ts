// The draft of an operadora as the console sees it: the saved draft, or the current pack as revision 0.
import type * as z from 'zod';
import { bumpVersion, maxSemver } from '../shared/semver.ts';
import type { Env } from './env.ts';
import { currentPublication } from './packs.ts';
import type { draftSchema } from './schemas.ts';
import { draftEtag, findDraft } from './store/drafts.ts';
import { listPublications } from './store/publications.ts';

export type DraftView = z.infer<typeof draftSchema>;

export async function loadDraft(env: Env, ans: string): Promise<DraftView> {
  const current = await currentPublication(env, ans);
  const [draft, versions] = await Promise.all([findDraft(env.DB, ans), listPublications(env.DB, ans)]);
  const latest = maxSemver(versions.map((v) => v.versao)) ?? current.versao;
  const revision = draft?.revision ?? 0;
  return {
    ans,
    pack: draft?.pack ?? current.envelope.pack,
    etag: draftEtag(revision),
    revision,
    baseVersao: current.versao,
    baseSequence: draft?.baseSequence ?? current.sequence,
    suggestedVersao: bumpVersion(latest, 'patch'),
    updatedAt: draft?.updatedAt ?? null,
    updatedBy: draft?.updatedBy ?? null,
  };
}

/** Revision named by an If-Match header ("d3" → 3); null when it names none. */
export function revisionFromIfMatch(header: string): number | null {
  const m = /^(?:W\/)?"?d(\d+)"?$/.exec(header.trim());
  return m ? Number(m[1]) : null;
}
