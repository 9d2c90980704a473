import { browser } from 'wxt/browser';
import { type ManagedPolicy, parseManagedPolicy } from './packPolicy';
import { PACK_SETTINGS_KEY, type PackSettings, packSettingsSchema } from './packSettings';

/*
 * The operator's pack settings (storage.local) and IT's policy (storage.managed, read-only).
 * Kept apart from packStorage.ts, which also installs packs, so the conversation tab can read the
 * operator's name without loading pack validation.
 */

export async function loadPackSettings(): Promise<PackSettings> {
  const stored = await browser.storage.local.get(PACK_SETTINGS_KEY);
  return packSettingsSchema.parse(stored[PACK_SETTINGS_KEY] ?? {});
}

export async function savePackSettings(patch: Partial<PackSettings>): Promise<PackSettings> {
  const next = packSettingsSchema.parse({ ...(await loadPackSettings()), ...patch });
  await browser.storage.local.set({ [PACK_SETTINGS_KEY]: next });
  return next;
}

/** The managed policy, or the defaults where Chrome has none (or the browser has no managed storage). */
export async function loadManagedPolicy(): Promise<ManagedPolicy> {
  const raw = await browser.storage.managed?.get(null).catch(() => ({}));
  return parseManagedPolicy(raw ?? {});
}
