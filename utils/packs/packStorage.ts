import { browser } from 'wxt/browser';
import type { SuflerDb } from '../db/db';
import type { Lang } from '../templates/ids';
import type { TrustedKey } from '../templates/packKeys';
import { checkSubscription } from './checkSubscription';
import { type ManagedPolicy, policyKeys } from './packPolicy';
import { SUBSCRIPTIONS_KEY } from './packSettings';
import { loadManagedPolicy, loadPackSettings } from './packSettingsStore';
import { removePack } from './removePack';

export { loadManagedPolicy, loadPackSettings, savePackSettings } from './packSettingsStore';

import { type CheckResult, type Subscription, subscriptionSchema } from './subscription';

/*
 * Where pack settings live in the browser: the operator's settings and subscriptions in
 * storage.local, the IT department's policy in storage.managed (read-only). Installed packs
 * and templates are in Dexie; a subscription's check result is kept here, not there, so a
 * failed check leaves the database exactly as it was.
 */

export async function loadSubscriptions(): Promise<Subscription[]> {
  const stored = await browser.storage.local.get(SUBSCRIPTIONS_KEY);
  const list = Array.isArray(stored[SUBSCRIPTIONS_KEY]) ? (stored[SUBSCRIPTIONS_KEY] as unknown[]) : [];
  return list.flatMap((s) => {
    const parsed = subscriptionSchema.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
}

async function saveSubscription(url: string, next: Subscription | null): Promise<void> {
  // Re-read before writing: the background and the options page may both be checking.
  const list = (await loadSubscriptions()).filter((s) => s.url !== url);
  if (next) list.push(next);
  await browser.storage.local.set({ [SUBSCRIPTIONS_KEY]: list });
}

export async function trustedKeysNow(): Promise<TrustedKey[]> {
  const [settings, policy] = await Promise.all([loadPackSettings(), loadManagedPolicy()]);
  return [...policyKeys(policy), ...settings.trustedKeys];
}

export async function addSubscription(url: string, requireSignature: boolean): Promise<Subscription> {
  const existing = (await loadSubscriptions()).find((s) => s.url === url);
  if (existing) return existing;
  const subscription: Subscription = { url, source: 'url', requireSignature };
  await saveSubscription(url, subscription);
  return subscription;
}

/** Stops following a URL; the pack it installed stays until removed. */
export async function removeSubscription(url: string): Promise<void> {
  await saveSubscription(url, null);
}

/**
 * Makes the policy's pack URLs managed subscriptions (signature per policy) and drops managed
 * subscriptions, and their packs, that the policy no longer lists.
 */
export async function syncManagedSubscriptions(db: SuflerDb, policy: ManagedPolicy): Promise<void> {
  const list = await loadSubscriptions();
  const wanted = new Set(policy.packUrls);
  for (const s of list) {
    if (s.source !== 'managed' || wanted.has(s.url)) continue;
    await saveSubscription(s.url, null);
    const pack = s.packId ? await db.packs.get(s.packId) : undefined;
    if (pack?.source === 'managed') await removePack(db, pack.id);
  }
  for (const url of policy.packUrls) {
    const current = list.find((s) => s.url === url);
    if (current?.source === 'managed' && current.requireSignature === policy.requireSignature) continue;
    await saveSubscription(url, {
      ...current,
      url,
      source: 'managed',
      requireSignature: policy.requireSignature,
    });
  }
}

/** Checks one subscription now and stores its result. */
export async function checkSubscriptionNow(
  db: SuflerDb,
  url: string,
  lang: Lang,
  fetcher: typeof fetch = fetch,
): Promise<CheckResult | null> {
  const subscription = (await loadSubscriptions()).find((s) => s.url === url);
  if (!subscription) return null;
  const { subscription: next, result } = await checkSubscription(subscription, {
    db,
    fetch: fetcher,
    trustedKeys: await trustedKeysNow(),
    lang,
  });
  // Removed while we were checking: don't bring it back.
  if ((await loadSubscriptions()).some((s) => s.url === url)) await saveSubscription(url, next);
  return result;
}

/** Checks every subscription, one after another (politely, and so updates never interleave). */
export async function checkAllSubscriptions(
  db: SuflerDb,
  lang: Lang,
  fetcher: typeof fetch = fetch,
): Promise<void> {
  for (const s of await loadSubscriptions()) {
    await checkSubscriptionNow(db, s.url, lang, fetcher).catch(() => null);
  }
}
