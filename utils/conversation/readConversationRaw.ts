import { readGeneric } from './generic/readGeneric';
import { builtInProfiles } from './profiles';
import { type RawSnapshot, readWithProfile } from './readWithProfile';
import type { SiteProfile } from './siteProfile';

/**
 * Reads the active conversation with the first profile that applies (the operator's own and
 * pack profiles first, then built-in ones), else with the generic structural reader. This is the
 * part the content script runs: it does not normalise phones, so the phone library stays out of
 * the CRM page.
 */
export function readConversationRaw(
  doc: Document,
  extraProfiles: readonly SiteProfile[] = [],
): RawSnapshot | null {
  for (const profile of [...extraProfiles, ...builtInProfiles]) {
    const snapshot = readWithProfile(doc, profile);
    if (snapshot) return snapshot;
  }
  return readGeneric(doc);
}
