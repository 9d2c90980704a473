import type { SuflerDb } from '../db/db';
import type { InstalledPack } from '../db/types';
import { validatePackObject } from '../templates/validatePack';
import { type PreviousPack, templateRows } from './installPack';
import { PackInstallError } from './packInstallError';

/**
 * One-click rollback: the previous version becomes current again and the version it replaces
 * becomes `previous`, so the rollback itself can be undone. One transaction, like an update.
 */
export async function rollbackPack(db: SuflerDb, packId: string, now = Date.now()): Promise<InstalledPack> {
  return db.transaction('rw', db.packs, db.templates, async () => {
    const current = await db.packs.get(packId);
    if (!current) throw new PackInstallError('not_installed');
    const previous = current.previous as PreviousPack | undefined;
    if (!previous?.doc) throw new PackInstallError('no_previous');
    const checked = validatePackObject(previous.doc);
    if (!checked.ok) throw new PackInstallError('no_previous');
    const demoted: PreviousPack = {
      doc: current.doc as Record<string, unknown>,
      version: current.version,
      signature: current.signature,
      source: current.source,
      installedAt: current.installedAt,
    };
    if (current.signatureKeyId) demoted.signatureKeyId = current.signatureKeyId;
    const row: InstalledPack = {
      ...current,
      name: checked.pack.name,
      version: checked.pack.version,
      doc: previous.doc,
      signature: previous.signature,
      installedAt: now,
      previous: demoted,
    };
    if (previous.signatureKeyId) row.signatureKeyId = previous.signatureKeyId;
    else delete row.signatureKeyId;
    await db.templates.where('packId').equals(packId).delete();
    await db.templates.bulkAdd(templateRows(checked.pack, now));
    await db.packs.put(row);
    return row;
  });
}
