import { browser } from 'wxt/browser';
import { useTemplatesStore } from '@/stores/templatesStore';
import { PICKER_REQUEST_KEY } from '@/utils/packs/packSettings';

/** The tab button the panel renders for the templates tab (see `entrypoints/sidepanel/tabs.tsx`). */
export const TEMPLATES_TAB_ID = 'templates';

/**
 * Brings the templates tab forward and focuses its search, whatever tab the panel shows. A panel
 * opened by the shortcut may not have rendered its tabs yet, so this waits for them a little.
 */
export function showPicker(doc: Document = document, attempts = 40): void {
  const button = doc.querySelector<HTMLElement>(`[data-testid="tab-${TEMPLATES_TAB_ID}"]`);
  if (!button && attempts > 0) {
    setTimeout(() => showPicker(doc, attempts - 1), 50);
    return;
  }
  button?.click();
  useTemplatesStore.getState().focusSearch();
}

let listening = false;

/**
 * Follows picker requests from the CRM page shortcut (written to storage.session by the
 * background). The panel's App owns which tab is shown and has no API for it, so the request
 * clicks our tab's button.
 */
export function listenForPickerRequests(doc: Document = document): void {
  if (listening || !browser.storage?.session) return;
  listening = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && changes[PICKER_REQUEST_KEY]?.newValue) showPicker(doc);
  });
  // Opened by the shortcut just now: the request was written before this page loaded.
  void browser.storage.session
    .get(PICKER_REQUEST_KEY)
    .then((stored) => {
      const request = stored[PICKER_REQUEST_KEY] as { at?: number } | undefined;
      if (request?.at && Date.now() - request.at < 5000) showPicker(doc);
    })
    .catch(() => {});
}

/**
 * Remembers the last text selected anywhere in the panel, so "new template" can start from it
 * (a note, a message, a suggestion…) after the operator switches to this tab.
 */
export function trackPanelSelection(doc: Document = document): void {
  doc.addEventListener('selectionchange', () => {
    const text = doc.getSelection()?.toString().trim() ?? '';
    const active = doc.activeElement;
    // Selecting inside our own editor is editing, not picking a source text.
    if (text && !active?.closest('.tpl-editor'))
      useTemplatesStore.getState().setSelection(text.slice(0, 10_000));
  });
}
