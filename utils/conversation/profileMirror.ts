import type { SiteProfile } from './siteProfile';

/*
 * Saved site profiles live in Dexie (extension origin), which a content script cannot open: its
 * IndexedDB belongs to the CRM's site. So every save also writes the profile to
 * `storage.local` under the page's origin. The content script reads its one key at start-up
 * (no round trip to a service worker that may be asleep, and it survives restarts) and follows
 * `storage.onChanged`, so a profile taught in the panel applies at once. Profiles are selectors,
 * not secrets. This file stays zod-free: the content script imports it.
 */

const PREFIX = 'siteProfile:';

/** Profiles from installed packs, for every origin. */
export const PACK_PROFILES_KEY = 'packSiteProfiles';

export interface MirroredProfile {
  profile: SiteProfile;
  updatedAt: number;
}

export function profileStorageKey(origin: string): string {
  return PREFIX + origin;
}

export function isProfileStorageKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/**
 * A cheap shape check for what the content script finds in storage. The profile was validated
 * with zod before it was written; this only guards against a value from an older version.
 */
export function isMirroredProfile(value: unknown): value is MirroredProfile {
  if (!value || typeof value !== 'object') return false;
  const profile = (value as { profile?: unknown }).profile as Partial<SiteProfile> | undefined;
  return (
    !!profile &&
    typeof profile.id === 'string' &&
    typeof profile.detect === 'string' &&
    typeof profile.message === 'string' &&
    Array.isArray(profile.skip) &&
    Array.isArray(profile.composer) &&
    typeof profile.role === 'object' &&
    typeof profile.subscriber === 'object'
  );
}

/** The pack profiles list as stored; anything malformed counts as none. */
export function packProfilesFrom(value: unknown): SiteProfile[] {
  if (!Array.isArray(value)) return [];
  return value.filter((profile) => isMirroredProfile({ profile })) as SiteProfile[];
}
