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
  /** Set when the operator merged this subscriber into another one. */
  mergedInto?: string;
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

export type FollowUpStatus = 'open' | 'snoozed' | 'done';

export interface FollowUp {
  id: string;
  subscriberKey: string;
  text: string;
  dueAt: number;
  status: FollowUpStatus;
  /** The conversation to reopen when the reminder is clicked. */
  url?: string;
  createdAt: number;
  updatedAt: number;
  /** When the notification was shown (so a restart does not repeat it). */
  notifiedAt?: number;
  /** When it was marked done. */
  doneAt?: number;
}

/** A conversation opened with a subscriber: time and URL only, never its text. */
export interface Visit {
  id?: number;
  subscriberKey: string;
  url: string;
  at: number;
}

export type PackSource = 'builtin' | 'file' | 'url' | 'managed' | 'personal';

/** An installed pack: the validated document plus where it came from. */
export interface InstalledPack {
  id: string;
  name: string;
  version: string;
  source: PackSource;
  /** The pack document as validated (JSON). */
  doc: unknown;
  /** The version it replaced, kept for one-click rollback. */
  previous?: unknown;
  signature: 'none' | 'valid' | 'invalid' | 'untrusted';
  /** Fingerprint of the key that signed it (see `keyFingerprint`). */
  signatureKeyId?: string;
  installedAt: number;
  /** URL subscriptions: where and how it was last checked. */
  url?: string;
  etag?: string;
  lastModified?: string;
  lastCheckedAt?: number;
  lastCheckResult?: string;
}

/** A template as stored: from a pack (`packId`) or personal (`packId` = 'personal'). */
export interface StoredTemplate {
  id: string;
  packId: string;
  /** The template JSON as in the pack schema. */
  data: unknown;
  kind: string;
  lang: string;
  tags: string[];
  /** For a personal override of a pack template: the id it overrides. */
  overrides?: string;
  /** For an override: a hash of the pack template it was made from (a pack update that changes it is a conflict). */
  baseHash?: string;
  updatedAt: number;
}

/** Counts only: no conversation text, no subscriber data. */
export interface UsageCount {
  templateId: string;
  shown: number;
  inserted: number;
  insertedEdited: number;
  discarded: number;
  favourite: 0 | 1;
  lastUsedAt?: number;
}

/** A site profile saved for an origin (taught by the operator or from a pack). */
export interface StoredSiteProfile {
  origin: string;
  source: 'taught' | 'pack' | 'import';
  profile: unknown;
  updatedAt: number;
}
