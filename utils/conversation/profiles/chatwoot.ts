import type { SiteProfile } from '../siteProfile';

/*
 * Chatwoot's agent dashboard (Vue 3, "components-next" message bubbles). Read from the source:
 * - app/javascript/dashboard/components-next/message/Message.vue — each message is
 *   `div.message-bubble-container[data-message-id]`; `justify-end` for agents and bots,
 *   `justify-start` for the contact, `justify-center` for activity lines; `group-with-next` on
 *   grouped messages (no meta, no avatar).
 * - components-next/message/bubbles/Base.vue — the bubble carries `left-bubble` (contact) or
 *   `right-bubble` (agent/bot); private notes get `bg-n-solid-amber`.
 * - bubbles/Text/Index.vue (`data-bubble-name="text"`), bubbles/Activity.vue
 *   (`data-bubble-name="activity"`), bubbles/Text/FormattedContent.vue (`span.prose.prose-bubble`).
 * - components-next/message/MessageMeta.vue — `<time>` with the formatted time.
 * - components/widgets/conversation/MessagesView.vue — the list is `ul.conversation-panel`, the
 *   reply box sits in `.conversation-footer` (ReplyBox.vue: `.reply-box .reply-box__top`).
 * - components/widgets/WootWriter/Editor.vue — the reply editor is ProseMirror
 *   (`.ProseMirror.ProseMirror-woot-style[contenteditable]`); contact notes use another editor.
 * - routes/dashboard/conversation/contact/ContactInfo.vue — `ContactInfoRow` links
 *   `tel:${contact.phone_number}` and `mailto:${contact.email}`; the name is an `h3.capitalize`
 *   (`h3.contact--name` in older releases).
 * Private notes are the team's, not said to the customer: skipped, like activity lines.
 */
export const chatwootProfile: SiteProfile = {
  id: 'chatwoot',
  name: 'Chatwoot',
  detect: 'ul.conversation-panel',
  root: 'ul.conversation-panel',
  message: '.message-bubble-container[data-message-id]',
  skip: ['[data-bubble-name="activity"]', '[data-bubble-name].bg-n-solid-amber'],
  role: { customer: '.left-bubble', operator: '.right-bubble', fallback: 'skip' },
  text: '.prose-bubble',
  time: { selector: 'time' },
  order: 'oldest-first',
  subscriber: {
    phone: {
      selector: 'a[href^="tel:"]',
      attr: 'href',
      pattern: '^tel:(.+)$',
      outside: '.conversation-panel',
    },
    email: {
      selector: 'a[href^="mailto:"]',
      attr: 'href',
      pattern: '^mailto:([^?]+)',
      outside: '.conversation-panel',
    },
    name: { selector: 'h3.contact--name, h3.capitalize' },
  },
  composer: ['.reply-box .ProseMirror[contenteditable="true"]', '.reply-box textarea'],
};
