import type { SubscriberIds } from '../conversation/types';

/** The identifiers of a page's subscriber as they are stored on `Subscriber` rows. */
export interface IdentityRefs {
  phone?: string;
  email?: string;
  /** `<origin>|<id>`: CRM ids are only unique within one CRM. */
  crmId?: string;
}

export function identityRefs(ids: SubscriberIds, origin: string): IdentityRefs {
  return {
    phone: ids.phone || undefined,
    email: ids.email ? ids.email.toLowerCase() : undefined,
    crmId: ids.crmId ? `${origin}|${ids.crmId}` : undefined,
  };
}
