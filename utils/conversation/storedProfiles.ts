import type { SuflerDb } from '../db/db';
import type { StoredSiteProfile } from '../db/types';
import { listPackProfiles } from './packProfiles';
import {
  isProfileStorageKey,
  type MirroredProfile,
  PACK_PROFILES_KEY,
  profileStorageKey,
} from './profileMirror';
import { type SiteProfile, siteProfileSchema } from './siteProfile';

/** The part of `browser.storage.local` this module needs (a fake in tests). */
export interface ProfileStorage {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type ProfileSource = StoredSiteProfile['source'];

/**
 * Saves the profile for an origin (one per origin: a new one replaces the old) in Dexie, the
 * source of truth, and mirrors it to `storage.local` for the content script.
 */
export async function saveSiteProfile(
  db: SuflerDb,
  storage: ProfileStorage,
  origin: string,
  profile: SiteProfile,
  source: ProfileSource,
  now = Date.now(),
): Promise<void> {
  await db.siteProfiles.put({ origin, source, profile, updatedAt: now });
  const mirrored: MirroredProfile = { profile, updatedAt: now };
  await storage.set({ [profileStorageKey(origin)]: mirrored });
}

export async function deleteSiteProfile(
  db: SuflerDb,
  storage: ProfileStorage,
  origin: string,
): Promise<void> {
  await db.siteProfiles.delete(origin);
  await storage.remove(profileStorageKey(origin));
}

/** Saved profiles that still satisfy the schema (a record from an older version is left out). */
export async function listSiteProfiles(
  db: SuflerDb,
): Promise<(StoredSiteProfile & { profile: SiteProfile })[]> {
  const records = await db.siteProfiles.toArray();
  return records.flatMap((record) => {
    const parsed = siteProfileSchema.safeParse(record.profile);
    return parsed.success ? [{ ...record, profile: parsed.data }] : [];
  });
}

/**
 * Makes `storage.local` mirror Dexie exactly: run at start-up, and after profiles arrive from
 * somewhere that only wrote Dexie (a pack install).
 */
export async function syncProfileMirror(db: SuflerDb, storage: ProfileStorage): Promise<void> {
  const profiles = await listSiteProfiles(db);
  const wanted: Record<string, MirroredProfile> = {};
  for (const { origin, profile, updatedAt } of profiles)
    wanted[profileStorageKey(origin)] = { profile, updatedAt };
  const stale = Object.keys(await storage.get(null)).filter(
    (key) => isProfileStorageKey(key) && !(key in wanted),
  );
  if (stale.length > 0) await storage.remove(stale);
  await storage.set({ ...wanted, [PACK_PROFILES_KEY]: await listPackProfiles(db) });
}
