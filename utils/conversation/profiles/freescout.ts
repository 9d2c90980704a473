import type { SiteProfile } from '../siteProfile';

/*
 * FreeScout's conversation page (Laravel Blade). Read from the source:
 * - resources/views/conversations/partials/thread.blade.php — each thread is
 *   `div.thread.thread-type-<type>`: `customer` (the customer wrote), `message` (an agent's
 *   reply), `note` (internal), `lineitem` (status/assignment lines with a header that looks like a
 *   message), `draft`; text in `.thread-content`, time in `.thread-date` (its `title` holds the date).
 * - app/Conversation.php `getThreads()` — threads come `orderBy('created_at', 'desc')`: newest first.
 * - resources/views/conversations/view.blade.php — threads in `#conv-layout-main`, the customer in
 *   `#conv-layout-customer`, the reply `textarea#body` in `.conv-reply-body`, turned into a
 *   Summernote editor (partials/editor.blade.php; public/js/summernote: `.note-editable[contenteditable]`).
 * - resources/views/customers/profile_snippet.blade.php — `.customer-name`, `.customer-email
 *   .contact-main`, `.customer-phone a[href="tel:…"]`.
 * - conversations_table.blade.php — the mailbox list (`tr.conv-row` with `.conv-preview`).
 */
export const freescoutProfile: SiteProfile = {
  id: 'freescout',
  name: 'FreeScout',
  detect: '#conv-layout-main .thread',
  root: '#conv-layout-main',
  message: '.thread',
  skip: ['.thread-type-lineitem', '.thread-type-note', '.thread-type-draft'],
  role: { customer: '.thread-type-customer', operator: '.thread-type-message', fallback: 'skip' },
  text: '.thread-content',
  time: { selector: '.thread-date', attr: 'title' },
  order: 'newest-first',
  subscriber: {
    phone: {
      selector: '#conv-layout-customer .customer-phone a[href^="tel:"]',
      attr: 'href',
      pattern: '^tel:(.+)$',
    },
    email: { selector: '#conv-layout-customer .customer-email .contact-main' },
    name: { selector: '#conv-layout-customer .customer-name' },
  },
  composer: ['.conv-reply-body .note-editable[contenteditable="true"]', '.conv-reply-body textarea#body'],
};
