import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Runs once when a database of the previous version is opened; tested on a fixture. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema the database has had, oldest first. Never edit a shipped entry: add a version
 * with an upgrade and a fixture `tests/fixtures/db/v<previous>.json` for its test.
 */
export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      subscribers: 'key, lastSeen, *phones, *emails, *crmIds',
      notes: 'id, subscriberKey, updatedAt',
    },
  },
  {
    // Follow-ups, timeline, packs/templates with usage counts and saved site profiles.
    version: 2,
    stores: {
      followUps: 'id, subscriberKey, dueAt, status, [status+dueAt]',
      visits: '++id, subscriberKey, at, [subscriberKey+at]',
      packs: 'id, source',
      templates: 'id, packId, kind, lang, *tags, overrides, updatedAt',
      usage: 'templateId, favourite, lastUsedAt',
      siteProfiles: 'origin',
    },
  },
  {
    // Merge links: when the operator merges B into A, every subscriber already merged into B
    // must be repointed to A, found through this index rather than a scan of all subscribers.
    version: 3,
    stores: {
      subscribers: 'key, lastSeen, *phones, *emails, *crmIds, mergedInto',
    },
  },
];
