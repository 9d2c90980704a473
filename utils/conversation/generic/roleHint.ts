import type { Role } from '../types';

/*
 * Words CRMs put in class names and attributes to mark who wrote a message. Matched as whole
 * tokens of a class or attribute value split on `-`, `_`, spaces and camelCase, so `msg--in`,
 * `message_incoming`, `isOutgoing` and `data-direction="out"` all count, while hashed class names
 * carry no signal at all.
 */
const CUSTOMER = new Set([
  'in',
  'incoming',
  'inbound',
  'received',
  'receive',
  'customer',
  'client',
  'visitor',
  'contact',
  'guest',
  'them',
  'their',
  'theirs',
  'other',
  'remote',
  'subscriber',
  'клиент',
  'абонент',
]);
const OPERATOR = new Set([
  'out',
  'outgoing',
  'outbound',
  'sent',
  'agent',
  'operator',
  'staff',
  'support',
  'employee',
  'manager',
  'admin',
  'me',
  'mine',
  'own',
  'self',
  'reply',
  'answer',
  'bot',
  'оператор',
  'сотрудник',
]);
/** A message's own class saying it is no one's message to the customer: an event line or an internal note. */
const SKIP_WORDS = new Set([
  'system',
  'activity',
  'event',
  'lineitem',
  'notice',
  'internal',
  'private',
  'whisper',
  'note',
  'draft',
  'typing',
  'divider',
  'separator',
]);

/** Attribute names whose value names the author (`data-author="client"`). */
const AUTHOR_ATTR =
  /^(data-)?(role|author|from|sender|direction|type|side|origin|source|who|owner|message-?type|sender-?type)$/i;
/** Boolean attributes: `data-own="true"` marks the operator's own message. */
const OWN_ATTR = /^(data-)?(own|mine|is-?own|outgoing|is-?outgoing)$/i;

function tokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function vote(words: string[], tally: { customer: number; operator: number }): void {
  for (const word of words) {
    if (CUSTOMER.has(word)) tally.customer++;
    else if (OPERATOR.has(word)) tally.operator++;
  }
}

function scan(el: Element, tally: { customer: number; operator: number }): void {
  for (const attr of Array.from(el.attributes)) {
    if (attr.name === 'class') vote(tokens(attr.value), tally);
    else if (AUTHOR_ATTR.test(attr.name)) vote(tokens(attr.value), tally);
    else if (OWN_ATTR.test(attr.name) && attr.value === 'true') tally.operator++;
  }
}

/** What a sender label says by its words («Клиент», «Оператор Смирнова А.», «Support»), or null. */
export function wordHint(text: string): Role | null {
  const tally = { customer: 0, operator: 0 };
  vote(tokens(text), tally);
  if (tally.customer === tally.operator) return null;
  return tally.customer > tally.operator ? 'customer' : 'operator';
}

/**
 * What the classes and attributes of a message (and of its bubble, two levels down) say about
 * its author, or null when they say nothing or contradict each other. `skip` when the message's
 * own class marks a system line or an internal note.
 */
export function roleHint(item: Element): Role | 'skip' | null {
  // The item's own class, or that of the one element it wraps (virtualised rows wrap each message).
  const own = item.childElementCount === 1 ? [item, item.firstElementChild as Element] : [item];
  if (own.some((el) => tokens(el.getAttribute('class') ?? '').some((word) => SKIP_WORDS.has(word))))
    return 'skip';
  const tally = { customer: 0, operator: 0 };
  scan(item, tally);
  for (let child = item.firstElementChild; child; child = child.nextElementSibling) {
    scan(child, tally);
    for (let grand = child.firstElementChild; grand; grand = grand.nextElementSibling) scan(grand, tally);
  }
  if (tally.customer === tally.operator) return null;
  return tally.customer > tally.operator ? 'customer' : 'operator';
}
