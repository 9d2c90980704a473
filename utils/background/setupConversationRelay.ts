import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/messenger';
import { forgetTab, saveSnapshot } from '../messaging/sessionSnapshots';

/** Keeps the latest conversation of every CRM tab where the panel can find it. */
export function setupConversationRelay(): void {
  onMessage('reportConversation', async (dto, sender) => {
    // Only the top frame of a real tab reports; anything else is ignored.
    if (sender.tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
    await saveSnapshot(sender.tabId, dto);
    return null;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId).catch(() => {});
  });
}
