// The demo CRM's markup, as pure functions (no DOM globals: imports cleanly in Node).
// Other code (site profile, reader tests) relies on this exact structure; see demo/README.md.
import { h, toHtml } from './tree.js';

export { longConversation } from './longConversation.js';

/**
 * @typedef {{ id: string, role: 'customer' | 'operator' | 'system', author?: string, text: string, time: string }} Message
 * @typedef {{ name: string, phone: string, tariff: string, balance: string, crmId: string, city: string, email?: string }} Customer
 * @typedef {{ id: string, channel: string, customer: Customer, messages: Message[], pending?: Array<Omit<Message, 'role' | 'author'>> }} Conversation
 */

/** "2025-11-25T14:02:00+03:00" → "14:02". Read from the string so Node and browsers in any time zone agree. */
export function clockOf(iso) {
  return iso.slice(11, 16);
}

/** @param {Message} message */
export function messageTree(message) {
  if (message.role === 'system') {
    return h('div', { class: 'msg-system', role: 'note' }, `${message.text} · ${clockOf(message.time)}`);
  }
  // Every line is its own block, as many CRMs render it; an empty line (a stanza break) stays
  // an empty block so that readers can still see where a stanza ends.
  const lines = message.text.replace(/\r\n?/g, '\n').split('\n');
  return h(
    'article',
    { class: `msg msg--${message.role}`, 'data-role': message.role, 'data-message-id': message.id },
    h('div', { class: 'msg-author' }, message.author ?? ''),
    h('div', { class: 'msg-text' }, ...lines.map((line) => h('div', { class: 'msg-line' }, line))),
    h('time', { class: 'msg-time', datetime: message.time }, clockOf(message.time)),
  );
}

/** @param {Conversation} conversation */
export function conversationTree(conversation) {
  return h(
    'section',
    { class: 'chat', 'data-conversation-id': conversation.id, 'aria-label': 'Диалог' },
    h(
      'header',
      { class: 'chat-header' },
      h('h2', { class: 'chat-title' }, conversation.customer.name),
      h('span', { class: 'chat-channel' }, conversation.channel),
    ),
    h(
      'div',
      { class: 'chat-log', role: 'log', 'aria-live': 'polite' },
      ...conversation.messages.map(messageTree),
    ),
  );
}

const CARD_FIELDS = /** @type {const} */ ([
  ['Имя', 'name', 'name'],
  ['Телефон', 'phone', 'phone'],
  ['Тариф', 'tariff', 'tariff'],
  ['Баланс', 'balance', 'balance'],
  ['ID клиента', 'crm-id', 'crmId'],
  ['Город', 'city', 'city'],
  ['E-mail', 'email', 'email'],
]);

/** @param {Customer} customer */
export function cardTree(customer) {
  const pairs = CARD_FIELDS.filter(([, , key]) => customer[key]).flatMap(([label, field, key]) => [
    h('dt', {}, label),
    h('dd', { 'data-field': field }, customer[key] ?? ''),
  ]);
  return h(
    'aside',
    { class: 'customer-card', 'aria-label': 'Карточка клиента' },
    h('h2', { class: 'card-title' }, 'Клиент'),
    h('dl', {}, ...pairs),
  );
}

/** The newest calendar day among all messages: the queue shows a clock for it, a date for older days. */
function latestDay(conversations) {
  let day = '';
  for (const c of conversations)
    for (const m of c.messages) if (m.time.slice(0, 10) > day) day = m.time.slice(0, 10);
  return day;
}

const PREVIEW_LENGTH = 90;

/** @param {Conversation} conversation */
function previewOf(conversation) {
  const last = conversation.messages.findLast((m) => m.role !== 'system');
  if (!last) return { text: '', time: conversation.messages.at(-1)?.time ?? '' };
  const flat = last.text.replace(/\s+/g, ' ').trim();
  const short = flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1).trimEnd()}…` : flat;
  return { text: last.role === 'operator' ? `Вы: ${short}` : short, time: last.time };
}

/**
 * @param {Conversation[]} conversations
 * @param {string} activeId
 * @param {string} [today] YYYY-MM-DD; defaults to the newest day in the data
 */
export function queueTree(conversations, activeId, today = latestDay(conversations)) {
  const items = conversations.map((c) => {
    const preview = previewOf(c);
    const active = c.id === activeId;
    const when = preview.time.slice(0, 10) === today ? clockOf(preview.time) : dayOf(preview.time);
    return h(
      'li',
      {
        class: active ? 'queue-item is-active' : 'queue-item',
        'data-conversation-id': c.id,
        'aria-current': active ? 'true' : null,
      },
      h(
        'a',
        { href: `#/c/${c.id}` },
        h('span', { class: 'queue-name' }, c.customer.name),
        h('span', { class: 'queue-preview' }, preview.text),
        h('span', { class: 'queue-time' }, when),
      ),
    );
  });
  return h('nav', { class: 'queue', 'aria-label': 'Очередь' }, h('ul', {}, ...items));
}

/** "2025-11-18T…" → "18.11" */
function dayOf(iso) {
  return iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}` : '';
}

/** @param {Message} message @returns {string} one `<article class="msg …">…</article>`, as the chat log holds it */
export function messageHtml(message) {
  return toHtml(messageTree(message));
}

/** @param {Conversation} conversation @returns {string} the whole `<section class="chat">…</section>` */
export function conversationHtml(conversation) {
  return toHtml(conversationTree(conversation));
}

/** @param {Customer} customer @returns {string} the whole `<aside class="customer-card">…</aside>` */
export function cardHtml(customer) {
  return toHtml(cardTree(customer));
}

/**
 * @param {Conversation[]} conversations
 * @param {string} activeId
 * @returns {string} the whole `<nav class="queue">…</nav>`
 */
export function queueHtml(conversations, activeId) {
  return toHtml(queueTree(conversations, activeId));
}
