export interface Subscriber {
  /** See `subscriberKey`: `tel:+7…`, `mailto:…` or `crm:<origin>:<id>`. */
  key: string;
  name?: string;
  phones: string[];
  emails: string[];
  /** `<origin>|<id>` pairs. */
  crmIds: string[];
  firstSeen: number;
  lastSeen: number;
}

export interface Note {
  id: string;
  subscriberKey: string;
  text: string;
  /** 0/1 rather than boolean: IndexedDB cannot index booleans. */
  pinned: 0 | 1;
  createdAt: number;
  updatedAt: number;
}
