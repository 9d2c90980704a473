import type { Subscriber } from '../db/types';

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * One subscriber known both here and in the backup: identifiers united, the earliest first
 * sight and latest last sight, local name and merge link kept when both have one. Null when
 * the local row already says it all (nothing to write).
 */
export function mergeSubscriberRow(local: Subscriber | undefined, incoming: Subscriber): Subscriber | null {
  if (!local) return incoming;
  const merged: Subscriber = {
    ...incoming,
    ...local,
    name: local.name ?? incoming.name,
    phones: union(local.phones, incoming.phones),
    emails: union(local.emails, incoming.emails),
    crmIds: union(local.crmIds, incoming.crmIds),
    firstSeen: Math.min(local.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(local.lastSeen, incoming.lastSeen),
  };
  const mergedInto = local.mergedInto ?? incoming.mergedInto;
  if (mergedInto && mergedInto !== local.key) merged.mergedInto = mergedInto;
  const unchanged =
    merged.name === local.name &&
    merged.mergedInto === local.mergedInto &&
    merged.firstSeen === local.firstSeen &&
    merged.lastSeen === local.lastSeen &&
    sameList(merged.phones, local.phones) &&
    sameList(merged.emails, local.emails) &&
    sameList(merged.crmIds, local.crmIds);
  return unchanged ? null : merged;
}

/** Of two versions of the same row, the one edited last; null when the local one is not older. */
export function newerRow<T extends { updatedAt: number }>(local: T | undefined, incoming: T): T | null {
  if (!local) return incoming;
  return incoming.updatedAt > local.updatedAt ? incoming : null;
}

/** Follows merge links inside a set of subscribers (bounded, in case a file links in a circle). */
export function survivorOf(key: string, byKey: ReadonlyMap<string, Subscriber>): string {
  let current = key;
  for (let hop = 0; hop < 16; hop++) {
    const next = byKey.get(current)?.mergedInto;
    if (!next || next === key) return current;
    current = next;
  }
  return current;
}
