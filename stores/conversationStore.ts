import { browser } from 'wxt/browser';
import { create } from 'zustand';
import { sendMessage } from '@/utils/messaging/messenger';
import { resolvePanelTab } from '@/utils/messaging/resolvePanelTab';
import { loadSnapshot, snapshotKey } from '@/utils/messaging/sessionSnapshots';
import { type SnapshotDto, snapshotDtoSchema } from '@/utils/messaging/snapshotDto';

export type PanelStatus = 'loading' | 'ready' | 'no_tab';

interface ConversationState {
  status: PanelStatus;
  tabId: number | null;
  snapshot: SnapshotDto | null;
  /** Finds the CRM tab and follows its conversation; returns a function that stops following. */
  start: () => () => void;
  refresh: () => Promise<void>;
}

/**
 * The conversation the panel is showing. It holds no durable data: the snapshot lives in
 * storage.session (written by the background) and this store mirrors it.
 */
export const useConversationStore = create<ConversationState>((set, get) => ({
  status: 'loading',
  tabId: null,
  snapshot: null,

  refresh: async () => {
    const tabId = await resolvePanelTab(globalThis.location?.search ?? '');
    if (tabId === null) {
      set({ status: 'no_tab', tabId: null, snapshot: null });
      return;
    }
    // Ask the page first (fresh even if the service worker slept), then fall back to what it reported.
    const live = await sendMessage('readConversation', {}, tabId).catch(() => null);
    const snapshot = live ?? (await loadSnapshot(tabId));
    set({ tabId, snapshot, status: snapshot ? 'ready' : 'no_tab' });
  },

  start: () => {
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const { tabId } = get();
      if (area !== 'session') return;
      if (tabId !== null && snapshotKey(tabId) in changes) {
        const parsed = snapshotDtoSchema.safeParse(changes[snapshotKey(tabId)]?.newValue);
        if (parsed.success) set({ snapshot: parsed.data, status: 'ready' });
      } else if (tabId === null || get().status === 'no_tab') {
        void get().refresh();
      }
    };
    const onActivated = () => void get().refresh();
    browser.storage.onChanged.addListener(onStorage);
    browser.tabs.onActivated.addListener(onActivated);
    void get().refresh();
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  },
}));
