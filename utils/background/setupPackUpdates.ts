import { browser } from 'wxt/browser';
import { db } from '../db/db';
import { ensureBuiltinPacks } from '../packs/ensureBuiltinPacks';
import type { ManagedPolicy } from '../packs/packPolicy';
import { PACK_ALARM } from '../packs/packSettings';
import { checkAllSubscriptions, loadManagedPolicy, syncManagedSubscriptions } from '../packs/packStorage';

// Check results are stored with messages in the operator's language; the UI catalogue is not
// needed in the service worker for that.
const getLocale = () => (/^(ru|be|uk|kk)\b/i.test(globalThis.navigator?.language ?? 'ru') ? 'ru' : 'en');

async function schedule(policy: ManagedPolicy): Promise<void> {
  const existing = await browser.alarms.get(PACK_ALARM);
  // Re-creating an alarm restarts its countdown: only do it when the interval changed.
  if (existing?.periodInMinutes === policy.checkIntervalMinutes) return;
  await browser.alarms.create(PACK_ALARM, {
    delayInMinutes: 1,
    periodInMinutes: policy.checkIntervalMinutes,
  });
}

let running: Promise<void> | null = null;

/** Built-in packs, policy subscriptions, the schedule, then a check of every subscription. */
function refreshPacks(): Promise<void> {
  running ??= (async () => {
    const policy = await loadManagedPolicy();
    await ensureBuiltinPacks(db, { disabled: policy.defaults.disableBuiltinPacks === true });
    await syncManagedSubscriptions(db, policy);
    await schedule(policy);
    await checkAllSubscriptions(db, getLocale());
  })().finally(() => {
    running = null;
  });
  return running;
}

/**
 * Keeps packs current: built-in packs on install and update, subscriptions (the operator's and
 * the policy's) on a schedule, and a re-sync whenever the IT department changes the policy.
 */
export function setupPackUpdates(): void {
  browser.runtime.onInstalled.addListener(() => void refreshPacks().catch(() => {}));
  browser.runtime.onStartup.addListener(() => void refreshPacks().catch(() => {}));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM) void checkAllSubscriptions(db, getLocale()).catch(() => {});
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshPacks().catch(() => {});
  });
}
