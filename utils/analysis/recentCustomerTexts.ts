import type { ConversationSnapshot } from '../conversation/types';

/** How many of the customer's latest messages the analysis looks at: enough for a story told in parts, cheap. */
export const RECENT_CUSTOMER_MESSAGES = 3;

/** The customer's latest messages, newest first. */
export function recentCustomerTexts(
  snapshot: Pick<ConversationSnapshot, 'messages'>,
  count = RECENT_CUSTOMER_MESSAGES,
): string[] {
  const texts: string[] = [];
  for (let i = snapshot.messages.length - 1; i >= 0 && texts.length < count; i--) {
    const m = snapshot.messages[i]!;
    if (m.role === 'customer' && m.text.trim() !== '') texts.push(m.text);
  }
  return texts;
}
