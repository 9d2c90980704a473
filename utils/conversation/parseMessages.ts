import { extractText } from './extractText';
import { messageSide, type Side } from './messageSide';
import { fieldValue } from './readField';
import { matchesOrContains, safeClosest, safeMatches, safeQuery, safeQueryAll } from './safeQuery';
import type { SiteProfile } from './siteProfile';
import type { Message, Role } from './types';

/** What one message element says on its own; roles that depend on neighbours are resolved later. */
export interface ParsedMessage {
  text: string;
  time?: string;
  skipped: boolean;
  /** Role from the profile's customer/operator selectors. */
  marked: Role | null;
  sender?: string;
  side?: Side | null;
  /** Position in the whole thread, for virtualised lists. */
  index?: number;
  /** The message as last reported (memo, rebuilt when the role changes). */
  message?: Message;
}

/** Parsed messages by element; valid while the element's subtree is unchanged. */
export type ParseCache = WeakMap<Element, ParsedMessage>;

/** Below this many unparsed messages, per-element queries are cheaper than whole-root scans. */
const BULK_THRESHOLD = 24;

type Owners = Map<Element, Element>;

/** For each match of `selector` inside `root`, the message element it belongs to (first match wins). */
function ownersOf(root: Element, selector: string | undefined, messages: Set<Element>): Owners {
  const owners: Owners = new Map();
  if (!selector) return owners;
  for (const match of safeQueryAll(root, selector)) {
    for (let el: Element | null = match; el && el !== root; el = el.parentElement) {
      if (messages.has(el)) {
        if (!owners.has(el)) owners.set(el, match);
        break;
      }
    }
  }
  return owners;
}

function oneLine(el: Element): string {
  return extractText(el)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function indexOf(el: Element, attr: string | undefined): number | undefined {
  if (!attr) return undefined;
  const holder = el.hasAttribute(attr) ? el : safeClosest(el, `[${attr}]`);
  const value = Number(holder?.getAttribute(attr));
  return Number.isFinite(value) && holder ? value : undefined;
}

interface Lookups {
  skip: (el: Element) => boolean;
  customer: (el: Element) => boolean;
  operator: (el: Element) => boolean;
  text: (el: Element) => Element | null;
  time: (el: Element) => Element | null;
  sender: (el: Element) => Element | null;
}

function bulkLookups(root: Element, els: Element[], profile: SiteProfile): Lookups {
  const set = new Set(els);
  const skip = ownersOf(root, profile.skip.join(',') || undefined, set);
  const customer = ownersOf(root, profile.role.customer, set);
  const operator = ownersOf(root, profile.role.operator, set);
  const text = ownersOf(root, profile.text, set);
  const time = ownersOf(root, profile.time?.selector, set);
  const sender = ownersOf(root, profile.role.sender, set);
  return {
    skip: (el) => skip.has(el),
    customer: (el) => customer.has(el),
    operator: (el) => operator.has(el),
    text: (el) => text.get(el) ?? null,
    time: (el) => time.get(el) ?? null,
    sender: (el) => sender.get(el) ?? null,
  };
}

function elementLookups(profile: SiteProfile): Lookups {
  const skip = profile.skip.join(',');
  const firstIn = (selector: string | undefined) => (el: Element) =>
    selector ? (safeMatches(el, selector) ? el : safeQuery(el, selector)) : null;
  return {
    skip: (el) => matchesOrContains(el, skip || undefined),
    customer: (el) => matchesOrContains(el, profile.role.customer),
    operator: (el) => matchesOrContains(el, profile.role.operator),
    text: (el) => (profile.text ? safeQuery(el, profile.text) : null),
    time: firstIn(profile.time?.selector),
    sender: (el) => (profile.role.sender ? safeQuery(el, profile.role.sender) : null),
  };
}

function parseOne(el: Element, root: Element, profile: SiteProfile, look: Lookups): ParsedMessage {
  const index = indexOf(el, profile.virtual?.indexAttr);
  if (look.skip(el)) return { text: '', skipped: true, marked: null, index };
  const textEl = look.text(el) ?? el;
  const parsed: ParsedMessage = {
    text: extractText(textEl),
    skipped: false,
    marked: look.customer(el) ? 'customer' : look.operator(el) ? 'operator' : null,
    index,
  };
  const timeEl = profile.time ? look.time(el) : null;
  if (timeEl && profile.time) {
    const time = fieldValue(timeEl, profile.time);
    if (time) parsed.time = time.slice(0, 100);
  }
  if (profile.role.sender) {
    const senderEl = look.sender(el);
    if (senderEl) parsed.sender = oneLine(senderEl);
  }
  if (profile.role.align && !parsed.marked) parsed.side = messageSide(el, textEl, root);
  return parsed;
}

/**
 * Parses message elements, reusing `cache` for elements whose subtree did not change. A cold read
 * of a long thread scans the root once per selector instead of querying every message, which is
 * what keeps a 1,000-message page fast.
 */
export function parseMessages(
  root: Element,
  els: Element[],
  profile: SiteProfile,
  cache?: ParseCache,
): ParsedMessage[] {
  const missing = cache ? els.filter((el) => !cache.has(el)) : els;
  // Selectors relative to each message (`:scope > …`, from a taught profile) cannot be run from the root.
  const relative = [
    profile.text,
    profile.role.customer,
    profile.role.operator,
    profile.role.sender,
    profile.time?.selector,
  ]
    .concat(profile.skip)
    .some((s) => s?.includes(':scope'));
  const look =
    missing.length > BULK_THRESHOLD && !relative ? bulkLookups(root, els, profile) : elementLookups(profile);
  return els.map((el) => {
    const cached = cache?.get(el);
    if (cached) return cached;
    const parsed = parseOne(el, root, profile, look);
    cache?.set(el, parsed);
    return parsed;
  });
}
