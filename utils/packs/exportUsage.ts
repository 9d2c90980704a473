import type { SuflerDb } from '../db/db';
import type { UsageReport, UsageRow } from '../templates/usageReport';
import { PERSONAL_PACK_ID, packIdOf } from './templateIds';

/**
 * The operator's usage counts for the team lead: team templates only (personal ones say
 * nothing about the team's wording), counts only.
 */
export async function exportUsage(db: SuflerDb, now = Date.now()): Promise<UsageReport> {
  const [usage, packs] = await Promise.all([db.usage.toArray(), db.packs.toArray()]);
  const versions = new Map(packs.map((p) => [p.id, p.version]));
  const rows: UsageRow[] = [];
  for (const u of usage) {
    const packId = packIdOf(u.templateId);
    if (!packId || packId === PERSONAL_PACK_ID) continue;
    if (u.shown + u.inserted + u.insertedEdited + u.discarded === 0) continue;
    const row: UsageRow = {
      templateId: u.templateId,
      packId,
      shown: u.shown,
      inserted: u.inserted,
      insertedEdited: u.insertedEdited,
      discarded: u.discarded,
    };
    const version = versions.get(packId);
    if (version) row.packVersion = version;
    rows.push(row);
  }
  rows.sort((a, b) => a.templateId.localeCompare(b.templateId));
  return { format: 'sufler-usage', version: 1, exportedAt: new Date(now).toISOString(), rows };
}
