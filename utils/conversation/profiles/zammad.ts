import type { SiteProfile } from '../siteProfile';

/*
 * Zammad's agent desktop (the CoffeeScript/ECO app). Read from the source:
 * - app/assets/javascripts/app/controllers/ticket_zoom/article_view.coffee — each article is
 *   `div.ticket-article-item.<sender>` (`customer`, `agent` or `system`) with `data-id`, plus
 *   `is-internal` on internal notes.
 * - app/assets/javascripts/app/views/ticket_zoom/article_view.jst.eco — the text is
 *   `.textBubble-content .richtext-content`; the time is the `humanTime` helper's
 *   `<time datetime>` under `small.task-subline`. System triggers render
 *   article_view_system.jst.eco (a `.task-subline` line), system notes a full bubble.
 * - app/assets/javascripts/app/views/ticket_zoom/article_new.jst.eco — the reply is
 *   `form.article-add .articleNewEdit-body[contenteditable][data-name="body"]`; title.jst.eco has
 *   another contenteditable (`.ticket-title-update`), and the customer's note in the sidebar is one.
 * - app/assets/javascripts/app/views/generic/sidebar_tabs.jst.eco (`.sidebar[data-tab]`) and
 *   app/assets/javascripts/app/views/widget/user.jst.eco (`.sidebar-block` with an `h3` name and
 *   `<label>` captions before each value).
 * - Every open ticket stays in the DOM as a task (`#content_permanent_<key>`); only the `active`
 *   one is shown, so everything is scoped to it.
 */
const ACTIVE = '[id^="content_permanent_"].active';
const CUSTOMER_BLOCK = `${ACTIVE} .sidebar[data-tab="customer"] .sidebar-block`;

export const zammadProfile: SiteProfile = {
  id: 'zammad',
  name: 'Zammad',
  detect: '.ticket-article .ticket-article-item',
  root: `${ACTIVE} .ticket-article`,
  message: '.ticket-article-item',
  skip: ['.ticket-article-item.system', '.ticket-article-item.is-internal'],
  role: {
    customer: '.ticket-article-item.customer',
    operator: '.ticket-article-item.agent',
    fallback: 'skip',
  },
  text: '.textBubble-content .richtext-content',
  time: { selector: 'time', attr: 'datetime' },
  order: 'oldest-first',
  subscriber: {
    phone: { selector: CUSTOMER_BLOCK, label: '^(телефон|мобильный|phone|mobile|telefon|mobil)' },
    email: { selector: CUSTOMER_BLOCK, label: '^(e-?mail|электронная почта)' },
    name: { selector: `${CUSTOMER_BLOCK} h3` },
  },
  composer: [
    `${ACTIVE} .article-add .articleNewEdit-body[contenteditable="true"]`,
    `${ACTIVE} .article-add [data-name="body"][contenteditable="true"]`,
  ],
};
