import { normalizePhone } from '../subscriber/normalizePhone';
import { readConversationRaw } from './readConversationRaw';
import type { SiteProfile } from './siteProfile';
import type { ConversationSnapshot, SubscriberIds } from './types';

/** Phone in E.164 (dropped if it is not a valid number), e-mail lower-cased. */
export function normalizeSubscriber(raw: SubscriberIds): SubscriberIds {
  const out: SubscriberIds = {};
  if (raw.phone) {
    const phone = normalizePhone(raw.phone);
    if (phone) out.phone = phone;
  }
  if (raw.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw.email)) out.email = raw.email.toLowerCase();
  if (raw.name) out.name = raw.name;
  if (raw.crmId) out.crmId = raw.crmId;
  return out;
}

/**
 * The conversation on a CRM page: built-in profiles (after `extraProfiles`, e.g. the site's taught
 * one), then the generic reader, which marks its guesses `confidence: 'low'`. Null when no
 * conversation is found.
 */
export function readConversation(
  doc: Document,
  extraProfiles: readonly SiteProfile[] = [],
): ConversationSnapshot | null {
  const raw = readConversationRaw(doc, extraProfiles);
  if (!raw) return null;
  return {
    messages: raw.messages,
    subscriber: normalizeSubscriber(raw.subscriber),
    composer: raw.composer,
    source: raw.source,
    confidence: raw.confidence,
    partial: raw.partial,
  };
}
