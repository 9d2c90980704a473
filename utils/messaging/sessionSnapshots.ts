import { browser } from 'wxt/browser';
import { type SnapshotDto, snapshotDtoSchema } from './snapshotDto';

/*
 * The latest snapshot of each CRM tab lives in storage.session: in memory only (gone when the
 * browser closes), out of content scripts' reach by default, and it survives the service
 * worker being stopped. The panel watches it for live updates.
 */

export const LAST_CRM_TAB_KEY = 'lastCrmTab';

export function snapshotKey(tabId: number): string {
  return `snapshot:${tabId}`;
}

export async function saveSnapshot(tabId: number, dto: SnapshotDto): Promise<void> {
  await browser.storage.session.set({ [snapshotKey(tabId)]: dto, [LAST_CRM_TAB_KEY]: tabId });
}

export async function loadSnapshot(tabId: number): Promise<SnapshotDto | null> {
  const key = snapshotKey(tabId);
  const stored = await browser.storage.session.get(key);
  const parsed = snapshotDtoSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

export async function lastCrmTab(): Promise<number | null> {
  const stored = await browser.storage.session.get(LAST_CRM_TAB_KEY);
  const id = stored[LAST_CRM_TAB_KEY];
  return typeof id === 'number' ? id : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(snapshotKey(tabId));
}
