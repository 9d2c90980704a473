import type { SuflerDb } from '../db/db';

/**
 * Removes a pack and its templates. The operator's overrides of its templates stay, as
 * personal templates (they are the operator's work); usage counts stay for the next export.
 */
export async function removePack(db: SuflerDb, packId: string): Promise<void> {
  await db.transaction('rw', db.packs, db.templates, async () => {
    await db.templates.where('packId').equals(packId).delete();
    await db.packs.delete(packId);
  });
}
