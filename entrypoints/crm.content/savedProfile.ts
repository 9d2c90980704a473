import { browser } from 'wxt/browser';
import {
  isMirroredProfile,
  PACK_PROFILES_KEY,
  packProfilesFrom,
  profileStorageKey,
} from '@/utils/conversation/profileMirror';
import type { SiteProfile } from '@/utils/conversation/siteProfile';

export interface Following {
  stop: () => void;
  /** Settles once the stored value was read the first time (so the first report uses it). */
  ready: Promise<void>;
}

/** Reads one `storage.local` key now and follows its changes. */
function follow(key: string, onValue: (value: unknown) => void): Following {
  const ready = browser.storage.local
    .get(key)
    .then((stored) => onValue(stored[key]))
    .catch(() => onValue(undefined));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) onValue(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return { stop: () => browser.storage.onChanged.removeListener(listener), ready };
}

/**
 * The profile saved for this origin (taught by the operator or imported), followed live:
 * `onChange` runs whenever it is saved, replaced or deleted.
 */
export function followSavedProfile(
  origin: string,
  onChange: (profile: SiteProfile | null) => void,
): Following {
  return follow(profileStorageKey(origin), (value) =>
    onChange(isMirroredProfile(value) ? value.profile : null),
  );
}

/** Site profiles from installed packs, followed live (the background mirrors them from Dexie). */
export function followPackProfiles(onChange: (profiles: SiteProfile[]) => void): Following {
  return follow(PACK_PROFILES_KEY, (value) => onChange(packProfilesFrom(value)));
}
