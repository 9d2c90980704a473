import type { SiteProfile } from '../siteProfile';

/**
 * The project's demo CRM (`demo/`). Built-in profiles are plain objects (checked against the
 * schema by a unit test) so that zod stays out of the content script bundle.
 */
export const demoProfile: SiteProfile = {
  id: 'sufler-demo',
  name: 'Sufler demo CRM',
  detect: 'section.chat .chat-log',
  root: 'section.chat .chat-log',
  message: '.msg',
  skip: ['.msg-system'],
  role: { customer: '[data-role="customer"]', operator: '[data-role="operator"]', fallback: 'skip' },
  text: '.msg-text',
  time: { selector: 'time', attr: 'datetime' },
  order: 'oldest-first',
  subscriber: {
    phone: { selector: '.customer-card [data-field="phone"]' },
    email: { selector: '.customer-card [data-field="email"]' },
    name: { selector: '.customer-card [data-field="name"]' },
    crmId: { selector: '.customer-card [data-field="crm-id"]' },
  },
  composer: ['form.reply-form textarea', '#reply'],
};
