import type { SiteProfile } from '../siteProfile';

/*
 * Rocket.Chat omnichannel (livechat) rooms. Read from the source (apps/meteor/client/…):
 * - components/message/variants/RoomMessage.tsx — a message is `[data-qa-type="message"]`
 *   (`role="listitem"`, class `rcx-message`) with `data-own` (sent by the logged-in agent) and
 *   `data-sequential` (grouped: no header, no sender name).
 * - components/message/MessageHeader.tsx — the sender is `[data-qa-type="username"]`, the time
 *   `MessageTimestamp` with `id="<mid>-time"` and the full date in `title`.
 * - components/message/MessageContentBody.tsx — text in `[data-qa-type="message-body"]`.
 * - components/message/variants/SystemMessage.tsx — `[data-qa="system-message"]` lines
 *   ("chat taken by", "transferred"), which carry a user name too.
 * - views/room/body/RoomBody.tsx — `section.messages-container` holds `ul.messages-list`
 *   (`li.load-more` while older history is not loaded) and the room composer; a thread opens in
 *   a contextual bar outside it, with a composer of its own.
 * - views/room/MessageList/VirtualizedMessageList.tsx — virtualised rows carry `data-index`.
 * - ui-composer MessageComposerInput — `textarea.rc-message-box__textarea.js-input-message`.
 * - views/omnichannel/contactInfo/tabs/ContactInfoDetails/ContactInfoDetailsEntry.tsx —
 *   `p[data-type="phone"]` and `p[data-type="email"]`; the room header (`header.rcx-room-header
 *   h1`, RoomTitle.tsx) shows the visitor's name.
 * Other agents' and bots' messages have `data-own="false"` like the visitor's: the sender's name
 * against the visitor's tells them apart.
 */
export const rocketchatProfile: SiteProfile = {
  id: 'rocketchat-omnichannel',
  name: 'Rocket.Chat (omnichannel)',
  detect: 'section.messages-container ul.messages-list',
  root: 'section.messages-container ul.messages-list',
  message: '[data-qa-type="message"]',
  skip: ['[data-qa="system-message"]'],
  role: { operator: '[data-own="true"]', sender: '[data-qa-type="username"]', fallback: 'previous' },
  text: '[data-qa-type="message-body"]',
  time: { selector: '[id$="-time"]', attr: 'title' },
  order: 'oldest-first',
  virtual: { indexAttr: 'data-index', moreAbove: 'li.load-more' },
  subscriber: {
    name: { selector: 'header.rcx-room-header h1' },
    phone: { selector: 'p[data-type="phone"]' },
    email: { selector: 'p[data-type="email"]' },
  },
  composer: ['section.messages-container textarea.js-input-message', 'textarea.rc-message-box__textarea'],
};
