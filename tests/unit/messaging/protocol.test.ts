import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupConversationRelay } from '@/utils/background/setupConversationRelay';
import { onMessage, sendMessage } from '@/utils/messaging/messenger';
import { lastCrmTab, loadSnapshot } from '@/utils/messaging/sessionSnapshots';
import type { SnapshotDto } from '@/utils/messaging/snapshotDto';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
/** A message sender as Chrome describes a content script in tab `id`, frame `frameId`. */
const fromTab = (id: number, frameId: number) => ({ tab: { id }, frameId }) as unknown as Sender;

const dto: SnapshotDto = {
  url: 'http://127.0.0.1:4173/#/c/transfer',
  origin: 'http://127.0.0.1:4173',
  status: 'ok',
  source: 'sufler-demo',
  messages: [{ role: 'customer', text: 'Жена с ребёнком на вокзале, а перевод идёт до недели!' }],
  totalMessages: 1,
  subscriber: { phone: '+7 (916) 123-45-67', name: 'Сергей Ковалёв' },
  hasComposer: true,
  readAt: 1,
};

describe('typed messaging', () => {
  it('delivers a valid message to its handler and returns the validated answer', async () => {
    const stop = onMessage('openSidePanel', () => ({ ok: true }));
    await expect(sendMessage('openSidePanel', {})).resolves.toEqual({ ok: true });
    stop();
  });

  it('rejects a malformed payload before it reaches the handler', async () => {
    let called = false;
    onMessage('reportConversation', () => {
      called = true;
      return null;
    });
    const forged = { sufler: 1, type: 'reportConversation', data: { ...dto, messages: 'not a list' } };
    await expect(fakeBrowser.runtime.sendMessage(forged)).rejects.toThrow(/invalid reportConversation/);
    expect(called).toBe(false);
  });

  it('ignores messages that are not ours', async () => {
    onMessage('openSidePanel', () => ({ ok: true }));
    await expect(fakeBrowser.runtime.sendMessage({ hello: 'world' })).resolves.toBeUndefined();
  });
});

describe('conversation relay (background)', () => {
  it('stores the snapshot of the reporting tab in session storage', async () => {
    setupConversationRelay();
    const listeners = fakeBrowser.runtime.onMessage;
    await listeners.trigger({ sufler: 1, type: 'reportConversation', data: dto }, fromTab(7, 0));
    expect(await loadSnapshot(7)).toEqual(dto);
    expect(await lastCrmTab()).toBe(7);
  });

  it('ignores reports from sub-frames and from outside tabs', async () => {
    setupConversationRelay();
    const listeners = fakeBrowser.runtime.onMessage;
    await listeners.trigger({ sufler: 1, type: 'reportConversation', data: dto }, fromTab(8, 3));
    await listeners.trigger({ sufler: 1, type: 'reportConversation', data: dto }, {});
    expect(await loadSnapshot(8)).toBeNull();
  });
});
