import { browser } from 'wxt/browser';
import { lastCrmTab } from './sessionSnapshots';

/**
 * Which CRM tab the panel serves. In the side panel: the window's active tab. Opened as a
 * page of its own (a tab, as tests and some operators do): the CRM tab that reported last.
 * `?tabId=` pins a tab explicitly.
 */
export async function resolvePanelTab(search: string): Promise<number | null> {
  const pinned = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(pinned) && pinned > 0) return pinned;
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (self) return lastCrmTab();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
