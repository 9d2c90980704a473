import { browser } from 'wxt/browser';
import type { InsertReplyResult } from './protocol';
import type { SnapshotDto } from './snapshotDto';

/*
 * The content script's side of the protocol. It runs on the CRM page, so it must stay tiny:
 * no zod here. Its senders are our own extension pages (only they can reach a content script
 * through tabs.sendMessage), so a shape check is enough; everything it *sends* is parsed with
 * zod by the receiver.
 */

export function reportConversation(dto: SnapshotDto): Promise<unknown> {
  return browser.runtime.sendMessage({ sufler: 1, type: 'reportConversation', data: dto });
}

export function requestSidePanel(): Promise<unknown> {
  return browser.runtime.sendMessage({ sufler: 1, type: 'openSidePanel', data: {} });
}

export interface ContentHandlers {
  readConversation: () => SnapshotDto;
  insertReply: (text: string) => InsertReplyResult;
}

export function listenInContent(handlers: ContentHandlers): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!message || typeof message !== 'object') return undefined;
    const { sufler, type, data } = message as { sufler?: unknown; type?: unknown; data?: { text?: unknown } };
    if (sufler !== 1) return undefined;
    if (type === 'readConversation') {
      sendResponse(handlers.readConversation());
      return false;
    }
    if (type === 'insertReply' && typeof data?.text === 'string' && data.text.length > 0) {
      sendResponse(handlers.insertReply(data.text.slice(0, 20_000)));
      return false;
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
