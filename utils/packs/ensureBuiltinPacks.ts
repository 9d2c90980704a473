import type { SuflerDb } from '../db/db';
import { compareVersions } from '../templates/compareVersions';
import { acceptPack } from './acceptPack';
import { BUILTIN_PACKS } from './builtinPacks';
import type { PreviousPack } from './installPack';
import { removePack } from './removePack';

/**
 * Installs the built-in packs, or updates them when the extension ships a newer version.
 * A pack of the same id from another source (a team's own fork) is left alone, and so is one
 * the operator rolled back. With
 * `disabled` (managed policy), installed built-in packs are removed instead.
 */
export async function ensureBuiltinPacks(
  db: SuflerDb,
  options: { disabled?: boolean; packs?: readonly Record<string, unknown>[]; now?: number } = {},
): Promise<string[]> {
  const changed: string[] = [];
  for (const doc of options.packs ?? BUILTIN_PACKS) {
    const id = String(doc.id);
    const installed = await db.packs.get(id);
    if (options.disabled) {
      if (installed?.source === 'builtin') {
        await removePack(db, id);
        changed.push(id);
      }
      continue;
    }
    const version = String(doc.version);
    if (installed && (installed.source !== 'builtin' || compareVersions(version, installed.version) <= 0))
      continue;
    // The operator rolled back from exactly this version: don't undo that on every start.
    if ((installed?.previous as PreviousPack | undefined)?.version === version) continue;
    const result = await acceptPack(db, doc, {
      source: 'builtin',
      requireSignature: false,
      trustedKeys: [],
      now: options.now,
    });
    if (result.ok && result.status !== 'unchanged') changed.push(id);
  }
  return changed;
}
