import { browser } from 'wxt/browser';

/** storage.local key: days after which old notes and history are deleted; 0 or absent = off. */
export const RETENTION_DAYS_KEY = 'memory:retentionDays';

export async function readRetentionDays(): Promise<number> {
  const value = (await browser.storage.local.get(RETENTION_DAYS_KEY))[RETENTION_DAYS_KEY];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

export async function writeRetentionDays(days: number): Promise<void> {
  await browser.storage.local.set({ [RETENTION_DAYS_KEY]: Math.max(0, Math.floor(days)) });
}
