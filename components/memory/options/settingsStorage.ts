import { browser } from 'wxt/browser';
import { mergeSettings } from '@/utils/backup/secrets';

/** The extension's settings as the backup sees them: everything in storage.local. */
export async function readSettings(): Promise<Record<string, unknown>> {
  return (await browser.storage.local.get(null)) as Record<string, unknown>;
}

/** Lays imported settings over the local ones (local secrets stay). */
export async function applyImportedSettings(imported: Record<string, unknown>): Promise<void> {
  if (Object.keys(imported).length === 0) return;
  const merged = mergeSettings(await readSettings(), imported);
  const changed = Object.fromEntries(
    Object.keys(imported).flatMap((k) => (k in merged ? [[k, merged[k]]] : [])),
  );
  await browser.storage.local.set(changed);
}
