import type { IntentRule } from '../analysis/intentRule';
import type { SiteProfile } from '../conversation/siteProfile';
import type { SuflerDb } from '../db/db';
import type { Lang } from '../templates/ids';
import type { AuthorityOption, Playbook, VoiceGuide } from '../templates/packParts';
import { packSchema } from '../templates/packSchema';

type FromPack<T> = T & { packId: string };

/** What installed packs say beyond templates, for suggestions, crisis handling and CRM reading. */
export interface PackGuidance {
  voiceGuides: FromPack<VoiceGuide>[];
  playbooks: FromPack<Playbook>[];
  authority: FromPack<AuthorityOption>[];
  intents: FromPack<IntentRule>[];
  siteProfiles: FromPack<SiteProfile>[];
}

/**
 * The voice guides, crisis playbooks, "real authority" options, intent rules and site profiles of
 * every installed pack, in `lang` if given (intent rules and site profiles have no language).
 */
export async function loadPackGuidance(db: SuflerDb, lang?: Lang): Promise<PackGuidance> {
  const out: PackGuidance = { voiceGuides: [], playbooks: [], authority: [], intents: [], siteProfiles: [] };
  const fits = (item: { lang: Lang }) => !lang || item.lang === lang;
  for (const row of await db.packs.toArray()) {
    // Stored packs were validated on install; one that no longer parses (an older format) is skipped.
    const parsed = packSchema.safeParse(row.doc);
    if (!parsed.success) continue;
    const pack = parsed.data;
    const tag = <T>(item: T): FromPack<T> => ({ ...item, packId: pack.id });
    out.voiceGuides.push(...pack.voiceGuide.filter(fits).map(tag));
    out.playbooks.push(...pack.playbooks.filter(fits).map(tag));
    out.authority.push(...pack.authority.filter(fits).map(tag));
    out.intents.push(...pack.intents.map(tag));
    out.siteProfiles.push(...pack.siteProfiles.map(tag));
  }
  return out;
}
