import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/messenger';

/** The toolbar icon opens the panel; so does Alt+Shift+S on a CRM page (relayed as a user gesture). */
export function setupSidePanel(): void {
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  onMessage('openSidePanel', async (_data, sender) => {
    if (sender.tabId === undefined || !browser.sidePanel) return { ok: false };
    try {
      await browser.sidePanel.open({ tabId: sender.tabId });
      return { ok: true };
    } catch {
      return { ok: false };
    }
  });
}
