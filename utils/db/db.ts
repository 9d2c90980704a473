import { Dexie, type EntityTable } from 'dexie';
import { schemaVersions } from './schema';
import type {
  FollowUp,
  InstalledPack,
  Note,
  StoredSiteProfile,
  StoredTemplate,
  Subscriber,
  UsageCount,
  Visit,
} from './types';

export class SuflerDb extends Dexie {
  subscribers!: EntityTable<Subscriber, 'key'>;
  notes!: EntityTable<Note, 'id'>;
  followUps!: EntityTable<FollowUp, 'id'>;
  visits!: EntityTable<Visit, 'id'>;
  packs!: EntityTable<InstalledPack, 'id'>;
  templates!: EntityTable<StoredTemplate, 'id'>;
  usage!: EntityTable<UsageCount, 'templateId'>;
  siteProfiles!: EntityTable<StoredSiteProfile, 'origin'>;

  constructor(name = 'sufler') {
    super(name);
    for (const { version, stores, upgrade } of schemaVersions) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}

/** The extension's database. Opened only in extension pages and the background, never in a content script. */
export const db = new SuflerDb();
