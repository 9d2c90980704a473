import { z } from 'zod';
import type { SuflerDb } from '../db/db';
import { type SiteProfile, siteProfileSchema } from './siteProfile';

const packProfilesSchema = z.array(siteProfileSchema);

/**
 * Site profiles shipped in the installed packs (a team lead's profile of the in-house CRM).
 * A pack's profiles apply on any CRM page, after the site's own saved profile and before the
 * built-in ones; a pack whose profiles do not validate contributes none.
 */
export async function listPackProfiles(db: SuflerDb): Promise<SiteProfile[]> {
  const packs = await db.packs.toArray();
  return packs.flatMap((pack) => {
    const doc = pack.doc as { siteProfiles?: unknown } | null;
    const parsed = packProfilesSchema.safeParse(doc?.siteProfiles ?? []);
    return parsed.success ? parsed.data : [];
  });
}
