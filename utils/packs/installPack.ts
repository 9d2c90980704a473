import type { SuflerDb } from '../db/db';
import type { InstalledPack, PackSource, StoredTemplate } from '../db/types';
import { canonicalPack } from '../templates/canonicalJson';
import { compareVersions } from '../templates/compareVersions';
import type { Pack } from '../templates/packSchema';
import type { SignatureCheck } from '../templates/signPack';
import { PackInstallError } from './packInstallError';
import { storedTemplateId } from './templateIds';

export interface InstallMeta {
  source: PackSource;
  signature: SignatureCheck;
  url?: string;
  now: number;
}

/** What the `previous` of an installed pack holds, for rollback. */
export interface PreviousPack {
  doc: Record<string, unknown>;
  version: string;
  signature: InstalledPack['signature'];
  signatureKeyId?: string;
  source: PackSource;
  installedAt: number;
}

export type InstallOutcome = {
  status: 'installed' | 'updated' | 'unchanged';
  pack: InstalledPack;
  from?: string;
};

export function templateRows(pack: Pack, now: number): StoredTemplate[] {
  return pack.templates.map((t) => ({
    id: storedTemplateId(pack.id, t.id),
    packId: pack.id,
    data: t,
    kind: t.kind,
    lang: t.lang,
    tags: t.tags,
    updatedAt: now,
  }));
}

/**
 * Installs an already validated pack: in one transaction its templates replace the previous
 * version's and the previous document is kept for rollback. Operator overrides are personal
 * templates and are never touched. Versions only go forward; re-installing the same document is
 * a no-op. On any failure the transaction is rolled back and nothing has changed.
 */
export async function installPack(
  db: SuflerDb,
  pack: Pack,
  raw: Record<string, unknown>,
  meta: InstallMeta,
): Promise<InstallOutcome> {
  return db.transaction('rw', db.packs, db.templates, async () => {
    const existing = await db.packs.get(pack.id);
    if (existing) {
      if (existing.source === 'managed' && meta.source !== 'managed') throw new PackInstallError('managed');
      const order = compareVersions(pack.version, existing.version);
      if (order < 0) throw new PackInstallError('older_version', existing.version);
      if (order === 0) {
        if (canonicalPack(existing.doc as Record<string, unknown>) === canonicalPack(raw))
          return { status: 'unchanged' as const, pack: existing };
        throw new PackInstallError('same_version_changed', existing.version);
      }
    }
    const row: InstalledPack = {
      id: pack.id,
      name: pack.name,
      version: pack.version,
      source: meta.source,
      doc: raw,
      signature: meta.signature.state,
      installedAt: meta.now,
    };
    if (meta.signature.keyId) row.signatureKeyId = meta.signature.keyId;
    if (meta.url) row.url = meta.url;
    if (existing) {
      const previous: PreviousPack = {
        doc: existing.doc as Record<string, unknown>,
        version: existing.version,
        signature: existing.signature,
        source: existing.source,
        installedAt: existing.installedAt,
      };
      if (existing.signatureKeyId) previous.signatureKeyId = existing.signatureKeyId;
      row.previous = previous;
    }
    await db.templates.where('packId').equals(pack.id).delete();
    await db.templates.bulkAdd(templateRows(pack, meta.now));
    await db.packs.put(row);
    return existing
      ? { status: 'updated' as const, pack: row, from: existing.version }
      : { status: 'installed' as const, pack: row };
  });
}
