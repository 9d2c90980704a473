/** Who wrote a message, from the operator's point of view. */
export type Role = 'customer' | 'operator';

export interface Message {
  role: Role;
  /** Whitespace-collapsed text; line breaks inside a message are kept as `\n`. */
  text: string;
  time?: string;
}

export interface SubscriberIds {
  /** E.164, e.g. `+79161234567`. */
  phone?: string;
  email?: string;
  name?: string;
  crmId?: string;
}

/** What `readConversation` sees on a CRM page at one moment. */
export interface ConversationSnapshot {
  /** On-screen order, oldest first. System/event lines are excluded. */
  messages: Message[];
  subscriber: SubscriberIds;
  composer: Element | null;
  /** Which profile read the page (`generic` for the structural reader). */
  source?: string;
  /** `low` when the generic reader is not sure it told the conversation or the roles right. */
  confidence?: 'high' | 'low';
  /** Only part of a long thread is on the page (a virtualised list, older messages not loaded). */
  partial?: boolean;
}
