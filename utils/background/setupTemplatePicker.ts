import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/messenger';
import { PICKER_REQUEST_KEY } from '../packs/packSettings';

/**
 * The template-picker shortcut on a CRM page: opens the side panel (the key press is the user
 * gesture `sidePanel.open` needs) and tells the panel to show the picker with the search focused.
 */
export function setupTemplatePicker(): void {
  onMessage('openTemplatePicker', async (_data, sender) => {
    if (sender.tabId === undefined) return { ok: false };
    // Called before any await: the gesture only lasts for this dispatch.
    const opened = browser.sidePanel?.open({ tabId: sender.tabId }).then(
      () => true,
      () => false,
    );
    await browser.storage.session.set({ [PICKER_REQUEST_KEY]: { tabId: sender.tabId, at: Date.now() } });
    return { ok: (await opened) ?? false };
  });
}
