import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type ManagedPolicy, parseManagedPolicy } from '@/utils/packs/packPolicy';
import {
  PACK_SETTINGS_KEY,
  type PackSettings,
  packSettingsSchema,
  SUBSCRIPTIONS_KEY,
} from '@/utils/packs/packSettings';
import { loadManagedPolicy, loadPackSettings, loadSubscriptions } from '@/utils/packs/packStorage';
import type { Subscription } from '@/utils/packs/subscription';

export interface PackStorageState {
  settings: PackSettings;
  policy: ManagedPolicy;
  subscriptions: Subscription[];
}

const initial: PackStorageState = {
  settings: packSettingsSchema.parse({}),
  policy: parseManagedPolicy({}),
  subscriptions: [],
};

/** Settings, policy and subscriptions from extension storage, kept current. */
export function usePackStorage(): PackStorageState {
  const [state, setState] = useState(initial);
  useEffect(() => {
    let alive = true;
    const load = () =>
      Promise.all([loadPackSettings(), loadManagedPolicy(), loadSubscriptions()]).then(
        ([settings, policy, subscriptions]) => {
          if (alive) setState({ settings, policy, subscriptions });
        },
      );
    void load().catch(() => {});
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || PACK_SETTINGS_KEY in changes || SUBSCRIPTIONS_KEY in changes)
        void load().catch(() => {});
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}
