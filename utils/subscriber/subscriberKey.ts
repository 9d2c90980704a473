import type { SubscriberIds } from '../conversation/types';

/**
 * The key one person is stored under: phone in E.164, else e-mail, else the CRM's id scoped to
 * its origin (ids of different CRMs may collide). Null when the page shows nothing stable.
 */
export function subscriberKey(ids: SubscriberIds, origin: string): string | null {
  if (ids.phone) return `tel:${ids.phone}`;
  if (ids.email) return `mailto:${ids.email.toLowerCase()}`;
  if (ids.crmId) return `crm:${origin}:${ids.crmId}`;
  return null;
}
