import { extractText } from './extractText';
import type { SiteProfile } from './siteProfile';
import type { Message, Role, SubscriberIds } from './types';

/** A snapshot before normalisation: the phone is as the page shows it. */
export interface RawSnapshot {
  messages: Message[];
  subscriber: SubscriberIds;
  composer: Element | null;
  /** Which profile read the page (`generic` for the structural reader). */
  source: string;
}

function safeQuery(scope: ParentNode, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    // A profile from a pack may carry a selector this browser rejects; treat it as absent.
    return null;
  }
}

function safeQueryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function matchesOrContains(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector) || el.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

function roleOf(el: Element, profile: SiteProfile): Role | null {
  if (matchesOrContains(el, profile.role.customer)) return 'customer';
  if (matchesOrContains(el, profile.role.operator)) return 'operator';
  return profile.role.fallback === 'skip' ? null : profile.role.fallback;
}

function readField(
  scope: ParentNode,
  locator: { selector: string; attr?: string } | undefined,
): string | undefined {
  if (!locator) return undefined;
  const el = safeQuery(scope, locator.selector);
  if (!el) return undefined;
  const value = locator.attr ? el.getAttribute(locator.attr) : extractText(el).replace(/\n/g, ' ');
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function findComposer(doc: Document, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = safeQuery(doc, selector);
    if (el) return el;
  }
  return null;
}

/** Reads the page with one profile; null when the profile does not apply to this page. */
export function readWithProfile(doc: Document, profile: SiteProfile): RawSnapshot | null {
  if (profile.urlPattern) {
    try {
      if (!new RegExp(profile.urlPattern).test(doc.location?.href ?? '')) return null;
    } catch {
      return null;
    }
  }
  if (!safeQuery(doc, profile.detect)) return null;
  const root = profile.root ? safeQuery(doc, profile.root) : doc.body;
  if (!root) return null;

  const skip = profile.skip.join(',');
  const messages: Message[] = [];
  for (const el of safeQueryAll(root, profile.message)) {
    if (skip && matchesOrContains(el, skip)) continue;
    const role = roleOf(el, profile);
    if (!role) continue;
    const textEl = profile.text ? (safeQuery(el, profile.text) ?? el) : el;
    const text = extractText(textEl);
    if (!text) continue;
    const message: Message = { role, text };
    const time = readField(el, profile.time);
    if (time) message.time = time;
    messages.push(message);
  }
  if (profile.order === 'newest-first') messages.reverse();

  const subscriber: SubscriberIds = {};
  for (const key of ['phone', 'email', 'name', 'crmId'] as const) {
    const value = readField(doc, profile.subscriber[key]);
    if (value) subscriber[key] = value;
  }
  return { messages, subscriber, composer: findComposer(doc, profile.composer), source: profile.id };
}
