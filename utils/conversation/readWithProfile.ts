import { findComposer } from './findComposer';
import { type ParseCache, type ParsedMessage, parseMessages } from './parseMessages';
import { type ProfileScope, profileScope } from './profileScope';
import { readField } from './readField';
import { resolveRoles } from './resolveRoles';
import { safeQuery, safeQueryAll } from './safeQuery';
import type { SiteProfile } from './siteProfile';
import type { Message, Role, SubscriberIds } from './types';

/** A snapshot before normalisation: the phone is as the page shows it. */
export interface RawSnapshot {
  messages: Message[];
  subscriber: SubscriberIds;
  composer: Element | null;
  /** Which profile read the page (`generic` for the structural reader). */
  source: string;
  /** `low` when the generic reader is not sure it read the page right. */
  confidence: 'high' | 'low';
  /** Only part of a long thread is on the page (virtualised list, older messages not loaded). */
  partial: boolean;
  /** The conversation's root element, for watching only what matters. */
  root: Element | null;
}

/** Everything one profile read from a page, kept so that a live update can redo only what changed. */
export interface ProfileRead {
  profile: SiteProfile;
  scope: ProfileScope;
  /** Message elements in document order, and what each says. */
  els: Element[];
  parsed: ParsedMessage[];
  subscriber: SubscriberIds;
  /** The elements subscriber fields were read from (a change there is a change of subscriber). */
  fieldEls: Element[];
  composer: Element | null;
}

function readSubscriber(scope: ProfileScope, profile: SiteProfile, found: Element[]): SubscriberIds {
  const subscriber: SubscriberIds = {};
  for (const key of ['phone', 'email', 'name', 'crmId'] as const) {
    const value = readField(scope.fieldScopes, profile.subscriber[key], found);
    if (value) subscriber[key] = value;
  }
  return subscriber;
}

/** Reads a page with one profile into a `ProfileRead`; null when the profile does not apply here. */
export function gatherProfileRead(
  doc: Document,
  profile: SiteProfile,
  cache?: ParseCache,
): ProfileRead | null {
  const scope = profileScope(doc, profile);
  if (!scope) return null;
  const els = safeQueryAll(scope.root, profile.message);
  const fieldEls: Element[] = [];
  return {
    profile,
    scope,
    els,
    parsed: parseMessages(scope.root, els, profile, cache),
    subscriber: readSubscriber(scope, profile, fieldEls),
    fieldEls,
    composer: findComposer(scope.composerDocs, profile.composer),
  };
}

function isPartial(read: ProfileRead, inOrder: ParsedMessage[]): boolean {
  const virtual = read.profile.virtual;
  if (!virtual) return false;
  if (virtual.moreAbove && safeQuery(read.scope.root, virtual.moreAbove)) return true;
  let first: number | undefined;
  for (const m of inOrder) if (m.index !== undefined) first = Math.min(first ?? m.index, m.index);
  return first !== undefined && first > 0;
}

/**
 * The snapshot a `ProfileRead` describes; null when the profile found the conversation but no
 * longer recognises its messages (the CRM changed its markup).
 */
export function snapshotFromRead(read: ProfileRead): RawSnapshot | null {
  const { profile, parsed } = read;
  const order = parsed.map((_, i) => i);
  if (profile.virtual?.indexAttr) order.sort((a, b) => (parsed[a]?.index ?? a) - (parsed[b]?.index ?? b));
  const inOrder = order.map((i) => parsed[i] as ParsedMessage);
  const roles = resolveRoles(inOrder, profile.role, read.subscriber.name);
  const messages: Message[] = [];
  inOrder.forEach((m, i) => {
    const role: Role | null = roles[i] ?? null;
    if (!role || !m.text) return;
    // The same object while the message is unchanged: a live update of a long thread allocates little.
    if (m.message?.role !== role)
      m.message = m.time ? { role, text: m.text, time: m.time } : { role, text: m.text };
    messages.push(m.message);
  });
  if (messages.length === 0) {
    // Message-like elements none of which reads as a message, or a conversation full of text
    // with no message in it: the profile no longer fits this page.
    if (read.els.length > 0 || (read.scope.root.textContent ?? '').trim().length > 80) return null;
  }
  if (profile.order === 'newest-first') messages.reverse();
  return {
    messages,
    subscriber: read.subscriber,
    composer: read.composer,
    source: profile.id,
    confidence: 'high',
    partial: isPartial(read, inOrder),
    root: read.scope.root,
  };
}

/**
 * Reads the page with one profile; null when the profile does not apply to this page, or when it
 * finds the conversation but no longer recognises its messages.
 */
export function readWithProfile(doc: Document, profile: SiteProfile, cache?: ParseCache): RawSnapshot | null {
  const read = gatherProfileRead(doc, profile, cache);
  return read ? snapshotFromRead(read) : null;
}
